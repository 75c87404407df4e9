import type { PayBand } from '../data/schema.js';
import type { Messages } from './messages.js';

/** The element's `locale`, else the `lang` of its closest ancestor (across shadow roots), else the browser's. */
export function resolveLocale(element: Element, locale?: string | null): string {
  if (locale) return locale;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    // Past a shadow root (a document fragment) to its host; a server's elements have no parent.
    node = node.parentNode ?? (node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null);
  }
  return globalThis.navigator?.language || 'en';
}

export type Notation = 'standard' | 'compact';

/** The locale, or English when it is no language tag at all (a browser may say "C"): Intl would throw. */
export function safeLocale(locale: string): string {
  try {
    Intl.getCanonicalLocales(locale);
    return locale;
  } catch {
    return 'en';
  }
}

const formats = new Map<string, Intl.NumberFormat>();

/** Cached, because a page with a thousand bands would otherwise build a thousand formatters. */
export function moneyFormat(locale: string, currency: string, notation: Notation = 'standard', whole = true) {
  const key = `${locale}|${currency}|${notation}|${whole}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(safeLocale(locale), {
      style: 'currency',
      currency,
      notation,
      ...(whole && notation === 'standard' ? { maximumFractionDigits: 0 } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

const bandTexts = new WeakMap<PayBand, Map<string, string>>();

/** "$77,000 – $200,000 per year", kept per band: a ladder re-renders its bands often, unchanged. */
export function formatBand(band: PayBand, locale: string, notation: Notation, messages: Messages): string {
  let texts = bandTexts.get(band);
  if (!texts) bandTexts.set(band, (texts = new Map()));
  const period = messages.period[band.period];
  const key = `${locale}|${notation}|${period}`;
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = `${bandAmounts(band, locale, notation)} ${period}`));
  return text;
}

function bandAmounts(band: PayBand, locale: string, notation: Notation): string {
  // `+ 0` turns a JSON -0 into 0, which would otherwise print as "-$0".
  const min = band.min + 0;
  const max = band.max + 0;
  try {
    const format = moneyFormat(
      locale,
      band.currency,
      notation,
      Number.isInteger(min) && Number.isInteger(max),
    );
    // Compact ranges keep both units ("$77K–$200K"); formatRange would drop the first.
    return min === max
      ? format.format(min)
      : notation === 'compact'
        ? `${format.format(min)}–${format.format(max)}`
        : format.formatRange(min, max);
  } catch {
    // A currency this browser's Intl does not know: the plain figures still say it all.
    return min === max ? `${min} ${band.currency}` : `${min}–${max} ${band.currency}`;
  }
}

/** One amount in a band's currency, e.g. a marked value or the end of a scale. */
export function formatAmount(
  value: number,
  currency: string,
  locale: string,
  notation: Notation = 'standard',
): string {
  try {
    return moneyFormat(locale, currency, notation, Number.isInteger(value)).format(value + 0);
  } catch {
    return `${value + 0} ${currency}`;
  }
}

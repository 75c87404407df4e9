import type { PayBand } from '../data/schema.js';
import { messages } from './messages.js';

/** The element's `locale`, else the `lang` of its closest ancestor (across shadow roots), else the browser's. */
export function resolveLocale(element: Element, locale?: string | null): string {
  if (locale) return locale;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return navigator.language || 'en';
}

export type Notation = 'standard' | 'compact';

const formats = new Map<string, Intl.NumberFormat>();

/** Cached, because a page with a thousand bands would otherwise build a thousand formatters. */
export function moneyFormat(locale: string, currency: string, notation: Notation = 'standard', whole = true) {
  const key = `${locale}|${currency}|${notation}|${whole}`;
  let format = formats.get(key);
  if (!format) {
    let safeLocale = locale;
    try {
      Intl.NumberFormat.supportedLocalesOf(locale);
    } catch {
      safeLocale = 'en';
    }
    format = new Intl.NumberFormat(safeLocale, {
      style: 'currency',
      currency,
      notation,
      ...(whole && notation === 'standard' ? { maximumFractionDigits: 0 } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** "$77,000 – $200,000 per year" */
export function formatBand(band: PayBand, locale: string, notation: Notation = 'standard'): string {
  const whole = Number.isInteger(band.min) && Number.isInteger(band.max);
  const format = moneyFormat(locale, band.currency, notation, whole);
  const amounts = band.min === band.max ? format.format(band.min) : format.formatRange(band.min, band.max);
  return `${amounts} ${messages.period[band.period]}`;
}

import { safeLocale } from './format.js';

// Loaded with the validator (documents.ts): a role reports to one of several roles only in a
// ladder document of its own, which passes the validator first.

const disjunctions = new Map<string, Intl.ListFormat>();

/** "A or B", "A, B, or C", in the locale's words, each item as `show` gives it (a button, a title). */
export function alternatives<T>(locale: string, items: readonly T[], show: (item: T) => unknown): unknown[] {
  if (items.length < 2) return items.map(show);
  let format = disjunctions.get(locale);
  if (!format)
    disjunctions.set(locale, (format = new Intl.ListFormat(safeLocale(locale), { type: 'disjunction' })));
  return format
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? show(items[Number(part.value)]!) : part.value));
}

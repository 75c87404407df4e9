import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale } from './format.js';
import { en, type Messages, type Strings } from './messages.js';
import { documents, onDemand, type OnDemand } from './on-demand.js';

/**
 * The languages that ship besides English. Each loads the first time an element needs it, so
 * that a page in English carries none of them; in the bundle, each is a file beside it.
 */
const languages: Record<string, OnDemand<{ default: Messages }>> = {
  de: onDemand((_again) => import('../locales/de.js')),
  fr: onDemand((_again) => import('../locales/fr.js')),
  es: onDemand((_again) => import('../locales/es.js')),
  ar: onDemand((_again) => import('../locales/ar.js')),
};

/** The language subtags that have a message table. */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(languages)];

/** "de-CH" → "de": tables are per language, while numbers follow the whole locale. */
export function languageOf(locale: string): string {
  const language = locale.toLowerCase().split(/[-_]/)[0]!;
  return Object.hasOwn(languages, language) ? language : 'en';
}

/**
 * The English table: whole once the validator has loaded with the labels of a document of its
 * own (messages.ts, DocumentLabel; and, once they are here, those of the views, ViewLabel), and
 * until then without them, which only such a document uses.
 */
const englishTable = (): Messages => documents.now()?.englishTable() ?? (en as Messages);

/** A language's table once it is here; English always is. */
const tableOf = (language: string): Messages | undefined =>
  language === 'en' ? englishTable() : languages[language]!.now()?.default;

/**
 * The message table of a locale's language, loaded if need be. Resolves to English for a
 * language that does not ship, or whose file cannot be loaded now: the next call asks again.
 */
export function loadMessages(locale: string): Promise<Messages> {
  const language = languageOf(locale);
  const table = tableOf(language);
  if (table) return Promise.resolve(table);
  const attempt = languages[language]!.load();
  return attempt.then(
    (module) => module.default,
    () => {
      // Said once for each attempt, however many elements waited for it.
      if (!warned.has(attempt)) {
        warned.add(attempt);
        console.warn(`pm-ladder: the ${language} labels could not be loaded; English is shown instead.`);
      }
      return englishTable();
    },
  );
}

const warned = new WeakSet<Promise<unknown>>();

const merged = new WeakMap<Strings, Map<Messages, Messages>>();

type Label = Messages[keyof Messages];

/**
 * A user's replacement for one label, if it is one: a string for a string, a function for a
 * function (whose failure, or odd answer, gives the table's own label instead), and for the
 * nested `period` and `payKind`, those of its strings that replace one.
 */
function replacement(original: Label, value: unknown): Label | undefined {
  if (typeof original === 'string') return typeof value === 'string' ? value : undefined;
  if (typeof original === 'function') {
    if (typeof value !== 'function') return undefined;
    return ((...args: never[]) => {
      try {
        const text: unknown = value(...args);
        if (typeof text === 'string') return text;
      } catch {
        // A throwing replacement must not reach the page; the table's label stands in.
      }
      return (original as (...args: never[]) => string)(...args);
    }) as Label;
  }
  if (!value || typeof value !== 'object') return undefined;
  const own = Object.entries(value).filter(
    ([key, text]) => Object.hasOwn(original, key) && typeof text === 'string',
  );
  return { ...original, ...Object.fromEntries(own) } as Label;
}

/** A table with a user's replacements laid over it; kept, so that it is the same object from update to update. */
function withStrings(table: Messages, strings: Strings | undefined): Messages {
  if (!strings || typeof strings !== 'object') return table;
  let byTable = merged.get(strings);
  if (!byTable) merged.set(strings, (byTable = new Map()));
  let result = byTable.get(table);
  if (!result) {
    result = { ...table };
    try {
      for (const key of Object.keys(table) as (keyof Messages)[]) {
        const value = replacement(table[key], (strings as Record<string, unknown>)[key]);
        if (value !== undefined) (result as unknown as Record<string, Label>)[key] = value;
      }
    } catch {
      result = table; // `strings` that cannot be read (a throwing getter, a revoked proxy)
    }
    byTable.set(table, result);
  }
  return result;
}

/** What an element offers to be localized: its `locale` and `strings` properties. */
export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  locale?: string;
  strings?: Strings;
}

/**
 * Works out, before each update, an element's locale (its `locale`, else the closest `lang`)
 * and the labels in that locale's language with the element's `strings` laid over them. Until
 * a language's table has loaded, the labels are English; the element updates when it arrives.
 * A table that could not be loaded is asked for again when the element comes back to the page
 * or its language changes, or by another element that needs it; once any element of the page has
 * it, each shows it at its next update.
 */
export class Localizer implements ReactiveController {
  locale = 'en';
  messages: Messages = englishTable();
  /** The language this element has asked for and shows no table of yet. */
  #asked?: string;

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page: the table may have arrived meanwhile, or may load now.
    if (this.#asked) {
      this.#asked = undefined;
      this.host.requestUpdate();
    }
  }

  hostUpdate(): void {
    this.locale = resolveLocale(this.host, this.host.locale);
    const language = languageOf(this.locale);
    const table = tableOf(language);
    if (table) this.#asked = undefined;
    else if (this.#asked !== language) {
      this.#asked = language;
      void loadMessages(language).then(() => {
        // Only a connected element updates now; a detached one does when it is back.
        if (this.#asked === language && tableOf(language) && this.host.isConnected) this.host.requestUpdate();
      });
    }
    this.messages = withStrings(table ?? englishTable(), this.host.strings);
  }
}

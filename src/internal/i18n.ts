import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale } from './format.js';
import { en, type Messages, type Strings } from './messages.js';

/**
 * The languages that ship besides English. Each loads the first time an element needs it, so
 * that a page in English carries none of them; in the bundle, each is a file beside it.
 */
const loaders: Record<string, () => Promise<{ default: Messages }>> = {
  de: () => import('../locales/de.js'),
  fr: () => import('../locales/fr.js'),
  es: () => import('../locales/es.js'),
  ar: () => import('../locales/ar.js'),
};

/** The language subtags that have a message table. */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(loaders)];

const tables = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<Messages>>();

/** "de-CH" → "de": tables are per language, while numbers follow the whole locale. */
export function languageOf(locale: string): string {
  const language = locale.toLowerCase().split(/[-_]/)[0]!;
  return language in loaders ? language : 'en';
}

/**
 * The message table of a locale's language, loaded if need be. Resolves to English for a
 * language that does not ship, or whose file cannot be loaded.
 */
export function loadMessages(locale: string): Promise<Messages> {
  const language = languageOf(locale);
  const table = tables.get(language);
  if (table) return Promise.resolve(table);
  let promise = loading.get(language);
  if (!promise) {
    promise = loaders[language]!().then(
      (module) => module.default,
      () => {
        console.warn(`pm-ladder: the ${language} labels could not be loaded; English is shown instead.`);
        return en;
      },
    );
    promise.then((loaded) => tables.set(language, loaded));
    loading.set(language, promise);
  }
  return promise;
}

const merged = new WeakMap<Strings, Map<Messages, Messages>>();

/** A table with a user's replacements laid over it; kept, so that it is the same object from update to update. */
function withStrings(table: Messages, strings: Strings | undefined): Messages {
  if (!strings || typeof strings !== 'object') return table;
  let byTable = merged.get(strings);
  if (!byTable) merged.set(strings, (byTable = new Map()));
  let result = byTable.get(table);
  if (!result) {
    const own = Object.fromEntries(
      Object.entries(strings).filter(
        ([key, value]) =>
          Object.hasOwn(en, key) && typeof value === typeof en[key as keyof Messages] && value !== null,
      ),
    ) as Strings;
    result = {
      ...table,
      ...own,
      period: { ...table.period, ...own.period },
      payKind: { ...table.payKind, ...own.payKind },
    } as Messages;
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
 */
export class Localizer implements ReactiveController {
  locale = 'en';
  messages: Messages = en;

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.locale = resolveLocale(this.host, this.host.locale);
    const language = languageOf(this.locale);
    const table = tables.get(language);
    if (!table) {
      loadMessages(language).then(() => this.host.requestUpdate());
    }
    this.messages = withStrings(table ?? en, this.host.strings);
  }
}

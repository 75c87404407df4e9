import { CURRENCY_CODES } from './currencies.js';
import type { LadderError } from './problems.js';
// Only the type: the schema library stays out of pages that check a band alone.
import type { PayBand } from './schema.js';

/**
 * The pay band, checked without the validator: what every page may need, since a standalone
 * `<pm-salary-range>` checks its band here, and the bundle carries no schema library. The band's
 * rules and messages are written here once, its ends and units here and the fields only a
 * document gives in pay-band-details.ts (loaded with the validator); the schema of the format
 * (schema.ts) builds its pay band from them, and a test holds the two checks to the same answers.
 */

/** Describes a JSON value in a message, short enough to read in an error list. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    return value.length > 40 ? `"${value.slice(0, 37)}…"` : JSON.stringify(value);
  }
  return String(value);
}

/** "is required", or "should be `what`, not …" for a value of the wrong type. */
export const expectedMessage = (what: string, value: unknown): string =>
  value === undefined ? 'is required' : `should be ${what}, not ${describeValue(value)}`;

export const PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const;

export type PayPeriod = (typeof PERIODS)[number];

export const list = (values: readonly string[]) => values.join(', ');

/**
 * What the messages of the format say, by rule: shared with the schema (schema.ts). Each is an
 * export of its own, so that a page carries those it checks with and no others.
 */
export const notFinite = (value: unknown) => `should be a finite number, not ${describeValue(value)}`;
export const negative = (value: unknown) => `should be 0 or more, not ${describeValue(value)}`;
export const notCurrency = (value: unknown) =>
  `${describeValue(value)} is not an ISO 4217 currency code (three capital letters, like USD, EUR or GBP)`;
export const notPeriod = (value: unknown) =>
  `${describeValue(value)} is not a pay period; use one of ${list(PERIODS)}`;

/** A field's problems: none, or the messages in the order the schema reports them. */
export type Rule = (value: unknown) => string[];

const amount: Rule = (value) =>
  typeof value !== 'number' || Number.isNaN(value)
    ? [expectedMessage('a number', value)]
    : [...(Number.isFinite(value) ? [] : [notFinite(value)]), ...(value < 0 ? [negative(value)] : [])];

export const oneOf =
  (values: readonly unknown[], message: (value: unknown) => string): Rule =>
  (value) =>
    values.includes(value) ? [] : [message(value)];

export type Field = [keyof PayBand, Rule, boolean?];

/** The fields a band must have, in the schema's order, each with its rule. */
export const ENDS_AND_UNITS: Field[] = [
  ['min', amount],
  ['max', amount],
  ['currency', oneOf(CURRENCY_CODES, notCurrency)],
  ['period', oneOf(PERIODS, notPeriod)],
];

/** A band's ends in order, the one check on a band that the schema cannot express; `path` is where min is. */
export function bandOrderErrors(band: Pick<PayBand, 'min' | 'max'> | undefined, path = 'min'): LadderError[] {
  return band && band.min > band.max
    ? [{ path, message: `${band.min} is more than max ${band.max}; min must not exceed max` }]
    : [];
}

export type PayBandResult = { ok: true; band: PayBand } | { ok: false; errors: LadderError[] };

/**
 * Checks the band `<pm-salary-range>` makes of its attributes, which set its ends and units only:
 * the same answer as validatePayBand (pay-band-details.ts) for such a band, with none of the rules
 * for the fields it never has.
 */
export const validateBandAttributes = (band: Record<'min' | 'max' | 'currency' | 'period', unknown>) =>
  checkBand(band, ENDS_AND_UNITS);

/** Checks a band by `fields`, in order; any other field is left out of the band. */
export function checkBand(input: unknown, fields: Field[]): PayBandResult {
  if (typeof input !== 'object' || input === null) {
    return { ok: false, errors: [{ path: '', message: expectedMessage('a pay band object', input) }] };
  }
  const given = input as Record<string, unknown>;
  const { min, max } = given;
  // Ends in the wrong order are said beside any other problem, not only once the rest is right.
  const errors = typeof min === 'number' && typeof max === 'number' ? bandOrderErrors({ min, max }) : [];
  const band: Record<string, unknown> = {};
  for (const [key, rule, optional] of fields) {
    const value = given[key];
    const present = key in given;
    if (!present && !optional) errors.push({ path: key, message: 'is required' });
    else if (value !== undefined || !optional) {
      for (const message of rule(value)) errors.push({ path: key, message });
    }
    if (present) band[key] = value;
  }
  return errors.length ? { ok: false, errors } : { ok: true, band: band as unknown as PayBand };
}

import { CURRENCY_CODES } from './currencies.js';
import { formatPath, type LadderError, type PathKey } from './problems.js';
// Only the type: the schema library stays out of pages that check a band alone.
import type { PayBand } from './schema.js';

/**
 * The pay band, checked without the validator: what every page may need, since a standalone
 * `<pm-salary-range>` checks its band here, and the bundle carries no schema library. The band's
 * rules and messages are written here once; the schema of the format (schema.ts, loaded with the
 * validator) builds its pay band from them, and a test holds the two checks to the same answers.
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
export const PAY_KINDS = ['market-estimate', 'employer-range'] as const;

export type PayPeriod = (typeof PERIODS)[number];
export type PayKind = (typeof PAY_KINDS)[number];

export const DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const list = (values: readonly string[]) => values.join(', ');

/** What the messages of the format say, by rule: shared with the schema (schema.ts). */
export const say = {
  empty: 'must not be empty',
  notFinite: (value: unknown) => `should be a finite number, not ${describeValue(value)}`,
  negative: (value: unknown) => `should be 0 or more, not ${describeValue(value)}`,
  notDate: (value: unknown) => `${describeValue(value)} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`,
  notCurrency: (value: unknown) =>
    `${describeValue(value)} is not an ISO 4217 currency code (three capital letters, like USD, EUR or GBP)`,
  notPeriod: (value: unknown) => `${describeValue(value)} is not a pay period; use one of ${list(PERIODS)}`,
  notKind: (value: unknown) => `${describeValue(value)} is not a kind of band; use ${list(PAY_KINDS)}`,
};

/** A field's problems: none, or the messages in the order the schema reports them. */
type Rule = (value: unknown) => string[];

const amount: Rule = (value) =>
  typeof value !== 'number' || Number.isNaN(value)
    ? [expectedMessage('a number', value)]
    : [
        ...(Number.isFinite(value) ? [] : [say.notFinite(value)]),
        ...(value < 0 ? [say.negative(value)] : []),
      ];

const oneOf =
  (values: readonly unknown[], message: (value: unknown) => string): Rule =>
  (value) =>
    values.includes(value) ? [] : [message(value)];

const text: Rule = (value) =>
  typeof value !== 'string' ? [expectedMessage('text', value)] : value ? [] : [say.empty];

const date: Rule = (value) =>
  typeof value !== 'string'
    ? [expectedMessage('a date', value)]
    : DATE_PATTERN.test(value)
      ? []
      : [say.notDate(value)];

/** The band's fields in the schema's order, each with its rule; `true` where it is optional. */
const FIELDS: [keyof PayBand, Rule, boolean?][] = [
  ['min', amount],
  ['max', amount],
  ['currency', oneOf(CURRENCY_CODES, say.notCurrency)],
  ['period', oneOf(PERIODS, say.notPeriod)],
  ['kind', oneOf(PAY_KINDS, say.notKind), true],
  ['source', text, true],
  ['asOf', date, true],
  ['location', text, true],
  ['note', text, true],
];

/** A band's ends in order: the one check on a band that the schema cannot express. */
export function bandOrderErrors(
  band: Pick<PayBand, 'min' | 'max'> | undefined,
  keys: PathKey[],
): LadderError[] {
  return band && band.min > band.max
    ? [
        {
          path: formatPath([...keys, 'min']),
          message: `${band.min} is more than max ${band.max}; min must not exceed max`,
        },
      ]
    : [];
}

export type PayBandResult = { ok: true; band: PayBand } | { ok: false; errors: LadderError[] };

/** Checks one pay band on its own, as `<pm-salary-range>` gets it from its attributes. */
export function validatePayBand(input: unknown): PayBandResult {
  if (typeof input !== 'object' || input === null) {
    return { ok: false, errors: [{ path: '', message: expectedMessage('a pay band object', input) }] };
  }
  const fields = input as Record<string, unknown>;
  const { min, max } = fields;
  // Ends in the wrong order are said beside any other problem, not only once the rest is right.
  const errors = typeof min === 'number' && typeof max === 'number' ? bandOrderErrors({ min, max }, []) : [];
  const band: Record<string, unknown> = {};
  for (const [key, rule, optional] of FIELDS) {
    const value = fields[key];
    const given = key in fields;
    if (!given && !optional) errors.push({ path: key, message: 'is required' });
    else if (value !== undefined || !optional) {
      for (const message of rule(value)) errors.push({ path: key, message });
    }
    if (given) band[key] = value;
  }
  return errors.length ? { ok: false, errors } : { ok: true, band: band as unknown as PayBand };
}

import * as v from 'valibot';
import { CURRENCY_CODES } from './currencies.js';
import { formatPath, shapeErrors, type LadderError, type PathKey } from './problems.js';

/**
 * The pay band, and the pieces of the ladder format it is made of: what every page may need,
 * since a standalone `<pm-salary-range>` checks its band here. The rest of the format
 * (schema.ts) is loaded with the validator, by pages that show a ladder document of their own.
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

export const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    issue.input === undefined ? 'is required' : `should be ${what}, not ${describeValue(issue.input)}`;

export const text = v.pipe(v.string(expected('text')), v.minLength(1, 'must not be empty'));

const amount = v.pipe(
  v.number(expected('a number')),
  v.finite((issue) => `should be a finite number, not ${describeValue(issue.input)}`),
  v.minValue(0, (issue) => `should be 0 or more, not ${describeValue(issue.input)}`),
);

const DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
export const date = v.pipe(
  v.string(expected('a date')),
  v.regex(
    DATE_PATTERN,
    (issue) => `${describeValue(issue.input)} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`,
  ),
);

export const PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const;
export const PAY_KINDS = ['market-estimate', 'employer-range'] as const;

const list = (values: readonly string[]) => values.join(', ');

/**
 * An object of the format, `what` naming it in messages. Its fields are closed: the JSON Schema
 * refuses a field it does not name, except names that start with `x-` (extensions), so that an
 * editor flags a typo as it is typed; scripts/ladder-json-schema.ts closes every object so. At run
 * time an unknown field is a warning, not an error: see validate.ts.
 */
export const closed = <const E extends v.ObjectEntries>(entries: E, what: string) =>
  v.object(entries, expected(what));

/** Names of fields that are extensions: kept, never shown, never warned about. */
export const EXTENSION_PATTERN = '^x-';

export const PayBandSchema = closed(
  {
    min: amount,
    max: amount,
    currency: v.picklist(
      CURRENCY_CODES,
      (issue) =>
        `${describeValue(issue.input)} is not an ISO 4217 currency code (three capital letters, like USD, EUR or GBP)`,
    ),
    period: v.picklist(
      PERIODS,
      (issue) => `${describeValue(issue.input)} is not a pay period; use one of ${list(PERIODS)}`,
    ),
    kind: v.optional(
      v.picklist(
        PAY_KINDS,
        (issue) => `${describeValue(issue.input)} is not a kind of band; use ${list(PAY_KINDS)}`,
      ),
    ),
    source: v.optional(text),
    asOf: v.optional(date),
    location: v.optional(text),
    note: v.optional(text),
  },
  'a pay band object',
);

export type PayBand = v.InferOutput<typeof PayBandSchema>;
export type PayPeriod = (typeof PERIODS)[number];
export type PayKind = (typeof PAY_KINDS)[number];

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
  const parsed = v.safeParse(PayBandSchema, input);
  // Ends in the wrong order are said beside any other problem, not only once the rest is right.
  const { min, max } = ((typeof input === 'object' && input) || {}) as Record<string, unknown>;
  const order = typeof min === 'number' && typeof max === 'number' ? bandOrderErrors({ min, max }, []) : [];
  if (!parsed.success) return { ok: false, errors: [...order, ...shapeErrors(parsed.issues)] };
  return order.length ? { ok: false, errors: order } : { ok: true, band: parsed.output };
}

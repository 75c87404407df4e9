import {
  checkBand,
  describeValue,
  ENDS_AND_UNITS,
  expectedMessage,
  list,
  oneOf,
  type Field,
  type PayBandResult,
  type Rule,
} from './pay-band.js';

/**
 * The fields of a pay band that only a ladder document gives (its kind, source, date, location
 * and note), their rules and messages, and validatePayBand, which checks a band with all its
 * fields: loaded with the validator. The ends and units are in pay-band.ts, which every page has.
 */

export const PAY_KINDS = ['market-estimate', 'employer-range'] as const;
export type PayKind = (typeof PAY_KINDS)[number];

export const DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export const EMPTY = 'must not be empty';
export const notDate = (value: unknown) =>
  `${describeValue(value)} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`;
export const notKind = (value: unknown) =>
  `${describeValue(value)} is not a kind of band; use ${list(PAY_KINDS)}`;

const text: Rule = (value) =>
  typeof value !== 'string' ? [expectedMessage('text', value)] : value ? [] : [EMPTY];

const date: Rule = (value) =>
  typeof value !== 'string'
    ? [expectedMessage('a date', value)]
    : DATE_PATTERN.test(value)
      ? []
      : [notDate(value)];

/** The fields a band may have after its ends and units, in the schema's order; all optional. */
const DETAILS: Field[] = [
  ['kind', oneOf(PAY_KINDS, notKind), true],
  ['source', text, true],
  ['asOf', date, true],
  ['location', text, true],
  ['note', text, true],
];

/** Checks one pay band on its own: every field of the format. */
export const validatePayBand = (input: unknown): PayBandResult =>
  checkBand(input, [...ENDS_AND_UNITS, ...DETAILS]);

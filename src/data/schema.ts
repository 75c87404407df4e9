import * as v from 'valibot';
import { CURRENCY_CODES } from './currencies.js';

/**
 * The ladder document, written once: the TypeScript types are inferred from these schemas, the
 * runtime validator runs them, and `schema/ladder.schema.json` is generated from them at build time.
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

const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    issue.input === undefined ? 'is required' : `should be ${what}, not ${describeValue(issue.input)}`;

const text = v.pipe(v.string(expected('text')), v.minLength(1, 'must not be empty'));
const textList = v.array(text, expected('a list of texts'));

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = v.pipe(
  v.string(expected('an id')),
  v.regex(
    ID_PATTERN,
    (issue) =>
      `${describeValue(issue.input)} is not a valid id; use lowercase letters, digits and single hyphens (like senior-product-manager)`,
  ),
);
const idList = v.array(id, expected('a list of ids'));

const amount = v.pipe(
  v.number(expected('a number')),
  v.finite((issue) => `should be a finite number, not ${describeValue(issue.input)}`),
  v.minValue(0, (issue) => `should be 0 or more, not ${describeValue(issue.input)}`),
);

const DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const date = v.pipe(
  v.string(expected('a date')),
  v.regex(
    DATE_PATTERN,
    (issue) => `${describeValue(issue.input)} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`,
  ),
);

export const PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const;
export const PAY_KINDS = ['market-estimate', 'employer-range'] as const;

const list = (values: readonly string[]) => values.join(', ');

export const PayBandSchema = v.pipe(
  v.object(
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
    expected('a pay band object'),
  ),
  v.description('A pay band: both ends required, 0 ≤ min ≤ max, in one currency and period.'),
);

export const TierSchema = v.object(
  { id, name: text, description: v.optional(text) },
  expected('a tier object'),
);

export const TrackSchema = v.object({ id, name: text }, expected('a track object'));

export const RoleSchema = v.object(
  {
    id,
    title: text,
    abbreviation: v.optional(text),
    tier: id,
    track: v.optional(id),
    summary: text,
    responsibilities: textList,
    requirements: v.optional(textList),
    next: v.optional(idList),
    reportsTo: v.optional(id),
    pay: v.optional(PayBandSchema),
  },
  expected('a role object'),
);

export const GuidanceSchema = v.object(
  {
    skill: text,
    questionsIntro: v.optional(text),
    questions: v.optional(textList),
    advice: v.optional(textList),
  },
  expected('a guidance object'),
);

export const SourceSchema = v.object(
  {
    title: text,
    author: v.optional(text),
    publisher: v.optional(text),
    date: v.optional(date),
    url: v.optional(text),
  },
  expected('a source object'),
);

export const LadderSchema = v.pipe(
  v.object(
    {
      $schema: v.optional(v.string()),
      id,
      title: text,
      description: v.optional(text),
      tiers: v.array(TierSchema, expected('a list of tiers')),
      tracks: v.optional(v.array(TrackSchema, expected('a list of tracks'))),
      roles: v.array(RoleSchema, expected('a list of roles')),
      pay: v.optional(PayBandSchema),
      guidance: v.optional(GuidanceSchema),
      sources: v.optional(v.array(SourceSchema, expected('a list of sources'))),
    },
    expected('a ladder object'),
  ),
  v.title('Career ladder'),
  v.description(
    'A career ladder for pm-ladder: tiers lowest first, roles lowest first, optional pay bands, guidance and sources. All text is plain text.',
  ),
);

export type Ladder = v.InferOutput<typeof LadderSchema>;
export type Tier = v.InferOutput<typeof TierSchema>;
export type Track = v.InferOutput<typeof TrackSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type PayBand = v.InferOutput<typeof PayBandSchema>;
export type PayPeriod = (typeof PERIODS)[number];
export type PayKind = (typeof PAY_KINDS)[number];
export type Guidance = v.InferOutput<typeof GuidanceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;

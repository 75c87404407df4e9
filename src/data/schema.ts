import * as v from 'valibot';
import { CURRENCY_CODES } from './currencies.js';
import { DATE_PATTERN, EMPTY, notDate, notKind, PAY_KINDS } from './pay-band-details.js';
import {
  describeValue,
  expectedMessage,
  negative,
  notCurrency,
  notFinite,
  notPeriod,
  PERIODS,
} from './pay-band.js';

/**
 * The ladder document, written once: the TypeScript types are inferred from these schemas, the
 * runtime validator runs them, and `schema/ladder.schema.json` is generated from them at build time
 * (with the descriptions an editor shows, which scripts/ladder-json-schema.ts adds, so that they
 * weigh nothing in the bundle). The pay band's rules and messages are in pay-band.ts, which checks
 * a band alone without this library; the band here follows them.
 */

export { describeValue, PERIODS, type PayPeriod } from './pay-band.js';
export { PAY_KINDS, type PayKind } from './pay-band-details.js';

const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    expectedMessage(what, issue.input);

const text = v.pipe(v.string(expected('text')), v.minLength(1, EMPTY));

const date = v.pipe(
  v.string(expected('a date')),
  v.regex(DATE_PATTERN, (issue) => notDate(issue.input)),
);

/**
 * An object of the format, `what` naming it in messages. Its fields are closed: the JSON Schema
 * refuses a field it does not name, except names that start with `x-` (extensions), so that an
 * editor flags a typo as it is typed; scripts/ladder-json-schema.ts closes every object so. At run
 * time an unknown field is a warning, not an error: see validate.ts.
 */
const closed = <const E extends v.ObjectEntries>(entries: E, what: string) =>
  v.object(entries, expected(what));

/** Names of fields that are extensions: kept, never shown, never warned about. */
export const EXTENSION_PATTERN = '^x-';

const amount = v.pipe(
  v.number(expected('a number')),
  v.finite((issue) => notFinite(issue.input)),
  v.minValue(0, (issue) => negative(issue.input)),
);

/** The pay band within a ladder: the fields, rules and messages of validatePayBand (pay-band.ts, pay-band-details.ts). */
export const PayBandSchema = closed(
  {
    min: amount,
    max: amount,
    currency: v.picklist(CURRENCY_CODES, (issue) => notCurrency(issue.input)),
    period: v.picklist(PERIODS, (issue) => notPeriod(issue.input)),
    kind: v.optional(v.picklist(PAY_KINDS, (issue) => notKind(issue.input))),
    source: v.optional(text),
    asOf: v.optional(date),
    location: v.optional(text),
    note: v.optional(text),
  },
  'a pay band object',
);

export type PayBand = v.InferOutput<typeof PayBandSchema>;

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

export const TierSchema = closed({ id, name: text, description: v.optional(text) }, 'a tier object');

export const TrackSchema = closed(
  {
    id,
    name: text,
    description: v.optional(text),
    responsibilities: v.optional(textList),
    requirements: v.optional(textList),
  },
  'a track object',
);

export const LevelSchema = closed(
  {
    id,
    name: text,
    description: v.optional(text),
    examples: v.optional(textList),
  },
  'a level object',
);

const levelList = v.pipe(
  v.array(LevelSchema, expected('a list of levels')),
  v.minLength(1, 'must list at least one level'),
);

export const ScaleSchema = closed(
  {
    id,
    name: text,
    description: v.optional(text),
    levels: levelList,
  },
  'a scale object',
);

export const CompetencySchema = v.pipe(
  closed(
    {
      id,
      name: text,
      description: v.optional(text),
      group: v.optional(text),
      levels: v.optional(levelList),
      scale: v.optional(id),
    },
    'a competency object',
  ),
  // Levels or a scale, not both: validate.ts says so where the scale is; the JSON Schema, here.
  v.metadata({ not: { required: ['levels', 'scale'] } }),
);

export const ExpectationSchema = v.pipe(
  closed(
    {
      competency: id,
      level: v.optional(id),
      text: v.optional(v.pipe(textList, v.minLength(1, 'must hold at least one text'))),
      examples: v.optional(textList),
    },
    'an expectation object',
  ),
  v.check(
    (expectation) => expectation.level !== undefined || expectation.text !== undefined,
    'needs a level, a text, or both',
  ),
  // The same rule for the JSON Schema, which cannot read the check above.
  v.metadata({ anyOf: [{ required: ['level'] }, { required: ['text'] }] }),
);

const roleIds = v.union([id, idList], expected('a role id or a list of role ids'));

export const RoleSchema = closed(
  {
    id,
    title: text,
    abbreviation: v.optional(text),
    tier: id,
    track: v.optional(id),
    summary: v.optional(text),
    responsibilities: v.optional(textList),
    requirements: v.optional(textList),
    next: v.optional(idList),
    lateral: v.optional(idList),
    reportsTo: v.optional(roleIds),
    pay: v.optional(PayBandSchema),
    expectations: v.optional(v.array(ExpectationSchema, expected('a list of expectations'))),
  },
  'a role object',
);

export const GuidanceSchema = closed(
  {
    skill: v.optional(text),
    questionsIntro: v.optional(text),
    questions: v.optional(textList),
    advice: v.optional(textList),
  },
  'a guidance object',
);

export const SourceSchema = closed(
  {
    title: text,
    author: v.optional(text),
    publisher: v.optional(text),
    date: v.optional(date),
    url: v.optional(text),
    license: v.optional(text),
  },
  'a source object',
);

export const LadderSchema = closed(
  {
    $schema: v.optional(v.string()),
    id,
    title: text,
    description: v.optional(text),
    tiers: v.array(TierSchema, expected('a list of tiers')),
    tracks: v.optional(v.array(TrackSchema, expected('a list of tracks'))),
    roles: v.array(RoleSchema, expected('a list of roles')),
    competencies: v.optional(v.array(CompetencySchema, expected('a list of competencies'))),
    scales: v.optional(v.array(ScaleSchema, expected('a list of scales'))),
    pay: v.optional(PayBandSchema),
    guidance: v.optional(GuidanceSchema),
    sources: v.optional(v.array(SourceSchema, expected('a list of sources'))),
  },
  'a ladder object',
);

export type Ladder = v.InferOutput<typeof LadderSchema>;
export type Tier = v.InferOutput<typeof TierSchema>;
export type Track = v.InferOutput<typeof TrackSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type Guidance = v.InferOutput<typeof GuidanceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Level = v.InferOutput<typeof LevelSchema>;
export type Scale = v.InferOutput<typeof ScaleSchema>;
export type Competency = v.InferOutput<typeof CompetencySchema>;
export type Expectation = v.InferOutput<typeof ExpectationSchema>;

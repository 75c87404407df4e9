import * as v from 'valibot';
import { closed, date, describeValue, expected, PayBandSchema, text } from './pay-band.js';

/**
 * The ladder document, written once: the TypeScript types are inferred from these schemas, the
 * runtime validator runs them, and `schema/ladder.schema.json` is generated from them at build time
 * (with the descriptions an editor shows, which scripts/ladder-json-schema.ts adds, so that they
 * weigh nothing in the bundle). The pay band and the pieces it shares are in pay-band.ts.
 */

export {
  describeValue,
  EXTENSION_PATTERN,
  PAY_KINDS,
  PayBandSchema,
  PERIODS,
  type PayBand,
  type PayKind,
  type PayPeriod,
} from './pay-band.js';

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

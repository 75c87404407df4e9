// The JSON Schema of a ladder document (schema/ladder.schema.json): generated from the Valibot
// schema in src/data/schema.ts, the one source of the format, with a description of each field
// for an editor's hover. The descriptions live here rather than in the Valibot schema so that
// they weigh nothing in the bundle. Used by scripts/build-schema.mjs and by the test that the
// published file is up to date.
import { toJsonSchema } from '@valibot/to-json-schema';
import { EXTENSION_PATTERN, LadderSchema } from '../src/data/schema.js';

const ROLE_IDS = 'role ids';
const BAND = 'Both ends are required, 0 ≤ min ≤ max, in one currency and period.';

/** The document as a whole. */
const LADDER =
  'A career ladder for pm-ladder: tiers lowest first, roles lowest first, optional pay bands, competencies with what each role expects in them, guidance and sources. All text is plain text, never HTML. Fields whose names start with "x-" are your own: kept, never shown.';

/**
 * Descriptions by field, written as paths: `roles[].lateral` is the `lateral` field of every role.
 * Every path must name a field of the schema, so a renamed field cannot keep a stale text.
 */
const DESCRIPTIONS: Record<string, string> = {
  $schema: 'The address of this JSON Schema, so that an editor checks the document as it is typed.',
  id: 'The ladder’s id (lowercase letters, digits, single hyphens); links to a role read #<ladder id>/<role id>.',
  title: 'The ladder’s title, shown as its heading.',
  description: 'A paragraph under the title.',
  tiers: 'Groups of roles at about the same level (entry, senior, leadership…), lowest first.',
  'tiers[]': 'A tier: a group of roles at about the same level.',
  'tiers[].id': 'The tier’s id, which roles name in their `tier`.',
  'tiers[].name': 'The tier’s name, shown as the heading of its group.',
  'tiers[].description': 'What the roles of this tier have in common.',
  tracks: 'The tracks roles belong to, such as individual contributor and management; shown as columns.',
  'tracks[]':
    'A track. Its description, responsibilities and requirements are shared by every role on it, and shown with each of them.',
  'tracks[].id': 'The track’s id, which roles name in their `track`.',
  'tracks[].name': 'The track’s name, shown above its column and in each of its roles.',
  'tracks[].description': 'What the track is, shown with each role on it, marked as shared by the track.',
  'tracks[].responsibilities':
    'Responsibilities of every role on the track, shown after each role’s own, marked as shared by the track.',
  'tracks[].requirements':
    'What every promotion into a role of the track takes, shown after each role’s own requirements, marked as shared by the track.',
  roles: 'The roles, lowest first.',
  'roles[]': 'A role: its title and tier are required; everything else is optional.',
  'roles[].id':
    'The role’s id (unique; lowercase letters, digits, single hyphens), used by `next`, `lateral`, `reportsTo` and the elements’ attributes.',
  'roles[].title': 'The role’s title.',
  'roles[].abbreviation': 'A short form of the title, such as APM.',
  'roles[].tier': 'The id of the tier the role is in.',
  'roles[].track': 'The id of the track the role is on.',
  'roles[].summary': 'What the role is, in a sentence or two.',
  'roles[].responsibilities': 'What the role is responsible for, one item per text.',
  'roles[].requirements': 'What it takes to be promoted into this role, one item per text.',
  'roles[].next': `The ${ROLE_IDS} this role is promoted to. Promotions must not lead back in a circle.`,
  'roles[].lateral': `The ${ROLE_IDS} this role may move sideways to: another track at about the same level. A lateral move may go both ways, and a path from one role to another may take it.`,
  'roles[].reportsTo': `The role this one reports to: one role id, or a list of ${ROLE_IDS} (any of them).`,
  'roles[].pay': `The role’s own pay band; without one, the ladder-wide band is shown, labelled as such. ${BAND}`,
  'roles[].expectations':
    'What the role expects in each competency: one expectation per competency, in any order (they show in the order of `competencies`).',
  'roles[].expectations[]':
    'What the role expects in one competency: a level, a text in the role’s own words, or both; and examples.',
  'roles[].expectations[].competency': 'The id of a competency of the ladder.',
  'roles[].expectations[].level':
    'The id of a level of that competency, or of its scale; shown with its name and rank, such as "Specializes, 2 of 5".',
  'roles[].expectations[].text': 'What is expected, in this role’s words, one item per text.',
  'roles[].expectations[].examples': 'Examples of the expectation met, shown on demand.',
  competencies: 'The competencies (skills, dimensions, areas) roles are rated in, in the order they show.',
  'competencies[]':
    'A competency: rated by levels of its own, or by a shared scale, or neither, when expectations in it are text only.',
  'competencies[].id': 'The competency’s id, which expectations name.',
  'competencies[].name': 'The competency’s name.',
  'competencies[].description': 'What the competency covers.',
  'competencies[].group':
    'A heading such as "Craft" or "Leadership"; competencies with the same group show together.',
  'competencies[].levels':
    'The competency’s own levels, lowest first (milestones, or "Adopts … Creates"). Give levels or a scale, not both.',
  'competencies[].scale':
    'The id of a shared scale whose levels rate this competency. Give levels or a scale, not both.',
  scales: 'Scales that several competencies share, such as Awareness … Expert.',
  'scales[]': 'A scale: its levels, lowest first.',
  'scales[].id': 'The scale’s id, which competencies name in their `scale`.',
  'scales[].name': 'The scale’s name.',
  'scales[].description': 'What the scale measures.',
  'scales[].levels': 'The scale’s levels, lowest first; a level’s rank is its position.',
  pay: `The ladder-wide pay band, shown in the overview and with roles that have none of their own. ${BAND}`,
  guidance: 'Advice on advancing along the ladder.',
  'guidance.skill': 'The one skill that matters most for advancing, if the ladder names one.',
  'guidance.questionsIntro': 'A sentence before the questions.',
  'guidance.questions': 'Questions a reader answers to see where they stand.',
  'guidance.advice': 'Advice on advancing, one item per text.',
  sources: 'Where the data comes from, shown as attribution.',
  'sources[].title': 'The title of the source.',
  'sources[].author': 'Who wrote it.',
  'sources[].publisher': 'Who published it.',
  'sources[].date': 'When it was published: YYYY, YYYY-MM or YYYY-MM-DD.',
  'sources[].url': 'Where to read it; shown as a link when it is http:, https: or mailto:.',
  'sources[].license': 'The licence the source is published under, such as CC BY 4.0.',
};

/** Descriptions of the fields of a pay band, wherever one is (`pay`, `roles[].pay`). */
const PAY_BAND: Record<string, string> = {
  min: 'The low end of the band.',
  max: 'The high end of the band, at least `min`.',
  currency: 'An ISO 4217 currency code, such as USD, EUR or GBP.',
  period: 'What the amounts are paid per: year, month, week, day or hour.',
  kind: '`market-estimate` (what the market pays, from a survey) or `employer-range` (what an employer offers).',
  source: 'Where the band comes from, such as a salary survey.',
  asOf: 'When the band was true: YYYY, YYYY-MM or YYYY-MM-DD.',
  location: 'Where the band applies.',
  note: 'A note shown with the band.',
};

type Node = {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  [key: string]: unknown;
};

/** Puts each description on its field, and fails on a description that names no field. */
function describe(node: Node, path: string, used: Set<string>, table: Record<string, string>, prefix = '') {
  // Every object of the format is closed but for extensions (see `closed` in src/data/pay-band.ts).
  if (node.properties)
    Object.assign(node, { patternProperties: { [EXTENSION_PATTERN]: {} }, additionalProperties: false });
  const key = path.slice(prefix.length).replace(/^\./, '');
  if (path.startsWith(prefix) && key && Object.hasOwn(table, key)) {
    node.description = table[key];
    used.add(`${prefix}|${key}`);
  }
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const childPath = path ? `${path}.${name}` : name;
    describe(child, childPath, used, table, prefix);
    // The fields of a pay band are described the same wherever it is.
    if (name === 'pay') describe(child, childPath, used, PAY_BAND, childPath);
  }
  if (node.items) describe(node.items, `${path}[]`, used, table, prefix);
}

export function ladderJsonSchema(): Node {
  const schema = toJsonSchema(LadderSchema, {
    target: 'draft-07',
    // JSON has no NaN or Infinity, so "finite" needs no counterpart; each "check" carries its own.
    ignoreActions: ['finite', 'check'],
  }) as Node;
  const used = new Set<string>();
  describe(schema, '', used, DESCRIPTIONS);
  const unused = Object.keys(DESCRIPTIONS).filter((key) => !used.has(`|${key}`));
  const unusedPay = Object.keys(PAY_BAND).filter((key) => !used.has(`pay|${key}`));
  if (unused.length || unusedPay.length) {
    throw new Error(
      `descriptions of no field: ${[...unused, ...unusedPay.map((key) => `pay.${key}`)].join(', ')}`,
    );
  }
  return { $schema: schema.$schema, title: 'Career ladder', description: LADDER, ...schema };
}

// The sheet layout of a ladder document: its columns, how a heading names one, and how a
// competency's heading carries its group and levels. read-sheet.ts reads a sheet by it and
// write-sheet.ts writes one; docs/sheet-layout.md is the reference for users.
//
// The choices, made so that a format-2 ladder goes to a sheet and back unchanged:
// - One row per role, in the ladder's order. Tiers and tracks are named in the rows of their
//   roles and come in the order they first appear; their ids, descriptions (and a track's shared
//   responsibilities and requirements) are given once, in any row of theirs.
// - The ladder's own title, id, description and pay band are columns too ("Ladder", "Ladder id",
//   "Ladder pay min"…), given once in any row: a template gives them in its first row. A row
//   holding nothing but them is no role.
// - A competency is a column headed `Competency: Group / Name (levels: A, B, C)`: the group and the
//   levels are optional, and `(Scale: A, B, C)` instead of `(levels: …)` names a scale that
//   other competencies may share. The levels, lowest first, are declared there so that a cell
//   naming a level that is not one of them is a problem, not a new level.
// - A competency cell with levels names the level on its first line (or `Level: text` on it),
//   then what is expected, one text a line; an empty first line is an expectation of text only.
//   Without levels, every line is a text.
// - Lists are one item per line within a cell; ids are derived from names where none is given.
// - A column headed `x-…` is a role's own field (an extension), kept as text.

/** The fields of a pay band, in the schema's order, with the last words of their column headings. */
export const PAY_FIELDS = [
  ['min', 'min'],
  ['max', 'max'],
  ['currency', 'currency'],
  ['period', 'period'],
  ['kind', 'kind'],
  ['source', 'source'],
  ['asOf', 'as of'],
  ['location', 'location'],
  ['note', 'note'],
] as const;

export type PayField = (typeof PAY_FIELDS)[number][0];

/** What a column holds: `role.…`, `tier.…`, `track.…` or `ladder.…` fields, pay bands as `….pay.min`. */
export interface Column {
  /** Where its cells go, e.g. `role.summary`, `tier.description`, `role.pay.min`, `ladder.title`. */
  field: string;
  /** Its heading as the layout writes it. */
  heading: string;
  /** Other headings read as this one. */
  aliases?: readonly string[];
  /** One item a line. */
  list?: boolean;
}

const payColumns = (owner: 'role' | 'ladder', prefix: string): Column[] =>
  PAY_FIELDS.map(([field, words]) => ({
    field: `${owner}.pay.${field}`,
    heading: `${prefix} ${words}`,
    aliases:
      owner === 'role'
        ? {
            min: ['Min pay', 'Minimum pay', 'Pay minimum', 'Salary min', 'Min salary', 'Minimum salary'],
            max: ['Max pay', 'Maximum pay', 'Pay maximum', 'Salary max', 'Max salary', 'Maximum salary'],
            currency: ['Currency'],
            period: ['Period', 'Pay per'],
            kind: [],
            source: [],
            asOf: ['As of', 'Pay date'],
            location: ['Location'],
            note: [],
          }[field]
        : [],
  }));

/** Every column of the layout but the competencies' and the extensions', in the order a sheet is written. */
export const COLUMNS: readonly Column[] = [
  { field: 'role.title', heading: 'Title', aliases: ['Role', 'Role title', 'Job title'] },
  { field: 'role.id', heading: 'Id', aliases: ['Role id'] },
  { field: 'role.abbreviation', heading: 'Abbreviation', aliases: ['Abbr', 'Short title'] },
  // "Level" is what many companies call a tier; a competency's levels are in its own heading.
  { field: 'role.tier', heading: 'Tier', aliases: ['Level', 'Tier name'] },
  { field: 'tier.id', heading: 'Tier id', aliases: ['Level id'] },
  { field: 'tier.description', heading: 'Tier description', aliases: ['Level description'] },
  { field: 'role.track', heading: 'Track', aliases: ['Career track', 'Track name'] },
  { field: 'track.id', heading: 'Track id' },
  { field: 'track.description', heading: 'Track description' },
  { field: 'track.responsibilities', heading: 'Track responsibilities', list: true },
  { field: 'track.requirements', heading: 'Track requirements', list: true },
  { field: 'role.summary', heading: 'Summary', aliases: ['Description', 'Role description'] },
  { field: 'role.responsibilities', heading: 'Responsibilities', list: true },
  { field: 'role.requirements', heading: 'Requirements', list: true, aliases: ['Promotion requirements'] },
  { field: 'role.next', heading: 'Next', list: true, aliases: ['Next roles', 'Promoted to', 'Next steps'] },
  { field: 'role.lateral', heading: 'Lateral', list: true, aliases: ['Lateral moves', 'Sideways moves'] },
  { field: 'role.reportsTo', heading: 'Reports to', list: true, aliases: ['Manager'] },
  ...payColumns('role', 'Pay'),
  { field: 'ladder.title', heading: 'Ladder', aliases: ['Ladder title'] },
  { field: 'ladder.id', heading: 'Ladder id' },
  { field: 'ladder.description', heading: 'Ladder description' },
  ...payColumns('ladder', 'Ladder pay'),
];

/** A heading as it is matched: without regard to case, spaces or punctuation ("Pay min" = "pay_MIN"). */
export const headingKey = (heading: string): string => heading.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The columns by every key their headings have. */
export const COLUMNS_BY_KEY: ReadonlyMap<string, Column> = new Map(
  COLUMNS.flatMap((column) =>
    [column.heading, ...(column.aliases ?? [])].map((heading) => [headingKey(heading), column] as const),
  ),
);

export const columnOf = (field: string): Column => COLUMNS.find((column) => column.field === field)!;

/**
 * The id a name gives where no id is written: lowercase letters and digits in words joined by
 * hyphens, accents dropped ("Système design" → "systeme-design"); empty for a name of neither.
 */
export const idFrom = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The lines of a cell, each trimmed, without the empty ones: a list's items. */
export const linesOf = (cell: string): string[] =>
  cell
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** A competency as its column heading gives it. */
export interface CompetencyHeading {
  name: string;
  group?: string;
  /** Its levels' names, lowest first: its own, or with `scale`, those of that shared scale. */
  levels?: string[];
  /** The name of the scale it is rated by. */
  scale?: string;
}

const COMPETENCY = /^\s*competency\s*:\s*/i;

/** Whether a heading is a competency's: it starts with "Competency:". */
export const isCompetencyHeading = (heading: string): boolean => COMPETENCY.test(heading);

/** The word in a competency's heading that says its levels are its own, not a scale's. */
const OWN_LEVELS = 'levels';

/**
 * Reads `Competency: Group / Name (levels: A, B)` or `(Scale: A, B)`; the group and the levels
 * are optional. A heading that names no competency is a message.
 */
export function readCompetencyHeading(heading: string): CompetencyHeading | string {
  let rest = heading.replace(COMPETENCY, '').trim();
  const found: CompetencyHeading = { name: '' };
  const levels = /\(([^():]+):([^()]*)\)$/.exec(rest);
  if (levels) {
    const scale = levels[1]!.trim();
    const names = levels[2]!
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    if (!names.length) return `lists no levels after "${scale}:"; write them like (levels: Adopts, Masters)`;
    found.levels = names;
    if (scale.toLowerCase() !== OWN_LEVELS) found.scale = scale;
    rest = rest.slice(0, levels.index).trim();
  }
  const slash = rest.indexOf(' / ');
  if (slash !== -1) {
    found.group = rest.slice(0, slash).trim();
    rest = rest.slice(slash + 3).trim();
  }
  found.name = rest;
  if (!found.name) return 'names no competency; write it like "Competency: Group / Name (levels: A, B)"';
  return found;
}

/** The heading of a competency's column: what readCompetencyHeading reads back. */
export function competencyHeading({ name, group, levels, scale }: CompetencyHeading): string {
  const rated = levels ? ` (${scale ?? OWN_LEVELS}: ${levels.join(', ')})` : '';
  return `Competency: ${group ? `${group} / ` : ''}${name}${rated}`;
}

/** Where a problem is, as the spreadsheet shows it. */
export interface Place {
  /** The row as the spreadsheet numbers it: the heading is row 1. */
  row: number;
  /** The column's heading, as written. */
  column?: string;
  /** The column's letter, for a column without a heading. */
  letter?: string;
  /** The line within the cell, for an item of a list in a cell of several lines. */
  line?: number;
}

/** `row 5, column "Pay min"`, `row 5, column F`, `row 5, column "Next", line 2`. */
export function describePlace({ row, column, letter, line }: Place): string {
  const named =
    column !== undefined ? `, column "${column}"` : letter !== undefined ? `, column ${letter}` : '';
  return `row ${row}${named}${line ? `, line ${line}` : ''}`;
}

import type { PathKey } from '../data/validate.js';
import type { Ladder } from '../data/schema.js';
import { writeCsv, type Separator } from './csv.js';
import { COLUMNS, competencyHeading, PAY_FIELDS, type CompetencyHeading } from './layout.js';
import { readSheet } from './read-sheet.js';

// A ladder document as a sheet in the layout of layout.ts, and in plain words what of it the
// sheet cannot hold. What it says is found by reading the sheet back and comparing, so that
// nothing is lost without a word: an empty `dropped` means the sheet reads back as the ladder.

export interface WrittenSheet {
  /** The CSV text: the headings in row 1, then one row per role. */
  text: string;
  /** Each field of the ladder the sheet does not hold, or holds differently, in plain words. */
  dropped: string[];
}

type Json = Record<string, unknown>;

/** Writes a validated ladder as a sheet (CSV, comma-separated unless told otherwise). */
export function writeSheet(ladder: Ladder, separator: Separator = ','): WrittenSheet {
  const text = writeCsv(sheetRows(ladder), separator);
  const back = readSheet(text);
  if (!back.ok) {
    const problems = back.errors.map(({ path, message }) => `${path ? `${path}: ` : ''}${message}`);
    return {
      text,
      dropped: [`the whole ladder: the sheet does not read back as one (${problems.join('; ')})`],
    };
  }
  const dropped: string[] = [];
  compare(ladder, back.ladder, [], ladder, dropped);
  return { text, dropped };
}

/** The rows of the sheet: the headings, then a row per role; what is given once is in the first row of its own. */
export function sheetRows(ladder: Ladder): string[][] {
  const levelsOf = (competency: NonNullable<Ladder['competencies']>[number]): CompetencyHeading => {
    const heading: CompetencyHeading = { name: competency.name };
    if (competency.group !== undefined) heading.group = competency.group;
    const scale = ladder.scales?.find(({ id }) => id === competency.scale);
    const levels = competency.levels ?? scale?.levels;
    if (levels) heading.levels = levels.map(({ name }) => name);
    if (!competency.levels && scale) heading.scale = scale.name;
    return heading;
  };
  const competencies = ladder.competencies ?? [];
  const extensions = [
    ...new Set(
      ladder.roles.flatMap((role) =>
        Object.entries(role)
          .filter(([key, value]) => key.startsWith('x-') && typeof value === 'string')
          .map(([key]) => key),
      ),
    ),
  ];
  const roleColumns = COLUMNS.filter((column) => !column.field.startsWith('ladder.'));
  const ladderColumns = COLUMNS.filter((column) => column.field.startsWith('ladder.'));
  const headings = [
    ...roleColumns.map((column) => column.heading),
    ...competencies.map((competency) => competencyHeading(levelsOf(competency))),
    ...extensions,
    ...ladderColumns.map((column) => column.heading),
  ];

  const lines = (items: readonly string[] | undefined) => (items ?? []).join('\n');
  const payCells = (band: Ladder['pay']) =>
    Object.fromEntries(PAY_FIELDS.map(([key]) => [key, band?.[key] === undefined ? '' : String(band[key])]));
  const tierOf = new Map(ladder.tiers.map((tier) => [tier.id, tier]));
  const trackOf = new Map((ladder.tracks ?? []).map((track) => [track.id, track]));
  const seen = new Set<string>();

  const rows = ladder.roles.map((role, i) => {
    const tier = tierOf.get(role.tier);
    const track = role.track === undefined ? undefined : trackOf.get(role.track);
    // A tier's or a track's own fields are written in the row of its first role.
    const firstOfTier = !seen.has(`tier:${role.tier}`);
    const firstOfTrack = role.track !== undefined && !seen.has(`track:${role.track}`);
    seen.add(`tier:${role.tier}`).add(`track:${role.track}`);
    const pay = payCells(role.pay);
    const ladderPay = payCells(i === 0 ? ladder.pay : undefined);
    const cells: Record<string, string> = {
      'role.title': role.title,
      'role.id': role.id,
      'role.abbreviation': role.abbreviation ?? '',
      'role.tier': tier?.name ?? role.tier,
      'tier.id': firstOfTier ? role.tier : '',
      'tier.description': firstOfTier ? (tier?.description ?? '') : '',
      'role.track': track?.name ?? role.track ?? '',
      'track.id': firstOfTrack ? (role.track ?? '') : '',
      'track.description': firstOfTrack ? (track?.description ?? '') : '',
      'track.responsibilities': firstOfTrack ? lines(track?.responsibilities) : '',
      'track.requirements': firstOfTrack ? lines(track?.requirements) : '',
      'role.summary': role.summary ?? '',
      'role.responsibilities': lines(role.responsibilities),
      'role.requirements': lines(role.requirements),
      'role.next': lines(role.next),
      'role.lateral': lines(role.lateral),
      'role.reportsTo': typeof role.reportsTo === 'string' ? role.reportsTo : lines(role.reportsTo),
      'ladder.title': i === 0 ? ladder.title : '',
      'ladder.id': i === 0 ? ladder.id : '',
      'ladder.description': i === 0 ? (ladder.description ?? '') : '',
    };
    for (const [key] of PAY_FIELDS) {
      cells[`role.pay.${key}`] = pay[key]!;
      cells[`ladder.pay.${key}`] = ladderPay[key]!;
    }
    const expectation = (competency: (typeof competencies)[number]) => {
      const found = role.expectations?.find((candidate) => candidate.competency === competency.id);
      if (!found) return '';
      const rated = levelsOf(competency).levels !== undefined;
      const levels = competency.levels ?? ladder.scales?.find(({ id }) => id === competency.scale)?.levels;
      const level = levels?.find(({ id }) => id === found.level)?.name ?? found.level ?? '';
      // With levels, the first line is the level, empty for a text alone.
      return [...(rated ? [level] : []), ...(found.text ?? [])].join('\n');
    };
    const own = role as Record<string, unknown>;
    return [
      ...roleColumns.map((column) => cells[column.field]!),
      ...competencies.map(expectation),
      ...extensions.map((key) => (typeof own[key] === 'string' ? (own[key] as string) : '')),
      ...ladderColumns.map((column) => cells[column.field]!),
    ];
  });
  return [headings, ...rows];
}

/** Lists whose items are matched by id, not by position, with why an item of them is not read back. */
const BY_ID: Record<string, string> = {
  tiers: 'a sheet names a tier in the rows of its roles, and no role is in it',
  tracks: 'a sheet names a track in the rows of its roles, and no role is on it',
  scales: 'no competency is rated by it',
  competencies: 'its id is not the one its name gives, which the sheet reads back',
  levels: 'its id is not the one its name gives, which the sheet reads back',
};

/** Writes down, in plain words, where `after` (the sheet read back) differs from `before`. */
function compare(before: unknown, after: unknown, keys: PathKey[], ladder: Ladder, out: string[]): void {
  if (before === after) return;
  const what = () => describe(keys, ladder);
  if (after === undefined) {
    const list = keys[keys.length - 2];
    const reason =
      typeof keys[keys.length - 1] === 'number' && typeof list === 'string' ? BY_ID[list] : undefined;
    out.push(reason ? `${what()} (${reason})` : what());
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const ids = before.every(
      (item) => typeof item === 'object' && item !== null && typeof item.id === 'string',
    );
    if (ids && before.length) {
      const index = new Map(after.map((item: Json, j) => [item.id, j]));
      before.forEach((item: Json, i) => {
        const j = index.get(item.id);
        compare(item, j === undefined ? undefined : after[j], [...keys, i], ladder, out);
      });
      const kept = before.map((item: Json) => item.id).filter((id) => index.has(id));
      const order = after.map((item: Json) => item.id).filter((id) => kept.includes(id));
      if (kept.join('\n') !== order.join('\n')) {
        out.push(`the order of ${describe(keys, ladder)} (read back in the order the rows first name them)`);
      }
      return;
    }
    if (before.length === after.length) {
      before.forEach((item, i) => compare(item, after[i], [...keys, i], ladder, out));
    } else {
      const texts = before.every((item) => typeof item === 'string');
      out.push(
        texts
          ? `${what()} (an item holds a line break, or is empty, and reads back as ${after.length} items, not ${before.length})`
          : `${what()} (reads back as ${after.length}, not ${before.length})`,
      );
    }
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(before)) compare(before[key], after[key], [...keys, key], ladder, out);
    for (const key of Object.keys(after)) {
      if (!(key in before))
        out.push(`${describe([...keys, key], ladder)} (read back, though the ladder has none)`);
    }
    return;
  }
  out.push(`${what()} (read back as ${JSON.stringify(after)}, not ${JSON.stringify(before)})`);
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What each list holds, for naming one of its items. */
const NOUNS: Record<string, string> = {
  tiers: 'tier',
  tracks: 'track',
  roles: 'role',
  competencies: 'competency',
  scales: 'scale',
  levels: 'level',
  sources: 'source',
};

/** A field's name in words: `reportsTo` → "reports to". */
const words = (key: string) => key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);

/**
 * The plain words for a place in a ladder: `['roles', 2, 'pay', 'note']` is `the note of the pay
 * of role "product-lead"`; an item with an id is named by it.
 */
function describe(keys: readonly PathKey[], ladder: Ladder): string {
  let owner = 'the ladder';
  let value: unknown = ladder;
  let field: string | undefined;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const next: unknown = (value as Record<PathKey, unknown> | undefined)?.[key];
    if (typeof key === 'number') {
      const list = field ?? '';
      const item = next as Json | undefined;
      if (list === 'expectations' && item)
        owner = `the expectation in "${String(item.competency)}" of ${owner}`;
      else if (NOUNS[list] && typeof item?.id === 'string') {
        owner = `${NOUNS[list]} "${item.id}"${k > 1 ? ` of ${owner}` : ''}`;
      } else owner = `item ${key + 1} of the ${words(list)} of ${owner}`;
      field = undefined;
    } else {
      if (field !== undefined) owner = `the ${words(field)} of ${owner}`;
      field = key;
    }
    value = next;
  }
  return field === undefined ? owner : `the ${words(field)} of ${owner}`;
}

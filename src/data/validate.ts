import * as v from 'valibot';
import { bandOrderErrors } from './pay-band.js';
import { listIds, type LadderError, type LadderResult, type LadderWarning } from './problems.js';
import { reportingLines } from '../internal/roles.js';
import { EXTENSION_PATTERN, LadderSchema, type Ladder } from './schema.js';

// Written where pages that load no validator find them (problems.ts, pay-band.ts) or with the rest
// of the band's rules (pay-band-details.ts); the public API has them here, as it always had.
export { listIds, type LadderError, type LadderResult, type LadderWarning } from './problems.js';
export { type PayBandResult } from './pay-band.js';
export { validatePayBand } from './pay-band-details.js';

export type PathKey = string | number;

/** A name that reads plainly in a path (`roles[2].x-grade`); any other is quoted (`pay[""]`). */
const PLAIN_NAME = /^[$A-Za-z_][\w$-]*$/;

/** `roles[3].pay.min`, from the keys that lead there. */
export function formatPath(keys: readonly PathKey[]): string {
  return keys
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : !PLAIN_NAME.test(key)
          ? `[${JSON.stringify(key)}]`
          : i === 0
            ? key
            : `.${key}`,
    )
    .join('');
}

export function shapeErrors(issues: readonly v.BaseIssue<unknown>[]): LadderError[] {
  return issues.map((issue) => ({
    path: formatPath((issue.path ?? []).map((item) => item.key as PathKey)),
    message: issue.message,
  }));
}

/**
 * The largest ladder document the elements take, in characters of its text (for a URL, in bytes
 * as sent): 4 MiB, ten times a ladder of 10,000 roles with pay, so that a wrong URL serving a
 * huge file cannot freeze the page.
 */
export const MAX_DOCUMENT_SIZE = 4 * 1024 * 1024;

/** A document past the limit: `size` is its size, or with `cut`, the bytes read when reading stopped. */
export function tooLarge(size: number, cut = false): LadderResult {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const limit = `more than the ${mb(MAX_DOCUMENT_SIZE)} a ladder document may be`;
  return {
    ok: false,
    errors: [
      {
        path: '',
        message: cut ? `is ${limit} (reading stopped at ${mb(size)})` : `is ${mb(size)}, ${limit}`,
      },
    ],
  };
}

/** A document with more problems than this lists the first ones and counts the rest. */
export const MAX_REPORTED_ERRORS = 50;

export function capped(errors: LadderError[], what = 'problems'): LadderError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  const noun = rest === 1 ? what.replace(/s$/, '') : what;
  return [...errors.slice(0, MAX_REPORTED_ERRORS), { path: '', message: `…and ${rest} more ${noun}` }];
}

/** Where the `j`th role a role reports to is written: `reportsTo` itself when it is one id. */
const reportsToAt = (role: Ladder['roles'][number], i: number, j: number): PathKey[] =>
  typeof role.reportsTo === 'string' ? ['roles', i, 'reportsTo'] : ['roles', i, 'reportsTo', j];

/**
 * The checks a schema cannot express: unique ids, references that resolve, levels that belong to
 * their competency, min ≤ max, days the calendar has, no circle of promotions or of reporting
 * lines (lateral moves may go both ways).
 */
function referenceErrors(ladder: Ladder): LadderError[] {
  const errors: LadderError[] = [];
  const add = (keys: PathKey[], message: string) => errors.push({ path: formatPath(keys), message });

  /** Ids by their first index; a repeat is reported where it repeats. */
  const indexIds = (items: readonly { id: string }[], keys: PathKey[], noun: string, within = '') => {
    const index = new Map<string, number>();
    items.forEach((item, i) => {
      const first = index.get(item.id);
      if (first === undefined) index.set(item.id, i);
      else
        add(
          [...keys, i, 'id'],
          `"${item.id}" is used by ${formatPath([...keys, first])} too; ${noun} ids must be unique${within}`,
        );
    });
    return index;
  };
  const tiers = indexIds(ladder.tiers, ['tiers'], 'tier');
  const tracks = indexIds(ladder.tracks ?? [], ['tracks'], 'track');
  const roles = indexIds(ladder.roles, ['roles'], 'role');
  const scales = indexIds(ladder.scales ?? [], ['scales'], 'scale');
  const competencies = indexIds(ladder.competencies ?? [], ['competencies'], 'competency');

  /** Reports `id` at `keys` unless `index` (the tiers, tracks, roles…) has it. */
  const resolve = (
    keys: PathKey[],
    id: string,
    index: Map<string, number>,
    noun: string,
    plural = `${noun}s`,
  ) => {
    if (index.has(id)) return;
    const known = index.size
      ? `${plural} are ${listIds([...index.keys()])}`
      : `the ladder defines no ${plural}`;
    add(keys, `"${id}" is not a ${noun} id; ${known}`);
  };

  ladder.scales?.forEach((scale, i) =>
    indexIds(scale.levels, ['scales', i, 'levels'], 'level', ' within a scale'),
  );
  /** The levels each competency is rated by, its own or its scale's, by competency id. */
  const levelsOf = new Map<string, readonly { id: string }[]>();
  ladder.competencies?.forEach((competency, i) => {
    if (competency.levels) {
      indexIds(competency.levels, ['competencies', i, 'levels'], 'level', ' within a competency');
      if (competency.scale !== undefined) {
        add(
          ['competencies', i, 'scale'],
          `is given with levels of its own; a competency takes its levels or a scale, not both`,
        );
      }
    } else if (competency.scale !== undefined && !scales.has(competency.scale)) {
      resolve(['competencies', i, 'scale'], competency.scale, scales, 'scale');
      // Its expectations' levels cannot be checked against a scale that is not there.
      return;
    }
    const scale = ladder.scales?.[scales.get(competency.scale ?? '') ?? -1];
    if (!levelsOf.has(competency.id)) levelsOf.set(competency.id, competency.levels ?? scale?.levels ?? []);
  });

  /** A date the pattern lets through that the calendar does not have (2023-02-30). */
  const calendar = (value: string | undefined, keys: PathKey[]) => {
    const [year, month, day] = (value ?? '').split('-').map(Number);
    const days = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
    if (day !== undefined && day > days) {
      add(keys, `"${value}" is not a day of the calendar: ${value!.slice(0, 7)} has ${days} days`);
    }
  };
  calendar(ladder.pay?.asOf, ['pay', 'asOf']);
  ladder.sources?.forEach((source, i) => calendar(source.date, ['sources', i, 'date']));

  errors.push(...bandOrderErrors(ladder.pay, formatPath(['pay', 'min'])));

  ladder.roles.forEach((role, i) => {
    const at = (...keys: PathKey[]) => ['roles', i, ...keys];
    resolve(at('tier'), role.tier, tiers, 'tier');
    if (role.track !== undefined) resolve(at('track'), role.track, tracks, 'track');

    /** Role ids of one field: each listed once, each a role, none this role itself. */
    const links = (
      field: string,
      ids: readonly string[],
      where: (j: number) => PathKey[],
      self: string,
      seen = new Map<string, string>(),
    ) =>
      ids.forEach((id, j) => {
        const before = seen.get(id);
        if (before) add(where(j), `"${id}" is listed ${before === field ? 'twice' : `in ${before} too`}`);
        else if (id === role.id) add(where(j), self);
        else resolve(where(j), id, roles, 'role');
        seen.set(id, field);
      });
    if (role.next || role.lateral) {
      const moves = new Map<string, string>();
      links('next', role.next ?? [], (j) => at('next', j), 'a role cannot be promoted to itself', moves);
      links(
        'lateral',
        role.lateral ?? [],
        (j) => at('lateral', j),
        'a role cannot move sideways to itself',
        moves,
      );
    }
    links(
      'reportsTo',
      reportingLines(role),
      (j) => reportsToAt(role, i, j),
      'a role cannot report to itself',
    );
    calendar(role.pay?.asOf, at('pay', 'asOf'));
    errors.push(...bandOrderErrors(role.pay, formatPath(at('pay', 'min'))));

    const rated = role.expectations && new Map<string, number>();
    role.expectations?.forEach((expectation, j) => {
      const { competency } = expectation;
      const before = rated!.get(competency);
      if (before !== undefined) {
        add(
          at('expectations', j, 'competency'),
          `"${competency}" has an expectation at ${formatPath(at('expectations', before))} already; give one per competency`,
        );
        return;
      }
      rated!.set(competency, j);
      if (!competencies.has(competency)) {
        resolve(at('expectations', j, 'competency'), competency, competencies, 'competency', 'competencies');
        return;
      }
      const levels = levelsOf.get(competency);
      if (!levels) return;
      const level = expectation.level;
      if (level === undefined || levels.some((candidate) => candidate.id === level)) return;
      add(
        at('expectations', j, 'level'),
        levels.length
          ? `"${level}" is not a level of "${competency}"; its levels are ${listIds(levels.map((candidate) => candidate.id))}`
          : `"${level}" is not a level of "${competency}", which has no levels; give what is expected as text`,
      );
    });
  });

  errors.push(
    ...cycleErrors(
      ladder,
      roles,
      // A role promoted to itself is reported above, once.
      (role, i) =>
        (role.next ?? []).flatMap((to, j) => (to === role.id ? [] : [{ to, keys: ['roles', i, 'next', j] }])),
      (to, loop) =>
        `"${to}" leads back in a circle (${loop}); next links must lead up the ladder (a move both ways is lateral)`,
    ),
    ...cycleErrors(
      ladder,
      roles,
      // A role reporting to itself is reported above, once.
      (role, i) =>
        reportingLines(role).flatMap((to, j) =>
          to === role.id ? [] : [{ to, keys: reportsToAt(role, i, j) }],
        ),
      (to, loop) => `"${to}" closes a circle of reporting lines (${loop}); someone must be at the top`,
    ),
  );
  return errors;
}

type Link = { to: string; keys: PathKey[] };

/** A link (promotion or reporting line) that closes a loop is reported once, where it closes it. */
function cycleErrors(
  ladder: Ladder,
  roles: Map<string, number>,
  links: (role: Ladder['roles'][number], index: number) => Link[],
  message: (to: string, loop: string) => string,
): LadderError[] {
  const errors: LadderError[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];

  // Iterative depth-first search, so a ladder of any length cannot overflow the stack.
  for (const start of ladder.roles) {
    if (state.has(start.id)) continue;
    const stack: { id: string; links: Link[]; edge: number }[] = [];
    const enter = (id: string) => {
      const index = roles.get(id)!;
      state.set(id, 'open');
      trail.push(id);
      stack.push({ id, links: links(ladder.roles[index]!, index), edge: 0 });
    };
    enter(start.id);
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      if (frame.edge >= frame.links.length) {
        state.set(frame.id, 'done');
        trail.pop();
        stack.pop();
        continue;
      }
      const link = frame.links[frame.edge++]!;
      if (!roles.has(link.to)) continue;
      const seen = state.get(link.to);
      if (seen === 'open') {
        const loop = [...trail.slice(trail.indexOf(link.to)), link.to].join(' → ');
        errors.push({ path: formatPath(link.keys), message: message(link.to, loop) });
      } else if (seen === undefined) {
        enter(link.to);
      }
    }
  }
  return errors;
}

/** The edits (one letter added, dropped, changed, or two swapped) from one name to another. */
function distance(a: string, b: string): number {
  // Optimal string alignment: three rows, as a swap looks two letters back.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, before[j - 2]! + 1);
      }
    }
    [before, previous] = [previous, row];
  }
  return previous[b.length]!;
}

/**
 * The known name an unknown one most likely meant: the same but for case, or a few letters off.
 * Also the sheet layout's, for a column heading it does not know (src/sheet/).
 */
export function nearName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let fewest = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const edits = candidate.toLowerCase() === lower ? 0 : distance(lower, candidate.toLowerCase());
    if (edits < fewest) [best, fewest] = [candidate, edits];
  }
  return best;
}

type Schema = { type: string; entries?: v.ObjectEntries; wrapped?: Schema; item?: Schema };

/** What of a value to walk for unknown fields: an object's fields, or a list's items; nothing for text and numbers. */
type Walk = { fields: Map<string, Walk | null>; known: string[] } | { items: Walk };

const walks = new WeakMap<Schema, Walk | null>();

/** The walk of a schema, worked out once: only objects can hold unknown fields. */
function walkOf(schema: Schema): Walk | null {
  while (schema.type === 'optional') schema = schema.wrapped!;
  let walk = walks.get(schema);
  if (walk !== undefined) return walk;
  walk = null;
  if (schema.type === 'array') {
    const items = walkOf(schema.item!);
    if (items) walk = { items };
  } else if (schema.type === 'object') {
    const entries = Object.entries(schema.entries!) as [string, Schema][];
    walk = {
      fields: new Map(entries.map(([key, entry]) => [key, walkOf(entry)])),
      known: entries.map(([key]) => key),
    };
  }
  walks.set(schema, walk);
  return walk;
}

/**
 * Walks a parsed document beside its input, along the schema: each field of the input that the
 * schema does not name is a warning, except an extension (`x-…`), which is copied to the output.
 * So no field a user wrote is dropped without a word. One list of keys is pushed and popped
 * along the walk: a ladder of 1,000 roles holds tens of thousands of fields.
 */
function unknownFields(
  walk: Walk,
  input: unknown,
  output: unknown,
  keys: PathKey[],
  warnings: LadderWarning[],
): void {
  if ('items' in walk) {
    if (!Array.isArray(input)) return;
    for (let i = 0; i < input.length; i++) {
      keys.push(i);
      unknownFields(walk.items, input[i], (output as unknown[] | undefined)?.[i], keys, warnings);
      keys.pop();
    }
    return;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
  for (const key of Object.keys(input)) {
    const value = (input as Record<string, unknown>)[key];
    const field = walk.fields.get(key);
    keys.push(key);
    if (field)
      unknownFields(field, value, (output as Record<string, unknown> | undefined)?.[key], keys, warnings);
    else if (field === null) {
      // A known field of text, numbers or ids: nothing in it to walk.
    } else if (EXTENSION.test(key)) {
      if (typeof output === 'object' && output !== null) (output as Record<string, unknown>)[key] = value;
    } else {
      const near = nearName(key, walk.known);
      warnings.push({
        path: formatPath(keys),
        message: near
          ? `unknown field; did you mean "${near}"?`
          : `unknown field, not shown; the fields here are ${walk.known.join(', ')} (your own fields start with "x-")`,
      });
    }
    keys.pop();
  }
}

const EXTENSION = new RegExp(EXTENSION_PATTERN);

/**
 * Checks an untrusted value as a ladder document. The ladder it returns is a fresh copy holding
 * the known fields and the extensions (`x-…`), so keys such as `__proto__` in the input never
 * reach the elements; each other field is a warning.
 */
export function validateLadder(input: unknown): LadderResult {
  const parsed = v.safeParse(LadderSchema, input);
  const warnings: LadderWarning[] = [];
  const output = parsed.success ? parsed.output : undefined;
  unknownFields(walkOf(LadderSchema as Schema)!, input, output, [], warnings);
  const errors = parsed.success ? referenceErrors(parsed.output) : shapeErrors(parsed.issues);
  // A refused document lists its unknown fields too: "titel" beside "title: is required".
  if (errors.length) return { ok: false, errors: capped([...errors, ...warnings]) };
  return { ok: true, ladder: output!, warnings: capped(warnings, 'unknown fields') };
}

/** Parses the text of a ladder document (from a file, a URL or an inline script) and validates it. */
export function parseLadder(json: string): LadderResult {
  if (json.length > MAX_DOCUMENT_SIZE) return tooLarge(json.length);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: `is not valid JSON: ${reason}` }] };
  }
  return validateLadder(value);
}

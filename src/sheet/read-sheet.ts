import { listIds, type LadderError, type LadderResult } from '../data/problems.js';
import {
  capped,
  formatPath,
  MAX_DOCUMENT_SIZE,
  nearName,
  tooLarge,
  validateLadder,
  type PathKey,
} from '../data/validate.js';
import { columnLetter, parseCsv, type Table } from './csv.js';
import {
  COLUMNS_BY_KEY,
  columnOf,
  describePlace,
  headingKey,
  idFrom,
  isCompetencyHeading,
  linesOf,
  PAY_FIELDS,
  readCompetencyHeading,
  type Column,
  type CompetencyHeading,
  type Place,
} from './layout.js';

// A ladder from a sheet in the layout of layout.ts: the document is built from the cells, then
// checked by the same validator as a JSON document, and every problem, the validator's too, is
// said where the spreadsheet shows it (`row 5, column "Pay min"`): the LadderError's `path` is that
// place, not a path in the document, which the sheet's author never sees.

type Json = Record<string, unknown>;

/** A problem with its place, and the order of that place in the sheet, to list them row by row. */
interface Located {
  error: LadderError;
  order: number;
}

/** What a column of the sheet is read as. */
type Reading =
  | { kind: 'field'; column: Column }
  | { kind: 'competency'; competency: number }
  | { kind: 'extension'; key: string }
  | { kind: 'none' };

/** A tier or a track, as the rows of its roles give it. */
interface Group {
  item: Json;
  /** Where each of its fields was given first: its name, id, description… */
  given: Map<string, { value: unknown; place: Place }>;
  /** How many roles are in it. */
  roles: number;
}

const ROW_SIZE = 100_000;

/**
 * Whether a text is no sheet at all but a binary file read as text (a spreadsheet's own .xlsx,
 * an image): it holds a NUL character, or bytes that are no text in the first few thousand.
 */
function isBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const start = text.slice(0, 8192);
  const broken = start.length - start.replace(/\uFFFD/g, '').length;
  return broken > 8 && broken > start.length / 100;
}

/** A failure of the whole sheet, said of no one place. */
const whole = (message: string): LadderResult => ({ ok: false, errors: [{ path: '', message }] });

/**
 * Reads the text of a CSV file in the sheet layout (docs/sheet-layout.md) as a ladder document:
 * the same result as `parseLadder`, every problem and warning located by row and column. It
 * never throws.
 */
export function readSheet(text: string): LadderResult {
  if (text.length > MAX_DOCUMENT_SIZE) return tooLarge(text.length);
  if (isBinary(text)) {
    return whole(
      'is not a sheet: it holds binary data, not text; save the spreadsheet as CSV (comma-separated values)',
    );
  }
  return readTable(parseCsv(text));
}

/** A ladder document from the cells of a sheet: see readSheet. */
export function readTable(table: Table): LadderResult {
  const { rows } = table;
  const headingRow = rows.findIndex((row) => row.length > 0);
  if (table.problem && headingRow === -1) {
    const { row, column, message } = table.problem;
    return { ok: false, errors: [{ path: describePlace({ row, letter: columnLetter(column) }), message }] };
  }
  if (headingRow === -1) {
    return whole('is an empty sheet; its first row names the columns, like "Title", "Tier" and "Ladder"');
  }
  const headings = rows[headingRow]!.map((heading) => heading.trim());
  const headingNumber = headingRow + 1;

  const problems: Located[] = [];
  const warnings: Located[] = [];
  /** Where each path of the document was written, for the validator's problems. */
  const places = new Map<string, Place>();
  /** Paths already said to be wrong, whose problems the validator would only repeat. */
  const said = new Set<string>();
  /** Fields of every role that a missing column leaves out, said once for the sheet. */
  const missing = new Set<string>();

  /** The order of a place: row by row, and within a row, column by column, those the sheet lacks last. */
  const order = (place: Place | undefined) => {
    if (!place) return 0;
    const index = place.column === undefined ? -1 : headings.indexOf(place.column);
    return place.row * ROW_SIZE + (place.column === undefined ? 0 : index === -1 ? ROW_SIZE - 1 : index + 1);
  };
  const report = (list: Located[], place: Place | undefined, message: string, path?: string) => {
    list.push({ error: { path: place ? describePlace(place) : '', message }, order: order(place) });
    if (path !== undefined) said.add(path);
  };
  const problem = (place: Place | undefined, message: string, path?: string) =>
    report(problems, place, message, path);

  /** The place of a cell: its heading when it has one, else its letter. */
  const cell = (row: number, index: number, line?: number): Place => {
    const heading = headings[index];
    const place: Place = heading ? { row, column: heading } : { row, letter: columnLetter(index) };
    if (line) place.line = line;
    return place;
  };

  if (table.problem) {
    const { row, column, message } = table.problem;
    problem(cell(row, column), message);
  }

  // The columns: which field, competency or extension each one is.
  const readings: Reading[] = [];
  const byField = new Map<string, number>();
  const headingCompetencies: { heading: CompetencyHeading; index: number }[] = [];
  const knownHeadings = [...COLUMNS_BY_KEY.keys()];
  headings.forEach((heading, index) => {
    const place = cell(headingNumber, index);
    let reading: Reading = { kind: 'none' };
    if (!heading) {
      // A column without a heading is said to be left out once it has a cell (below).
    } else if (isCompetencyHeading(heading)) {
      const read = readCompetencyHeading(heading);
      if (typeof read === 'string') problem(place, read);
      else {
        reading = { kind: 'competency', competency: headingCompetencies.length };
        headingCompetencies.push({ heading: read, index });
      }
    } else if (heading.startsWith('x-')) {
      reading = { kind: 'extension', key: heading };
    } else {
      const column = COLUMNS_BY_KEY.get(headingKey(heading));
      if (column) {
        const before = byField.get(column.field);
        if (before !== undefined) {
          problem(
            place,
            `is the same column as ${columnLetter(before)} ("${headings[before]}"); give each column once`,
          );
        } else {
          byField.set(column.field, index);
          reading = { kind: 'field', column };
        }
      } else {
        const near = nearName(headingKey(heading), knownHeadings);
        const nearColumn = near === undefined ? undefined : COLUMNS_BY_KEY.get(near);
        report(
          warnings,
          place,
          nearColumn
            ? `unknown column, not read; did you mean "${nearColumn.heading}"?`
            : `unknown column, not read; see the layout's columns in docs/sheet-layout.md (a competency's heading starts with "Competency:", your own fields with "x-")`,
        );
      }
    }
    readings.push(reading);
  });

  // The competencies, their levels and the scales they share, from their headings.
  const competencies: Json[] = [];
  const scales = new Map<string, { scale: Json; heading: string; index: number }>();
  /** Each competency's levels, as [name, id], for reading its cells. */
  const levelsOf: [string, string][][] = [];
  for (const { heading, index } of headingCompetencies) {
    const i = competencies.length;
    const competency: Json = { id: idFrom(heading.name), name: heading.name };
    if (heading.group) competency.group = heading.group;
    const levels = heading.levels?.map((name) => ({ id: idFrom(name), name }));
    if (levels && heading.scale !== undefined) {
      const id = idFrom(heading.scale);
      const shared = scales.get(id);
      const names = levels.map((level) => level.name).join(', ');
      if (!shared) scales.set(id, { scale: { id, name: heading.scale, levels }, heading: names, index });
      else if (shared.heading !== names) {
        problem(
          cell(headingNumber, index),
          `gives the scale "${heading.scale}" the levels ${names}, but column ${columnLetter(shared.index)} gives it ${shared.heading}; a scale has one list of levels`,
          `competencies[${i}].scale`,
        );
      }
      competency.scale = id;
    } else if (levels) competency.levels = levels;
    levelsOf.push((levels ?? []).map((level) => [level.name, level.id]));
    places.set(formatPath(['competencies', i]), cell(headingNumber, index));
    competencies.push(competency);
  }
  [...scales.values()].forEach(({ index }, i) =>
    places.set(formatPath(['scales', i]), cell(headingNumber, index)),
  );

  /** The text of a field's cell in a row, trimmed; '' when the sheet has no such column. */
  const valueOf = (row: readonly string[], field: string) => {
    const index = byField.get(field);
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  /** The place of a field's cell in row `number`, by the layout's heading if the sheet lacks the column. */
  const placeOf = (number: number, field: string, line?: number): Place => {
    const index = byField.get(field);
    const place =
      index === undefined ? { row: number, column: columnOf(field).heading } : cell(number, index);
    if (line) place.line = line;
    return place;
  };

  for (const [field, noun] of [
    ['role.title', 'each role needs a title'],
    ['role.tier', 'each role needs a tier'],
    ['ladder.title', 'the ladder needs a title, given once under it (in the first row of roles, say)'],
  ] as const) {
    if (byField.has(field)) continue;
    const heading = columnOf(field).heading;
    problem({ row: headingNumber }, `has no column "${heading}": ${noun}`);
    missing.add(field);
  }

  // The rows: a role each, and the fields of the ladder, its tiers and its tracks given once.
  const ladder: Json = {};
  const ladderGiven = new Map<string, { value: unknown; place: Place }>();
  const roles: Json[] = [];
  const roleRows: number[] = [];
  const tiers = new Map<string, Group>();
  const tracks = new Map<string, Group>();
  const roleTier: (Group | undefined)[] = [];
  const roleTrack: (Group | undefined)[] = [];
  /** Each role's `next`, `lateral` and `reportsTo` as written, to resolve once every role is known. */
  const links: { field: string; lines: { text: string; line: number }[] }[][] = [];
  const isRoleField = (reading: Reading) =>
    reading.kind !== 'none' && !(reading.kind === 'field' && reading.column.field.startsWith('ladder.'));
  const noHeading = new Set<number>();

  /**
   * Sets a field that is given once for many rows (of the ladder, a tier, a track): the first row
   * that gives it sets it, a later row may repeat it, and a different value is a problem.
   */
  const once = (
    given: Map<string, { value: unknown; place: Place }>,
    target: Json,
    key: string,
    value: unknown,
    place: Place,
    whose: string,
  ) => {
    const before = given.get(key);
    if (!before) {
      given.set(key, { value, place });
      target[key] = value;
    } else if (JSON.stringify(before.value) !== JSON.stringify(value)) {
      problem(
        place,
        `differs from ${describePlace(before.place)}, which gives ${whose} already; give it once, or the same in every row`,
      );
    }
  };

  /** The number a pay cell holds ("90000", "90,000", "90 000", "90.000,50"), or undefined. */
  const amountOf = (text: string): number | undefined => {
    let digits = text.replace(/[\s\u00a0\u202f']/g, '');
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) digits = digits.replace(/,/g, '');
    else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits)) digits = digits.replace(/\./g, '').replace(',', '.');
    else if (/^[+-]?\d+,\d+$/.test(digits)) digits = digits.replace(',', '.');
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(digits)) return undefined;
    return Number(digits);
  };

  /**
   * A pay band from the pay columns of `owner` in a row, or undefined when it gives none. The
   * places of a role's band are those of its row; the ladder's band is where it is first given.
   */
  const payOf = (row: readonly string[], number: number, owner: 'role' | 'ladder', path: PathKey[]) => {
    const band: Json = {};
    const record = owner === 'role' || !ladderGiven.has('pay');
    for (const [key] of PAY_FIELDS) {
      const field = `${owner}.pay.${key}`;
      const text = valueOf(row, field);
      if (record && (text || owner === 'role'))
        places.set(formatPath([...path, key]), placeOf(number, field));
      if (!text) continue;
      if (key === 'min' || key === 'max') {
        const amount = amountOf(text);
        if (amount === undefined) {
          band[key] = text;
          problem(
            placeOf(number, field),
            `"${text}" is not a number; write the amount alone (like 90000), the currency under "${owner === 'role' ? 'Pay' : 'Ladder pay'} currency"`,
            formatPath([...path, key]),
          );
        } else band[key] = amount;
      } else if (key === 'currency') band[key] = text.toUpperCase();
      else if (key === 'period') band[key] = text.toLowerCase();
      else if (key === 'kind') band[key] = text.toLowerCase().replace(/\s+/g, '-');
      else band[key] = text;
    }
    if (!Object.keys(band).length) return undefined;
    const first = PAY_FIELDS.find(([key]) => key in band)![0];
    if (record) places.set(formatPath(path), placeOf(number, `${owner}.pay.${first}`));
    return band;
  };

  /** The tier or track a role's row names, made on its first row. */
  const groupOf = (
    groups: Map<string, Group>,
    kind: 'tier' | 'track',
    row: readonly string[],
    number: number,
  ): Group | undefined => {
    const name = valueOf(row, `role.${kind}`).replace(/\s+/g, ' ');
    if (!name) {
      // Its id, description… with no name are said to be on no tier (or track).
      for (const field of ['id', 'description', 'responsibilities', 'requirements']) {
        if (valueOf(row, `${kind}.${field}`)) {
          problem(
            placeOf(number, `${kind}.${field}`),
            `is given for no ${kind}: this row names none under "${columnOf(`role.${kind}`).heading}"`,
          );
        }
      }
      return undefined;
    }
    let group = groups.get(name);
    if (!group) {
      group = {
        item: { name },
        given: new Map([['name', { value: name, place: placeOf(number, `role.${kind}`) }]]),
        roles: 0,
      };
      groups.set(name, group);
    }
    group.roles++;
    const whose = `the ${kind} "${name}"`;
    const id = valueOf(row, `${kind}.id`);
    if (id) once(group.given, group.item, 'id', id, placeOf(number, `${kind}.id`), `${whose} its id`);
    const description = valueOf(row, `${kind}.description`);
    if (description) {
      once(
        group.given,
        group.item,
        'description',
        description,
        placeOf(number, `${kind}.description`),
        `${whose} its description`,
      );
    }
    if (kind === 'track') {
      for (const field of ['responsibilities', 'requirements']) {
        const items = linesOf(valueOf(row, `track.${field}`));
        if (items.length)
          once(
            group.given,
            group.item,
            field,
            items,
            placeOf(number, `track.${field}`),
            `${whose} its ${field}`,
          );
      }
    }
    return group;
  };

  for (let r = headingRow + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const number = r + 1;
    if (!row.length) continue;
    for (let c = 0; c < row.length; c++) {
      if (c >= headings.length || !headings[c]) {
        if (row[c]!.trim() && !noHeading.has(c)) {
          noHeading.add(c);
          report(
            warnings,
            cell(number, c),
            'is in a column without a heading, not read; name the column in row 1',
          );
        }
      }
    }

    // The ladder's own fields, in whichever row gives them.
    for (const field of ['title', 'id', 'description']) {
      const value = valueOf(row, `ladder.${field}`);
      if (value)
        once(ladderGiven, ladder, field, value, placeOf(number, `ladder.${field}`), `the ladder's ${field}`);
    }
    const ladderPay = payOf(row, number, 'ladder', ['pay']);
    if (ladderPay) {
      const first = PAY_FIELDS.find(([key]) => key in ladderPay)![0];
      once(
        ladderGiven,
        ladder,
        'pay',
        ladderPay,
        placeOf(number, `ladder.pay.${first}`),
        "the ladder's pay band",
      );
    }

    // A row with nothing but the ladder's fields is no role.
    if (!row.some((text, c) => text.trim() && readings[c] && isRoleField(readings[c]!))) continue;

    const i = roles.length;
    const at = (...keys: PathKey[]) => formatPath(['roles', i, ...keys]);
    const role: Json = {};
    places.set(at(), { row: number });
    roleRows.push(number);

    const title = valueOf(row, 'role.title');
    if (title) role.title = title;
    places.set(at('title'), placeOf(number, 'role.title'));
    const id = valueOf(row, 'role.id');
    if (id) {
      role.id = id;
      places.set(at('id'), placeOf(number, 'role.id'));
    } else if (title) {
      // The id a role's title gives, said at the title, where it comes from.
      role.id = idFrom(title);
      places.set(at('id'), placeOf(number, 'role.title'));
      if (!role.id) {
        problem(
          placeOf(number, 'role.title'),
          `"${title}" gives no id (it has no letters or digits); give the role an id under "Id"`,
          at('id'),
        );
      }
    } else places.set(at('id'), placeOf(number, 'role.id'));

    for (const field of ['abbreviation', 'summary']) {
      const value = valueOf(row, `role.${field}`);
      if (value) role[field] = value;
      places.set(at(field), placeOf(number, `role.${field}`));
    }
    places.set(at('tier'), placeOf(number, 'role.tier'));
    roleTier.push(groupOf(tiers, 'tier', row, number));
    places.set(at('track'), placeOf(number, 'role.track'));
    roleTrack.push(groupOf(tracks, 'track', row, number));

    for (const field of ['responsibilities', 'requirements']) {
      const items = linesOf(valueOf(row, `role.${field}`));
      if (items.length) role[field] = items;
      placeLines(row, number, `role.${field}`, at(field));
    }
    links.push(
      ['next', 'lateral', 'reportsTo'].map((field) => ({
        field,
        lines: numberedLines(valueOf(row, `role.${field}`)),
      })),
    );
    for (const field of ['next', 'lateral', 'reportsTo']) placeLines(row, number, `role.${field}`, at(field));
    const pay = payOf(row, number, 'role', ['roles', i, 'pay']);
    if (pay) role.pay = pay;

    // The expectations, one for each competency cell with something in it.
    const expectations: Json[] = [];
    headingCompetencies.forEach(({ index }, k) => {
      const text = row[index] ?? '';
      if (!text.trim()) return;
      const j = expectations.length;
      const place = cell(number, index);
      const where = (...keys: PathKey[]) => at('expectations', j, ...keys);
      places.set(where(), place);
      const expectation: Json = { competency: competencies[k]!.id };
      const lines = text.split(/\r\n|\r|\n/);
      const levels = levelsOf[k]!;
      let texts = lines;
      if (levels.length) {
        const first = lines[0]!.trim();
        texts = lines.slice(1);
        if (first) {
          const level = findLevel(levels, first);
          const colon = first.indexOf(':');
          const before = colon === -1 ? undefined : findLevel(levels, first.slice(0, colon));
          if (level) expectation.level = level;
          else if (before) {
            expectation.level = before;
            texts = [first.slice(colon + 1), ...texts];
          } else {
            const names = levels.map(([name]) => name);
            const near = nearName(first, names);
            problem(
              place,
              `"${first}" is not a level of ${competencies[k]!.name}; ${near ? `did you mean "${near}"? ` : ''}its levels are ${listIds(names)} (the first line of a cell names the level; leave it empty for a text alone)`,
              where(),
            );
            return;
          }
        }
      }
      const items = texts.map((line) => line.trim()).filter(Boolean);
      if (items.length) expectation.text = items;
      expectations.push(expectation);
    });
    if (expectations.length) role.expectations = expectations;

    readings.forEach((reading, c) => {
      if (reading.kind !== 'extension') return;
      const value = (row[c] ?? '').trim();
      if (value) role[reading.key] = value;
    });
    roles.push(role);
  }

  /** The lines of a cell with their numbers within it, for the places of a list's items. */
  function numberedLines(text: string) {
    return text
      .split(/\r\n|\r|\n/)
      .map((line, n) => ({ text: line.trim(), line: n + 1 }))
      .filter((line) => line.text);
  }
  /** Records where each item of a list cell is: its line, when the cell has several. */
  function placeLines(row: readonly string[], number: number, field: string, path: string) {
    places.set(path, placeOf(number, field));
    const lines = numberedLines(valueOf(row, field));
    if (lines.length < 2) return;
    lines.forEach(({ line }, j) => places.set(`${path}[${j}]`, placeOf(number, field, line)));
  }

  // Tiers and tracks in the order they first appear, ids from their names where none is given.
  const groupList = (groups: Map<string, Group>, kind: 'tier' | 'track', key: string) =>
    [...groups.values()].map((group, k) => {
      const name = group.given.get('name')!;
      const id = group.given.get('id');
      if (!id) group.item.id = idFrom(group.item.name as string);
      const path = (field?: string) => formatPath(field ? [key, k, field] : [key, k]);
      places.set(path(), name.place);
      places.set(path('name'), name.place);
      places.set(path('id'), (id ?? name).place);
      for (const [field, { place }] of group.given)
        if (field !== 'name' && field !== 'id') places.set(path(field), place);
      if (!group.item.id) {
        problem(
          name.place,
          `"${group.item.name}" gives no id (it has no letters or digits); give the ${kind} an id under "${columnOf(`${kind}.id`).heading}"`,
          path('id'),
        );
      }
      // A name in one row alone that is a few letters off another is likely a slip of the keyboard,
      // unless that row gives the group an id of its own: then it is a group on purpose.
      if (group.roles === 1 && groups.size > 1 && !id) {
        const others = [...groups.keys()].filter(
          (other) =>
            other !== group.item.name &&
            groups.get(other)!.roles > 1 &&
            sameDigits(other, group.item.name as string),
        );
        const near = nearName(group.item.name as string, others);
        if (near)
          report(
            warnings,
            name.place,
            `"${group.item.name}" is a ${kind} of this role alone; did you mean "${near}"?`,
          );
      }
      return { id: group.item.id, ...group.item };
    });
  const tierList = groupList(tiers, 'tier', 'tiers');
  const trackList = groupList(tracks, 'track', 'tracks');

  // Links to other roles, by id or by title, resolved now that every role is known.
  const ids = new Set(roles.map((role) => role.id));
  const byTitle = new Map<string, string | null>();
  for (const role of roles) {
    if (typeof role.title !== 'string') continue;
    const key = role.title.toLowerCase().replace(/\s+/g, ' ');
    byTitle.set(key, byTitle.has(key) ? null : (role.id as string));
  }
  const resolve = (text: string) =>
    ids.has(text) ? text : (byTitle.get(text.toLowerCase().replace(/\s+/g, ' ')) ?? text);
  roles.forEach((role, i) => {
    if (roleTier[i]) role.tier = roleTier[i]!.item.id;
    if (roleTrack[i]) role.track = roleTrack[i]!.item.id;
    for (const { field, lines } of links[i]!) {
      if (!lines.length) continue;
      const targets = lines.map((line) => resolve(line.text));
      role[field] = field === 'reportsTo' && targets.length === 1 ? targets[0] : targets;
    }
  });

  // The document, in the order of the format's fields.
  const document: Json = {};
  if (ladder.id !== undefined) document.id = ladder.id;
  else if (typeof ladder.title === 'string') document.id = idFrom(ladder.title);
  const titlePlace = ladderGiven.get('title')?.place;
  const firstRow = roleRows[0] ?? headingNumber + 1;
  places.set('title', titlePlace ?? placeOf(firstRow, 'ladder.title'));
  places.set('id', ladderGiven.get('id')?.place ?? titlePlace ?? placeOf(firstRow, 'ladder.id'));
  if (ladder.title !== undefined) document.title = ladder.title;
  if (ladder.description !== undefined) document.description = ladder.description;
  places.set('description', ladderGiven.get('description')?.place ?? placeOf(firstRow, 'ladder.description'));
  document.tiers = tierList;
  if (trackList.length) document.tracks = trackList;
  document.roles = roles.map((role) => orderRole(role));
  if (competencies.length) document.competencies = competencies;
  if (scales.size) document.scales = [...scales.values()].map(({ scale }) => scale);
  if (ladder.pay !== undefined) {
    document.pay = ladder.pay;
    places.set('pay', ladderGiven.get('pay')!.place);
  }
  if (!roles.length && !problems.length) {
    problem({ row: headingNumber + 1 }, 'is where the roles start, one a row, but the sheet has none');
  }

  // The validator's problems, each at the cell it comes from.
  const result = validateLadder(document);
  const locate = (path: string): Place | undefined => {
    for (let key = path; ;) {
      const place = places.get(key);
      if (place) return place;
      const shorter = key.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '');
      if (shorter === key || !shorter) return undefined;
      key = shorter;
    }
  };
  const isSaid = (path: string) => {
    for (const before of said)
      if (path === before || path.startsWith(`${before}.`) || path.startsWith(`${before}[`)) return true;
    const field = /^roles\[\d+\]\.(title|tier)$/.exec(path)?.[1];
    if (field && missing.has(`role.${field}`)) return true;
    if (/^roles\[\d+\]\.id$/.test(path) && missing.has('role.title')) return true;
    return (path === 'title' || path === 'id') && missing.has('ladder.title');
  };
  /** Paths in a message (`roles[2]`, `tiers[1]`) as the places they stand for. */
  const placed = (message: string) =>
    message.replace(
      /\b(?:roles|tiers|tracks|competencies|scales)\[\d+\](?:\.[A-Za-z_$][\w$-]*|\[\d+\])*/g,
      (path) => {
        const place = locate(path);
        return place ? describePlace(place) : path;
      },
    );
  if (!result.ok) {
    for (const error of result.errors) {
      if (!error.path && error.message.startsWith('…and ')) continue;
      if (isSaid(error.path)) continue;
      const place = error.path ? locate(error.path) : undefined;
      // A field of a column the sheet lacks: say so, the column's name being the layout's.
      const lacking =
        place?.column !== undefined && !headings.includes(place.column)
          ? `; the sheet has no column "${place.column}"`
          : '';
      problems.push({
        error: { path: place ? describePlace(place) : error.path, message: placed(error.message) + lacking },
        order: order(place),
      });
    }
  }
  const sorted = (list: Located[]) => list.sort((a, b) => a.order - b.order).map(({ error }) => error);
  if (problems.length || !result.ok)
    return { ok: false, errors: capped([...sorted(problems), ...sorted(warnings)]) };
  return { ok: true, ladder: result.ladder, warnings: capped(sorted(warnings), 'warnings') };
}

/** The id of the level a cell's line names, by its name (any case) or its id. */
function findLevel(levels: readonly [string, string][], text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  return levels.find(([name, id]) => name.toLowerCase() === wanted || id === wanted)?.[1];
}

/** Whether two names hold the same digits: "Level 1" and "Level 2" are two tiers, not a slip. */
const sameDigits = (a: string, b: string) => a.replace(/\D/g, '') === b.replace(/\D/g, '');

const ROLE_ORDER = [
  'id',
  'title',
  'abbreviation',
  'tier',
  'track',
  'summary',
  'responsibilities',
  'requirements',
  'next',
  'lateral',
  'reportsTo',
  'pay',
  'expectations',
];

/** A role's fields in the format's order, its extensions after them. */
function orderRole(role: Json): Json {
  const ordered: Json = {};
  for (const key of ROLE_ORDER) if (role[key] !== undefined) ordered[key] = role[key];
  for (const key of Object.keys(role)) if (!(key in ordered)) ordered[key] = role[key];
  return ordered;
}

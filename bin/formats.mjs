// The three ways a ladder document is written, for the command line: JSON, YAML and the sheet
// layout as CSV. Each is read into the same result as parseLadder's, every problem and warning
// located where its author sees it: line and column for JSON and YAML, row and column for a sheet.
// YAML goes through the `yaml` package, which the command line and the demo's playground use: the
// elements read JSON and CSV only. Each located problem also carries `at`, its place as numbers
// (`line`, `column`, and `offset` in the text), for an editor to mark it.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, visit } from 'yaml';

export const FORMATS = ['json', 'yaml', 'csv'];

/** The format a file's name says (`.json`, `.yaml`/`.yml`, `.csv`), or undefined. */
export function formatOfName(file) {
  const extension = /\.([a-z]+)$/i.exec(file ?? '')?.[1]?.toLowerCase();
  return { json: 'json', yaml: 'yaml', yml: 'yaml', csv: 'csv' }[extension];
}

/**
 * The format of a text whose name says none (standard input): JSON when it opens with `{`, YAML
 * when its first line is a `key:` (or `---`, or a comment), otherwise a sheet.
 */
export function sniffFormat(text) {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (/^(---|#|[\w$"'-][^,;\t\n]*:(\s|$))/.test(start)) return 'yaml';
  return 'csv';
}

/** The keys of a validator's path: `roles[3]["x y"].pay` → roles, 3, x y, pay. */
function keysOf(path) {
  const keys = [];
  for (const [, name, index, quoted] of path.matchAll(
    /\.?([$A-Za-z_][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g,
  )) {
    keys.push(index !== undefined ? Number(index) : quoted !== undefined ? JSON.parse(quoted) : name);
  }
  return keys;
}

/**
 * Where a path of the document is written in the text that `document` was parsed from: the
 * value it names, or the name of the field that holds it, or else the nearest place above it
 * that is written (an object missing a required field).
 */
function positionOf(document, lineCounter, path) {
  let node = document.contents;
  let at = node;
  for (const key of keysOf(path)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) break;
      // An unknown field is best shown at its name; a wrong value, at itself.
      at = pair.value ?? pair.key;
      node = pair.value;
      if (!isScalar(pair.value) && pair.key?.range) at = pair.key;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
      node = node.items[key];
      at = node;
    } else break;
  }
  const offset = at?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col, offset, end: at.range[1] };
}

const place = ({ line, column }) => `line ${line}, column ${column}`;

/**
 * The problems and warnings of a JSON or YAML document with their lines and columns:
 * `line 12, column 9 (roles[3].pay.min)`. The text is parsed again as YAML, which reads JSON too,
 * only when there is something to locate.
 */
function located(result, text) {
  const problems = result.ok ? result.warnings : result.errors;
  if (!problems.some(({ path }) => path)) return result;
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const locate = (problem) => {
    if (!problem.path) return problem;
    const position = positionOf(document, lineCounter, problem.path);
    return position ? { ...problem, path: `${place(position)} (${problem.path})`, at: position } : problem;
  };
  return result.ok
    ? { ...result, warnings: result.warnings.map(locate) }
    : { ...result, errors: result.errors.map(locate) };
}

/** The line and column of a character of a text, counted from 1. */
function positionAt(text, offset) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1, offset };
}

/** The character at a line and column of a text (both from 1), as its offset. */
function offsetAt(text, line, column) {
  let offset = 0;
  for (let at = 1; at < line; at++) {
    const next = text.slice(offset).search(/\r\n|\r|\n/);
    if (next === -1) return text.length;
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  return Math.min(offset + column - 1, text.length);
}

/**
 * Reads a ladder document in `format`: `{ result, value }`, `result` as parseLadder's with each
 * problem located, and `value` the document as written (for a lossless conversion of JSON and
 * YAML, unknown fields and all), when it parses.
 *
 * @param {string} text
 * @param {'json' | 'yaml' | 'csv'} format
 * @param {{ parseLadder: Function, validateLadder: Function, MAX_DOCUMENT_SIZE: number }} library
 * @param {{ readSheet: Function }} sheet
 */
export function readDocument(text, format, library, sheet) {
  if (format === 'csv') return { result: sheet.readSheet(text) };
  if (format === 'json') {
    const result = library.parseLadder(text);
    if (
      !result.ok &&
      result.errors.length === 1 &&
      result.errors[0].message.startsWith('is not valid JSON')
    ) {
      // Node and Chromium say where JSON.parse stopped as a character's position, Firefox as a
      // line and column, or none says: then the place is that of the first error the YAML
      // parser finds.
      const said = result.errors[0].message;
      const offset = /position (\d+)/.exec(said)?.[1];
      const [, line, column] = /at line (\d+) column (\d+)/.exec(said) ?? [];
      const linePos =
        offset === undefined && line === undefined
          ? parseDocument(text, { uniqueKeys: false }).errors[0]?.linePos?.[0]
          : undefined;
      const position =
        offset !== undefined
          ? positionAt(text, Number(offset))
          : line !== undefined
            ? positionAt(text, offsetAt(text, Number(line), Number(column)))
            : linePos && positionAt(text, offsetAt(text, linePos.line, linePos.col));
      const message = said
        .replace(/ \(line \d+ column \d+\)/, '')
        .replace(/ at line \d+ column \d+ of the JSON data/, '')
        .replace(/\s*\n\s*/g, ' ');
      const error = position ? { path: place(position), message, at: position } : { path: '', message };
      return { result: { ok: false, errors: [error] } };
    }
    return { result: located(result, text), value: result.ok ? JSON.parse(text) : undefined };
  }
  if (text.length > library.MAX_DOCUMENT_SIZE) return { result: library.parseLadder(text) };
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length) {
    return {
      result: {
        ok: false,
        errors: document.errors.map((error) => {
          const message = `is not valid YAML: ${error.message.split('\n')[0].replace(/\s*at line \d+, column \d+:?$/, '')}`;
          if (!error.linePos) return { path: '', message };
          const at = positionAt(text, error.pos[0]);
          return { path: place(at), message, at: { ...at, end: error.pos[1] } };
        }),
      },
    };
  }
  let value;
  try {
    // Aliases are followed at most so often, so that a small file cannot expand to a huge one.
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { result: { ok: false, errors: [{ path: '', message: `is not valid YAML: ${error.message}` }] } };
  }
  const result = located(library.validateLadder(value), text);
  return { result, value, comments: hasComments(document) };
}

/** Whether a YAML document holds comments, which JSON and a sheet cannot keep. */
function hasComments(document) {
  let found = Boolean(document.commentBefore || document.comment);
  visit(document, (_, node) => {
    if (node.commentBefore || node.comment) {
      found = true;
      return visit.BREAK;
    }
  });
  return found;
}

/** A document as JSON text, two spaces deep. */
export const toJson = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** A document as YAML text: long texts on one line, and strings that look like numbers or dates quoted. */
export const toYaml = (value) => stringify(value, { lineWidth: 0 });

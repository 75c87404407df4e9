// The playground's reading of a document, off the page's main thread so that typing never waits
// for it: a document in JSON, YAML or the sheet layout (CSV) is read with the library's own
// validator and sheet reader, and the command line's formats (bin/formats.mjs), which locate every
// problem; conversions between the three formats are made here too.
import { MAX_DOCUMENT_SIZE, parseLadder, validateLadder } from '../../dist/data/validate.js';
import { parseCsv, readSheet, writeSheet } from '../../dist/sheet/index.js';
import { parse } from 'yaml';
import { readDocument, toJson, toYaml } from '../../bin/formats.mjs';
import { placeInSheet } from './sheet-places.js';

const library = { MAX_DOCUMENT_SIZE, parseLadder, validateLadder };

/** A problem as the editor marks it: its message, where it is said to be, and its characters. */
function marked(problem, severity, text, format, sheet) {
  const { message, path, at } = problem;
  let range;
  if (at) range = { from: at.offset, to: Math.max(at.offset, Math.min(at.end ?? at.offset, text.length)) };
  else if (format === 'csv' && path) range = placeInSheet(path, text, sheet());
  const line = range ? text.slice(0, range.from).split(/\r\n|\r|\n/).length : undefined;
  return { severity, message, path, line, from: range?.from, to: range?.to };
}

/**
 * Reads a document: `{ ok, ladder, value, problems }`. `ladder` is the validated ladder (when ok),
 * `value` the document as written when it parses, `problems` the errors or the warnings.
 */
function read(text, format) {
  const { result, value } = readDocument(text, format, library, { readSheet });
  // The cells' places, read once and only for a sheet with a problem to mark.
  let table;
  const sheet = () => (table ??= parseCsv(text, undefined, { places: true }));
  const problems = result.ok
    ? result.warnings.map((warning) => marked(warning, 'warning', text, format, sheet))
    : result.errors.map((error) => marked(error, 'error', text, format, sheet));
  return { ok: result.ok, ladder: result.ok ? result.ladder : undefined, value, problems };
}

/** The document as written, for a conversion: JSON and YAML as they parse (problems and all), a sheet as it reads. */
function valueOf(text, format) {
  if (format === 'json') return JSON.parse(text);
  if (format === 'yaml') return parse(text, { maxAliasCount: 100 });
  const result = readSheet(text);
  if (!result.ok) throw new Error('the sheet has problems: fix them first');
  return result.ladder;
}

/** A document in another format: `{ text, dropped }`, what the new format cannot hold said in words. */
function convert(text, from, to) {
  if (from === to) return { text, dropped: [] };
  let value;
  try {
    value = valueOf(text, from);
  } catch (error) {
    return { error: `The ${from.toUpperCase()} does not parse, so it cannot be converted: ${error.message}` };
  }
  const dropped =
    from === 'yaml' && /(^|\s)#/m.test(text) ? ['the comments, which JSON and a sheet cannot keep'] : [];
  if (to === 'json') return { text: toJson(value), dropped };
  if (to === 'yaml') return { text: toYaml(value), dropped: [] };
  const result = validateLadder(value);
  if (!result.ok)
    return { error: 'Only a ladder without problems can be written as a sheet: fix the problems first.' };
  const sheet = writeSheet(result.ladder);
  return { text: sheet.text, dropped: [...dropped, ...sheet.dropped] };
}

self.addEventListener('message', ({ data }) => {
  const { id, type } = data;
  try {
    const answer = type === 'read' ? read(data.text, data.format) : convert(data.text, data.from, data.to);
    self.postMessage({ id, ...answer });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});

#!/usr/bin/env node
// `pm-ladder render`: static HTML of a ladder or of one role, for pages that run no script.
// `pm-ladder check`: the problems of a ladder document, and the fields of it that would not show.
// `pm-ladder convert`: a ladder document from one of JSON, YAML and the sheet layout (CSV) to another.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as formats from './formats.mjs';
import { FORMATS, formatOfName } from './formats.mjs';

const HELP = `Usage: pm-ladder render [ladder.json] [options]
       pm-ladder check <ladder.json>
       pm-ladder convert <ladder.json> --to json|yaml|csv [--out <file>]

Prints the HTML of a career ladder, or of one role of it, that a page shows without any
script: the <pm-ladder> (or <pm-role-card>) element with its shadow root written out as
declarative shadow DOM, styles included, and the ladder document inside it as JSON. Load
pm-ladder.hydrate.bundle.js (in the package's dist folder) on the same page, and the element
takes over that markup and becomes interactive, without drawing it again.

Arguments:
  ladder.json              a ladder document (see schema/ladder.schema.json), as JSON, as
                           YAML (.yaml, .yml) or as a sheet in the layout of
                           docs/sheet-layout.md (.csv); "-" reads it from standard input;
                           without one, the Product Manager career path that ships with
                           the library

Options:
  --role <id>              one role, as <pm-role-card>, instead of the whole ladder
  --current <id>           marks the reader's role "You are here" (ladder only)
  --target <id>            marks the goal, with the path to it from --current (ladder only)
  --locale <tag>           labels, numbers and money in this locale (e.g. de-DE), written on
                           the element and as the page's lang (default: en)
  --heading-level <1-6>    rank of the top heading (default 2 for a ladder, 3 for a role)
  --hide-pay               leaves out the pay bands
  --hide-guidance          leaves out the section on how to advance (ladder only)
  --theme <light|dark|auto>
                           light or dark forces a colour scheme; by default (auto) the
                           element, like the page, follows the reader's
  --out <file>             writes the HTML to <file> instead of standard output
  --fragment               the element alone, to paste into a page, rather than a whole
                           HTML document
  --format <json|yaml|csv> how the document is written, when its name does not say (by
                           default from the name's ending; for standard input, from the text)
  -h, --help               shows this help (pm-ladder check --help and pm-ladder convert
                           --help show theirs)
  -v, --version            shows the version of pm-ladder

pm-ladder check reads a ladder document and prints each problem with where it is, and
each field that the elements would not show (an unknown field, with the name it may
have meant); it writes nothing else.

pm-ladder convert writes a ladder document as JSON, YAML or a sheet (CSV).

A document with mistakes is not rendered: each problem is printed to standard error with
where it is (line and column, e.g. line 40, column 15 (roles[3].tier); in a sheet, row and
column, e.g. row 5, column "Tier"), and nothing is written.

Exit status: 0 when the HTML is written (or the document checked has no problem, though
it may have warnings), 1 when the document or an id in the options is wrong (or the file
cannot be read or written), 2 when the command line is. Warnings go to standard error
and do not stop a render.

Examples:
  npx pm-ladder render --out ladder.html
  npx pm-ladder render our-ladder.json --current product-manager --target product-director
  npx pm-ladder render our-ladder.csv --role senior-product-manager --fragment
  npx pm-ladder check our-ladder.yaml
  npx pm-ladder convert our-ladder.csv --to json --out our-ladder.json
`;

const CHECK_HELP = `Usage: pm-ladder check <ladder> [--format json|yaml|csv]

Reads a ladder document and prints each problem with where it is, and each field that the
elements would not show (an unknown field, with the name it may have meant); it writes
nothing else. Problems and warnings go to standard error, located by line and column in
JSON and YAML (line 40, column 15 (roles[3].tier): …), by row and column in a sheet
(row 5, column "Pay min": "90k" is not a number).

Arguments:
  ladder                   a ladder document: JSON (.json), YAML (.yaml, .yml) or a sheet
                           in the layout of docs/sheet-layout.md (.csv); "-" reads it from
                           standard input

Options:
  --format <json|yaml|csv> how the document is written, when its name does not say
  -h, --help               shows this help

Exit status: 0 when the document can be shown (it may have warnings), 1 when it has
problems or cannot be read, 2 when the command line is wrong.

Examples:
  npx pm-ladder check our-ladder.json
  npx pm-ladder check our-ladder.csv
  cat our-ladder.yaml | npx pm-ladder check - --format yaml
`;

const CONVERT_HELP = `Usage: pm-ladder convert <ladder> --to json|yaml|csv [--out <file>] [--format json|yaml|csv]

Writes a ladder document in another format, once it is checked (a document with problems
is not converted: each is printed, as pm-ladder check prints them). JSON and YAML hold the
same documents: between them nothing is lost, fields unknown to the elements included. A
sheet (the layout of docs/sheet-layout.md) holds roles, tiers, tracks, pay bands and
competency expectations, not everything a document may have: what a conversion to a
sheet leaves out is said on standard error, field by field, and so are YAML comments.

Arguments:
  ladder                   a ladder document: JSON (.json), YAML (.yaml, .yml) or a sheet
                           (.csv); "-" reads it from standard input

Options:
  --to <json|yaml|csv>     the format to write; by default, that of the --out file's name
  --out <file>             writes to <file> instead of standard output
  --format <json|yaml|csv> how the document read is written, when its name does not say
  -h, --help               shows this help

Exit status: 0 when the document is written (something may be left out: see standard
error), 1 when it has problems or a file cannot be read or written, 2 when the command
line is wrong.

Examples:
  npx pm-ladder convert our-ladder.csv --to json --out our-ladder.json
  npx pm-ladder convert our-ladder.json --to yaml > our-ladder.yaml
  npx pm-ladder convert node_modules/pm-ladder/templates/ladder.csv --to yaml
`;

const OPTIONS = {
  role: { type: 'string' },
  current: { type: 'string' },
  target: { type: 'string' },
  locale: { type: 'string' },
  'heading-level': { type: 'string' },
  'hide-pay': { type: 'boolean' },
  'hide-guidance': { type: 'boolean' },
  theme: { type: 'string' },
  out: { type: 'string' },
  fragment: { type: 'boolean' },
  format: { type: 'string' },
  to: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

class UsageError extends Error {}

/** A wrong input (the document, an id, a file): its problems, each with where it is. */
class InputError extends Error {
  constructor(title, problems = []) {
    super(title);
    this.problems = problems;
  }
}

const COMMANDS = ['render', 'check', 'convert'];

/** The options each command other than render takes; render takes all but --to. */
const OWN_OPTIONS = { check: ['format'], convert: ['format', 'to', 'out'] };

/** The render options from the command line, checked as far as they can be without the ladder. */
function readArguments(args) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return { command: positionals[0], values, positionals };
  const [command, ...files] = positionals;
  if (!COMMANDS.includes(command)) {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
  if (files.length > 1) throw new UsageError(`one ladder document at a time, not ${files.length}`);
  if (values.format !== undefined && !FORMATS.includes(values.format)) {
    throw new UsageError(`--format must be json, yaml or csv, not "${values.format}"`);
  }
  if (command !== 'render') {
    if (!files.length) {
      throw new UsageError(`${command} needs a ladder document: pm-ladder ${command} <ladder.json>`);
    }
    const option = Object.keys(values).find((name) => !OWN_OPTIONS[command].includes(name));
    if (option) throw new UsageError(`--${option} is for render, not for ${command}`);
    if (command === 'convert') {
      const to = values.to ?? formatOfName(values.out);
      if (to === undefined) {
        throw new UsageError('convert needs --to json, yaml or csv (or an --out file named so)');
      }
      if (!FORMATS.includes(to)) throw new UsageError(`--to must be json, yaml or csv, not "${to}"`);
      values.to = to;
    }
    return { command, file: files[0], values };
  }
  if (values.to !== undefined) throw new UsageError('--to is for convert, not for render');
  const level = values['heading-level'];
  if (level !== undefined && !/^[1-6]$/.test(level)) {
    throw new UsageError(`--heading-level must be a whole number from 1 to 6, not "${level}"`);
  }
  if (values.theme !== undefined && !['light', 'dark', 'auto'].includes(values.theme)) {
    throw new UsageError(`--theme must be light, dark or auto, not "${values.theme}"`);
  }
  if (values.locale !== undefined) {
    try {
      [values.locale] = Intl.getCanonicalLocales(values.locale);
    } catch {
      throw new UsageError(`--locale "${values.locale}" is not a language tag (such as en, de-DE or pt-BR)`);
    }
  }
  if (values.role !== undefined) {
    const ladderOnly = ['current', 'target', 'hide-guidance'].find((name) => values[name] !== undefined);
    if (ladderOnly) throw new UsageError(`--${ladderOnly} is for a whole ladder, not for one --role`);
  }
  return {
    command,
    file: files[0],
    values,
    options: {
      role: values.role,
      current: values.current,
      target: values.target,
      locale: values.locale,
      headingLevel: level === undefined ? undefined : Number(level),
      hidePay: values['hide-pay'] ?? false,
      hideGuidance: values['hide-guidance'] ?? false,
      theme: values.theme,
      fragment: values.fragment ?? false,
    },
  };
}

/** Where a ladder document comes from, as messages name it. */
const nameOf = (file) => (file === '-' ? 'standard input' : file);

/** Each problem or warning on a line of its own, with where it is. */
const listed = (problems) =>
  problems.map(({ path, message }) => `\n  ${path || 'document'}: ${message}`).join('');

/** Says on standard error what of a document would not show. */
function warn(file, warnings, format) {
  if (!warnings.length) return;
  const what = format === 'csv' ? 'warnings' : 'fields that would not show';
  process.stderr.write(`pm-ladder: ${nameOf(file)} has ${what}:${listed(warnings)}\n`);
}

/**
 * The ladder document of `file` (standard input for "-"), or the default one without a file:
 * `{ ladder, value, format, comments }`, with `value` the document as written, for converting
 * JSON and YAML without loss.
 */
async function readLadder(file, modules, format) {
  if (file === undefined) return { ladder: modules.library.defaultLadder, format: 'json' };
  const name = nameOf(file);
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputError(`${name} could not be read (${error.code ?? error.message})`);
  }
  const as =
    format ??
    (file === '-' ? undefined : modules.formats.formatOfName(file)) ??
    modules.formats.sniffFormat(text);
  const { result, value, comments } = modules.formats.readDocument(text, as, modules.library, modules.sheet);
  if (!result.ok) throw new InputError(`${name} is not a ladder document that can be shown`, result.errors);
  warn(file, result.warnings, as);
  return { ladder: result.ladder, value: value ?? result.ladder, format: as, comments };
}

/** The text of a ladder in another format, and what it leaves out, said on standard error. */
function converted(file, read, to, modules) {
  const { formats, sheet } = modules;
  const left = [];
  if (read.comments && to !== 'yaml') left.push('the comments of the YAML document');
  let output;
  if (to === 'csv') {
    const written = sheet.writeSheet(read.ladder);
    left.push(...written.dropped);
    output = written.text;
  } else output = to === 'json' ? formats.toJson(read.value) : formats.toYaml(read.value);
  if (left.length) {
    process.stderr.write(
      `pm-ladder: the ${to === 'csv' ? 'sheet' : to.toUpperCase()} of ${nameOf(file)} leaves out:${left.map((item) => `\n  ${item}`).join('')}\n`,
    );
  }
  return output;
}

/** Writes `output` to --out, or to standard output. */
function emit(output, out) {
  if (out === undefined) {
    process.stdout.write(output);
    return;
  }
  try {
    writeFileSync(out, output);
  } catch (error) {
    throw new InputError(`${out} could not be written (${error.code ?? error.message})`);
  }
}

/** The ids the options name must be roles of the ladder. */
function checkIds(ladder, options, findRole) {
  const problems = [];
  for (const name of ['role', 'current', 'target']) {
    if (options[name] === undefined) continue;
    const found = findRole(ladder, options[name]);
    if ('error' in found) problems.push({ path: `--${name}`, message: found.error.message });
  }
  if (problems.length) throw new InputError('an option names no role of the ladder', problems);
}

async function main(args) {
  const { command, file, values, options } = readArguments(args);
  if (values.help) {
    process.stdout.write(command === 'check' ? CHECK_HELP : command === 'convert' ? CONVERT_HELP : HELP);
    return;
  }
  if (values.version) {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${version}\n`);
    return;
  }
  let modules;
  try {
    const [library, roles, sheet] = await Promise.all([
      import('../dist/index.js'),
      import('../dist/internal/roles.js'),
      import('../dist/sheet/index.js'),
    ]);
    modules = { library, roles, sheet, formats };
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new InputError('the library is not built: run `npm run build` first');
  }
  const read = await readLadder(file, modules, values.format);
  const { ladder } = read;
  if (command === 'check') {
    process.stdout.write(
      `${nameOf(file)} is a ladder document that can be shown: "${ladder.title}", ${ladder.roles.length} ${ladder.roles.length === 1 ? 'role' : 'roles'}.\n`,
    );
    return;
  }
  if (command === 'convert') {
    emit(converted(file, read, values.to, modules), values.out);
    return;
  }
  checkIds(ladder, options, modules.roles.findRole);
  const { renderStatic } = await import('./render.mjs');
  emit(await renderStatic(ladder, options), values.out);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`pm-ladder: ${error.message}\nRun \`pm-ladder --help\` for the usage.\n`);
    process.exitCode = 2;
  } else if (error instanceof InputError) {
    const lines = listed(error.problems);
    process.stderr.write(`pm-ladder: ${error.message}${lines ? ':' : ''}${lines}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}

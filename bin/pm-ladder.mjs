#!/usr/bin/env node
// `pm-ladder render`: static HTML of a ladder or of one role, for pages that run no script.
// `pm-ladder check`: the problems of a ladder document, and the fields of it that would not show.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const HELP = `Usage: pm-ladder render [ladder.json] [options]
       pm-ladder check <ladder.json>

Prints the HTML of a career ladder, or of one role of it, that a page shows without any
script: the <pm-ladder> (or <pm-role-card>) element with its shadow root written out as
declarative shadow DOM, styles included, and the ladder document inside it as JSON. Load
pm-ladder.hydrate.bundle.js (in the package's dist folder) on the same page, and the element
takes over that markup and becomes interactive, without drawing it again.

Arguments:
  ladder.json              a ladder document (see schema/ladder.schema.json); "-" reads it
                           from standard input; without one, the Product Manager career path
                           that ships with the library

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
  -h, --help               shows this help
  -v, --version            shows the version of pm-ladder

pm-ladder check reads a ladder document and prints each problem with where it is, and
each field that the elements would not show (an unknown field, with the name it may
have meant); it writes nothing else.

A document with mistakes is not rendered: each problem is printed to standard error with
where it is (e.g. roles[3].tier), and nothing is written.

Exit status: 0 when the HTML is written (or the document checked has no problem, though
it may have warnings), 1 when the document or an id in the options is wrong (or the file
cannot be read or written), 2 when the command line is. Warnings go to standard error
and do not stop a render.

Examples:
  npx pm-ladder render --out ladder.html
  npx pm-ladder render our-ladder.json --current product-manager --target product-director
  npx pm-ladder render our-ladder.json --role senior-product-manager --fragment
  npx pm-ladder check our-ladder.json
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

/** The render options from the command line, checked as far as they can be without the ladder. */
function readArguments(args) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return { values, positionals };
  const [command, ...files] = positionals;
  if (command !== 'render' && command !== 'check') {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
  if (files.length > 1) throw new UsageError(`one ladder document at a time, not ${files.length}`);
  if (command === 'check') {
    if (!files.length) throw new UsageError('check needs a ladder document: pm-ladder check <ladder.json>');
    const option = Object.keys(values).find((name) => name !== 'help' && name !== 'version');
    if (option) throw new UsageError(`--${option} is for render, not for check`);
    return { command, file: files[0], values };
  }
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
function warn(file, warnings) {
  if (!warnings.length) return;
  process.stderr.write(`pm-ladder: ${nameOf(file)} has fields that would not show:${listed(warnings)}\n`);
}

/** The validated ladder of `file` (standard input for "-"), or the default one without a file. */
async function readLadder(file, library) {
  if (file === undefined) return library.defaultLadder;
  const name = nameOf(file);
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputError(`${name} could not be read (${error.code ?? error.message})`);
  }
  const result = library.parseLadder(text);
  if (!result.ok) throw new InputError(`${name} is not a ladder document that can be shown`, result.errors);
  warn(file, result.warnings);
  return result.ladder;
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
    process.stdout.write(HELP);
    return;
  }
  if (values.version) {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${version}\n`);
    return;
  }
  let library, roles, renderer;
  try {
    [library, roles, renderer] = await Promise.all([
      import('../dist/index.js'),
      import('../dist/internal/roles.js'),
      import('./render.mjs'),
    ]);
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new InputError('the library is not built: run `npm run build` first');
  }
  const ladder = await readLadder(file, library);
  if (command === 'check') {
    process.stdout.write(
      `${nameOf(file)} is a ladder document that can be shown: "${ladder.title}", ${ladder.roles.length} ${ladder.roles.length === 1 ? 'role' : 'roles'}.\n`,
    );
    return;
  }
  checkIds(ladder, options, roles.findRole);
  const output = await renderer.renderStatic(ladder, options);
  if (values.out === undefined) {
    process.stdout.write(output);
    return;
  }
  try {
    writeFileSync(values.out, output);
  } catch (error) {
    throw new InputError(`${values.out} could not be written (${error.code ?? error.message})`);
  }
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

// The size report and budget of the single-file bundle, the file a wiki page or a CDN link loads.
//
//   npm run size             prints the bundle's sizes and what they are made of; exits 1 over budget
//   npm run size -- --json   the same figures as JSON on stdout
//   npm run size -- --limit N  fails only past N bytes brotli, and reports the budget as a target
//                            (what CI runs while the bundle is over its budget: a regression gate)
//
// Run `npm run build` first: this measures dist/ as built.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rollup } from 'rollup';
import { bundle as config, terserOptions } from '../rollup.config.mjs';
import { brotliSize as brotli, measure } from './compressed-size.mjs';

/** Brotli bytes of the bundle, the figure users pay for when a server or CDN compresses it. */
const BUDGET = 16 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const bundleFile = 'dist/pm-ladder.bundle.js';

// Terser is what @rollup/plugin-terser runs; take the same copy so the pieces are minified alike.
const { minify } = createRequire(import.meta.resolve('@rollup/plugin-terser'))('terser');

/**
 * The pieces of the bundle, each a test on a module's path relative to the project; a module
 * goes to the first piece that claims it, and one that none claims is reported as "other".
 */
const PIECES = [
  { name: 'Lit', test: (path) => /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(path) },
  {
    name: 'pay band check (valibot, schema, currencies)',
    test: (path) =>
      path.includes('node_modules/valibot/') || /^dist\/data\/(pay-band|problems|currencies)\.js$/.test(path),
  },
  { name: 'default dataset', test: (path) => path === 'dist/data/default-ladder.js' },
  {
    name: 'message strings',
    test: (path) => path === 'dist/internal/messages.js' || path.startsWith('dist/locales/'),
  },
  { name: '<pm-ladder> own code', test: (path) => path.startsWith('dist/ladder/') },
  { name: '<pm-role-card> own code', test: (path) => path.startsWith('dist/role-card/') },
  { name: '<pm-salary-range> own code', test: (path) => path.startsWith('dist/salary-range/') },
  {
    name: 'shared base, internals and define',
    test: (path) =>
      path.startsWith('dist/internal/') ||
      path.startsWith('dist/base/') ||
      path.startsWith('dist/data/') ||
      path === 'dist/define.js',
  },
];

const HOW = [
  'How the pieces are measured: the bundle is rebuilt without minifying, from the same rollup.config.mjs,',
  "and each module's code as it stands in the bundle (after tree-shaking) goes to its piece. A piece is",
  'minified with the same terser options (keeping code that only other pieces use) and compressed alone:',
  'that is the "alone" figure. Compression shares a dictionary across the whole file, so pieces alone',
  'add up to more than the bundle; "in bundle" is what the piece adds to all pieces compressed together',
  '(brotli of all of them, less brotli of all but this one): the bytes that dropping it would save.',
];

/** The chunks of the bundle as built, unminified: the entry, then any loaded on demand. */
async function renderedChunks() {
  const plugins = config.plugins.filter((plugin) => plugin.name !== 'terser');
  const build = await rollup({ input: config.input, plugins, onwarn: () => {} });
  try {
    const options = { ...config.output, file: undefined, dir: undefined, sourcemap: false, format: 'es' };
    const { output } = await build.generate(options);
    const chunks = output.filter((item) => item.type === 'chunk');
    const modulesOf = (chunk) =>
      Object.entries(chunk.modules).map(([id, module]) => ({
        path: relative(root, id).split(sep).join('/'),
        code: module.code ?? '',
      }));
    return {
      entry: modulesOf(chunks.find((chunk) => chunk.isEntry)),
      lazy: chunks
        .filter((chunk) => !chunk.isEntry)
        .map((chunk) => ({ name: chunk.fileName, modules: modulesOf(chunk) })),
    };
  } finally {
    await build.close();
  }
}

async function minifyPiece(code) {
  if (!code.trim()) return '';
  const options = { ...terserOptions, compress: { ...terserOptions.compress, unused: false } };
  return (await minify(code, options)).code ?? '';
}

async function breakdown() {
  const { entry, lazy } = await renderedChunks();
  const pieces = [...PIECES, { name: 'other', test: () => true }].map((piece) => ({ ...piece, modules: [] }));
  for (const module of entry) pieces.find((piece) => piece.test(module.path)).modules.push(module);
  const used = pieces.filter((piece) => piece.modules.length > 0);
  for (const piece of used) {
    piece.minified = await minifyPiece(piece.modules.map((module) => module.code).join('\n'));
  }
  const all = (list) => brotli(list.map((piece) => piece.minified).join('\n'));
  const together = all(used);
  return {
    together,
    pieces: used.map((piece) => ({
      name: piece.name,
      modules: piece.modules.map((module) => module.path),
      alone: measure(piece.minified),
      inBundle: together - all(used.filter((other) => other !== piece)),
    })),
    onDemand: await Promise.all(
      lazy.map(async (chunk) => ({
        name: chunk.name,
        modules: chunk.modules.map((module) => module.path),
        // The file the build wrote beside the bundle, minified as it ships.
        size: measure(await readFile(`dist/${chunk.name}`, 'utf8')),
      })),
    ),
  };
}

const number = (value) => value.toLocaleString('en-US');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function printReport(report) {
  const { bundle, budget, pieces, together, onDemand } = report;
  const row = (cells, widths) =>
    cells
      .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
      .join('  ');
  console.log(`${bundleFile}: what a page loads (Lit, the three elements and the default dataset)\n`);
  const head = [28, 9, 8, 8];
  console.log(row(['', 'minified', 'gzip', 'brotli'], head));
  console.log(row(['bundle', number(bundle.min), number(bundle.gzip), number(bundle.brotli)], head));
  console.log(
    `\nbudget: ${number(budget.brotli)} bytes brotli (${kb(budget.brotli)}): ` +
      (budget.ok
        ? `within it, ${number(budget.brotli - bundle.brotli)} bytes to spare`
        : `over it by ${number(bundle.brotli - budget.brotli)} bytes`),
  );
  console.log('\nWhat it is made of, in bytes:\n');
  const widths = [44, 8, 9, 7, 7, 10];
  console.log(row(['piece', 'modules', 'minified', 'gzip', 'brotli', 'in bundle'], widths));
  console.log(row(['', '', 'alone', 'alone', 'alone', 'brotli'], widths));
  for (const piece of pieces) {
    const { min, gzip: zipped, brotli: compressed } = piece.alone;
    console.log(
      row(
        [
          piece.name,
          piece.modules.length,
          number(min),
          number(zipped),
          number(compressed),
          number(piece.inBundle),
        ],
        widths,
      ),
    );
  }
  console.log(row(['all pieces compressed together', '', '', '', number(together), ''], widths));
  if (onDemand.length) {
    console.log('\nLoaded on demand, from files beside the bundle (not in the budget):\n');
    for (const chunk of onDemand) {
      const { min, gzip: zipped, brotli: compressed } = chunk.size;
      console.log(
        row([chunk.name, chunk.modules.length, number(min), number(zipped), number(compressed), ''], widths),
      );
    }
  }
  console.log(`\n${HOW.join('\n')}`);
}

async function main() {
  const { values } = parseArgs({
    options: { json: { type: 'boolean', default: false }, limit: { type: 'string' } },
  });
  process.chdir(root);
  if (!existsSync(bundleFile)) {
    console.error(`size: ${bundleFile} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
  const bundle = measure(await readFile(bundleFile, 'utf8'));
  const budget = { brotli: BUDGET, ok: bundle.brotli <= BUDGET };
  const { pieces, together, onDemand } = await breakdown();
  const report = { file: bundleFile, bundle, budget, pieces, together, onDemand, method: HOW.join(' ') };
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(limit > 0)) {
    console.error(`size: --limit takes a number of bytes, not ${JSON.stringify(values.limit)}.`);
    process.exit(1);
  }
  if (limit !== undefined) {
    const within = bundle.brotli <= limit;
    const target = budget.ok
      ? `within the ${number(BUDGET)}-byte budget`
      : `the ${number(BUDGET)}-byte budget is missed by ${number(bundle.brotli - BUDGET)}`;
    (within ? console.log : console.error)(
      `\nsize: ${within ? 'ok' : 'FAIL'} ${bundleFile} is ${number(bundle.brotli)} bytes brotli, ` +
        `${within ? 'within' : 'past'} the regression limit of ${number(limit)}; ${target}.`,
    );
    if (!within) process.exitCode = 1;
  } else if (!budget.ok) {
    console.error(
      `\nsize: FAIL ${bundleFile} is ${number(bundle.brotli)} bytes brotli, over its budget of ` +
        `${number(BUDGET)} bytes (${kb(BUDGET)}) by ${number(bundle.brotli - BUDGET)}.`,
    );
    process.exitCode = 1;
  } else if (!values.json) {
    console.log(
      `\nsize: ok ${bundleFile} is ${number(bundle.brotli)} bytes brotli, within ${number(BUDGET)}.`,
    );
  }
}

await main();

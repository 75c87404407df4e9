/* global document, window -- page.waitForFunction and evaluateOnNewDocument callbacks run in the browser */
// What a page downloads: the size budgets per kind of page, and what the bundle is made of.
//
// Each kind of page is loaded in headless Chromium from a folder holding the page and the
// production files of dist/ copied beside it, as a wiki page would have them: one script tag for
// pm-ladder.bundle.js, which fetches the files beside it that the page needs. Once the page's
// elements have rendered, every JavaScript file it fetched is measured (brotli at its best
// quality, scripts/compressed-size.mjs) and their sum is held to the page's budget.
//
//   npm run size             prints what the bundle is made of, then each page's files and total
//                            against its budget; exits 1 when a page is over its budget, or when
//                            a page with a `src` fetches the on-demand code only after its document,
//                            or the page with a CSV `src` does not fetch pm-ladder.sheet.js
//   npm run size -- --json   the same figures as JSON on stdout
//
// Run `npm run build` first: this measures dist/ as built.
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rollup } from 'rollup';
import { bundle as config, terserOptions } from '../rollup.config.mjs';
import { findChromium, launchChromium } from './browsers.mjs';
import { brotliSize as brotli, measure } from './compressed-size.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundleFile = 'dist/pm-ladder.bundle.js';
/** The ladder the page with a `src` shows: two tracks, five competencies, levels and a scale. */
const OWN_LADDER = 'demo/ladders/example-engineering.json';
const ownLadderTitle = JSON.parse(readFileSync(new URL(`../${OWN_LADDER}`, import.meta.url), 'utf8')).title;
/** OWN_LADDER as a sheet (written by scripts/templates.mjs), for the page whose `src` is CSV. */
const OWN_SHEET = 'demo/ladders/example-engineering.csv';
/** A role of OWN_LADDER with expectations in every competency: selected, its details show them. */
const OWN_ROLE = 'senior-engineer';

/**
 * The kinds of page and their budgets, in brotli bytes of all the JavaScript the page fetches
 * (the design's "What a page downloads"). `shows` is what the page has rendered once it is
 * ready: the element, a part of its shadow root and, for a document of its own, its title.
 */
const PAGES = [
  {
    id: 'default-ladder',
    name: 'the default <pm-ladder>',
    budget: 20_000,
    body: '<pm-ladder></pm-ladder>',
    shows: { tag: 'pm-ladder', part: 'role' },
  },
  {
    id: 'salary-range',
    name: 'a standalone <pm-salary-range>',
    budget: 20_000,
    body: '<pm-salary-range min="90000" max="120000" currency="USD"></pm-salary-range>',
    shows: { tag: 'pm-salary-range', part: 'range' },
  },
  {
    id: 'own-ladder',
    name: 'an own ladder with competencies from src, a role selected',
    budget: 30_000,
    document: `ladders/${OWN_LADDER.split('/').pop()}`,
    body: `<pm-ladder src="ladders/${OWN_LADDER.split('/').pop()}" selected="${OWN_ROLE}"></pm-ladder>`,
    shows: { tag: 'pm-ladder', part: 'expectations', title: ownLadderTitle },
  },
  {
    id: 'matrix-compare',
    name: 'an own ladder with competencies from src, in matrix view, beside a <pm-role-compare>',
    budget: 30_000,
    document: `ladders/${OWN_LADDER.split('/').pop()}`,
    body: `<pm-ladder src="ladders/${OWN_LADDER.split('/').pop()}" view="matrix"></pm-ladder>
  <pm-role-compare src="ladders/${OWN_LADDER.split('/').pop()}" from="engineer" to="${OWN_ROLE}"></pm-role-compare>`,
    shows: {
      tag: 'pm-ladder',
      part: 'matrix',
      title: ownLadderTitle,
      also: { tag: 'pm-role-compare', part: 'profile' },
    },
    // The design's budget for this page: the page with a ladder of its own above it already
    // takes nearly all of it (the bundle, and pm-ladder.documents.js, which any document of its
    // own needs), and the views come on top. Measured against it and reported, not failed.
    measuredOnly:
      "the design budgets this page at 30,000 B; the page above, a ladder of its own in its ladder view, takes nearly all of it with the bundle and pm-ladder.documents.js, which any document of its own needs (the validator, the reader of `src`), and the matrix, the comparison and its chart come on top, in pm-ladder.views.js: this page is measured against the design's budget, does not fail the check, and the README proposes a budget of its own",
  },
  {
    id: 'own-sheet',
    name: 'an own ladder from a CSV src (the same ladder as a sheet), a role selected',
    budget: 30_000,
    source: OWN_SHEET,
    document: `ladders/${OWN_SHEET.split('/').pop()}`,
    body: `<pm-ladder src="ladders/${OWN_SHEET.split('/').pop()}" selected="${OWN_ROLE}"></pm-ladder>`,
    shows: { tag: 'pm-ladder', part: 'expectations', title: ownLadderTitle },
    sheet: true,
    // The design budgets a page with an own ladder, and says the CSV reader loads on demand, but
    // not whether that page's budget holds the reader too: measured and shown against it, not failed.
    measuredOnly:
      'the design budgets a page with a ladder of its own at 30,000 B and lets the CSV reader load on demand, without saying whether that budget holds the reader; this page is measured against it, and does not fail the check',
  },
];

/**
 * Every response reaches the page this much later, as from a nearby server, so that a request
 * made only once another has ended shows as such: the page with a `src` must ask for the
 * on-demand code while its document is on the way, not after it.
 */
const LATENCY = 50;
/** How long a page may take to render before the check gives up on it. */
const RENDER_TIMEOUT = 10_000;

// Terser is what @rollup/plugin-terser runs; take the same copy so the pieces are minified alike.
const { minify } = createRequire(import.meta.resolve('@rollup/plugin-terser'))('terser');

/**
 * The pieces of the bundle, each a test on a module's path relative to the project; a module
 * goes to the first piece that claims it, and one that none claims is reported as "other".
 */
const PIECES = [
  { name: 'Lit', test: (path) => /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(path) },
  {
    name: 'pay band check (rules, currency codes)',
    test: (path) => /^dist\/data\/(pay-band|problems|currencies)\.js$/.test(path),
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

/** The files a page needs beside it: the bundle and what it loads on demand (not the hydrating bundle). */
const shipped = async () =>
  (await readdir('dist')).filter((name) => /^pm-ladder\.(?!hydrate\.)[\w-]+\.js$/.test(name));

const pageHtml = (kind) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${kind.name.replace(/</g, '&lt;')}</title>
    <link rel="icon" href="data:," />
    <script type="module" src="pm-ladder.bundle.js"></script>
  </head>
  <body>
    ${kind.body}
  </body>
</html>
`;

/** A folder with each kind of page, the production files beside them and OWN_LADDER, served. */
async function site() {
  const folder = await mkdtemp(join(tmpdir(), 'pm-ladder-size-'));
  for (const name of await shipped()) await copyFile(join('dist', name), join(folder, name));
  for (const kind of PAGES) {
    await writeFile(join(folder, `${kind.id}.html`), pageHtml(kind));
    if (kind.document) {
      await mkdir(dirname(join(folder, kind.document)), { recursive: true });
      await copyFile(kind.source ?? OWN_LADDER, join(folder, kind.document));
    }
  }
  const server = await serve(0, { root: folder });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: async () => {
      server.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

async function launch() {
  try {
    return await launchChromium('The size check', { timeout: 20_000, protocolTimeout: 30_000 });
  } catch (error) {
    // No Chromium at all: its own message says what to install.
    if (!findChromium()) throw error;
    throw new Error(`Chromium (${findChromium()}) did not start: ${error.message}`);
  }
}

/** Whether the page's element shows what `shows` names, or has reported a problem. */
function ready(shows) {
  if (window.sizeCheck.errors.length) return true;
  return [shows, ...(shows.also ? [shows.also] : [])].every(({ tag, part, title: wanted }) => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root || root.querySelector('[part~="status"]')?.textContent.trim()) return false;
    const title = root.querySelector('[part~="title"]')?.textContent.trim();
    return Boolean(root.querySelector(`[part~="${part}"]`)) && (!wanted || title === wanted);
  });
}

/** What the page shows and what went wrong on it, for a message when it does not render. */
function state(tag) {
  const root = document.querySelector(tag)?.shadowRoot;
  return {
    defined: Boolean(window.customElements.get(tag)),
    text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160),
    errors: window.sizeCheck.errors,
    loaded: window.sizeCheck.loaded,
  };
}

/**
 * Loads one kind of page in a browser context of its own (nothing cached), waits until it has
 * rendered and the network is quiet, and measures every JavaScript file it fetched.
 */
async function measurePage(browser, origin, kind) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.evaluateOnNewDocument(() => {
      window.sizeCheck = { errors: [], loaded: 0 };
      document.addEventListener(
        'pm-error',
        (event) => window.sizeCheck.errors.push(...event.detail.errors),
        true,
      );
      document.addEventListener('pm-load', () => window.sizeCheck.loaded++, true);
    });
    const cdp = await page.createCDPSession();
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => {
      requests.set(requestId, { requestId, url: request.url, start: timestamp });
    });
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
      Object.assign(requests.get(requestId) ?? {}, {
        type,
        status: response.status,
        mimeType: response.mimeType,
      });
    });
    cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
      Object.assign(requests.get(requestId) ?? {}, { end: timestamp });
    });
    cdp.on('Network.loadingFailed', ({ requestId, timestamp, errorText }) => {
      Object.assign(requests.get(requestId) ?? {}, { end: timestamp, failed: errorText });
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LATENCY,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    const url = `${origin}/${kind.id}.html`;
    await page.goto(url, { waitUntil: 'load', timeout: RENDER_TIMEOUT });
    const rendered = await page
      .waitForFunction(ready, { timeout: RENDER_TIMEOUT, polling: 50 }, kind.shows)
      .then(() => true)
      .catch(() => false);
    const shown = await page.evaluate(state, kind.shows.tag);
    const failed = [...requests.values()]
      .filter((request) => request.failed || request.status >= 400)
      .map((request) => `${new URL(request.url).pathname} (${request.failed ?? request.status})`);
    if (!rendered || shown.errors.length || (kind.document && !shown.loaded)) {
      const why = [
        !rendered && `did not render within ${RENDER_TIMEOUT / 1000} s`,
        !shown.defined && `<${kind.shows.tag}> is not defined`,
        shown.errors.length && `pm-error: ${shown.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
        kind.document && !shown.loaded && 'no pm-load: its document did not show',
        failed.length && `failed requests: ${failed.join(', ')}`,
        ...problems,
        `it shows: "${shown.text}"`,
      ].filter(Boolean);
      throw new Error(`the page showing ${kind.name} (${url}): ${why.join('; ')}`);
    }
    await page.waitForNetworkIdle({ idleTime: 3 * LATENCY, timeout: RENDER_TIMEOUT }).catch(() => {
      throw new Error(`the page showing ${kind.name} was still fetching after ${RENDER_TIMEOUT / 1000} s`);
    });

    const all = [...requests.values()];
    const scripts = all.filter(
      (request) => request.type === 'Script' || /javascript/.test(request.mimeType ?? ''),
    );
    const files = [];
    for (const request of scripts) {
      if (request.failed || request.status >= 400 || request.end === undefined) {
        throw new Error(
          `the page showing ${kind.name}: ${request.url} did not load (${request.failed ?? request.status ?? 'no response'})`,
        );
      }
      const { body, base64Encoded } = await cdp.send('Network.getResponseBody', {
        requestId: request.requestId,
      });
      const bytes = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
      files.push({ file: new URL(request.url).pathname.slice(1), ...measure(bytes) });
    }
    const brotliTotal = files.reduce((sum, file) => sum + file.brotli, 0);
    const result = {
      id: kind.id,
      name: kind.name,
      page: kind.body,
      files,
      brotli: brotliTotal,
      budget: kind.budget,
      ok: brotliTotal <= kind.budget,
      ...(kind.notBuilt ? { notBuilt: kind.notBuilt } : {}),
      ...(kind.measuredOnly ? { measuredOnly: kind.measuredOnly } : {}),
    };
    if (kind.document) result.onDemandRequest = timing(all, kind.document);
    if (kind.sheet) result.sheetRequest = timing(all, kind.document, 'pm-ladder.sheet.js');
    return result;
  } finally {
    await context.close();
  }
}

/**
 * When the on-demand code (the validator, pm-ladder.documents.js, or another `file`) was asked
 * for, against the request of the page's document: in parallel when before the document's
 * response had ended. Times are in milliseconds from the start of the document's request.
 */
function timing(requests, document, file = 'pm-ladder.documents.js') {
  const at = (path) => requests.find((request) => new URL(request.url).pathname === `/${path}`);
  const ladder = at(document);
  const code = at(file);
  if (!ladder || !code) {
    const missing = [!code && file, !ladder && document].filter(Boolean);
    return { file, document, missing, inParallel: false };
  }
  const ms = (seconds) => Math.round((seconds - ladder.start) * 1000);
  return {
    file,
    document,
    requestedAt: ms(code.start),
    documentEndedAt: ms(ladder.end),
    inParallel: code.start < ladder.end,
  };
}

async function measurePages() {
  const served = await site();
  let browser;
  try {
    browser = await launch();
    // Each page in a browser context of its own, all at once: they share nothing but the server.
    const pages = await Promise.all(PAGES.map((kind) => measurePage(browser, served.origin, kind)));
    return { browser: await browser.version(), pages };
  } finally {
    await browser?.close();
    await served.close();
  }
}

const number = (value) => value.toLocaleString('en-US');

const row = (cells, widths) =>
  cells
    .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
    .join('  ');

function printBreakdown(report) {
  const { bundle, pieces, together, onDemand } = report;
  console.log(`${bundleFile}: Lit, the three elements and the default dataset\n`);
  const head = [28, 9, 8, 8];
  console.log(row(['', 'minified', 'gzip', 'brotli'], head));
  console.log(row(['bundle', number(bundle.min), number(bundle.gzip), number(bundle.brotli)], head));
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
    console.log('\nLoaded on demand, from files beside the bundle (counted on the pages that fetch them):\n');
    for (const chunk of onDemand) {
      const { min, gzip: zipped, brotli: compressed } = chunk.size;
      console.log(
        row([chunk.name, chunk.modules.length, number(min), number(zipped), number(compressed), ''], widths),
      );
    }
  }
  console.log(`\n${HOW.join('\n')}`);
}

const verdict = (page) =>
  page.ok
    ? `ok, ${number(page.budget - page.brotli)} to spare`
    : `OVER by ${number(page.brotli - page.budget)}`;

/** `text` in lines of at most 100 characters, each after `indent`. */
const wrap = (text, indent) =>
  text
    .split(' ')
    .reduce((lines, word) => {
      const last = lines.at(-1);
      if (last && indent.length + last.length + 1 + word.length <= 100) {
        lines[lines.length - 1] = `${last} ${word}`;
      } else {
        lines.push(word);
      }
      return lines;
    }, [])
    .map((line) => indent + line)
    .join('\n');

/** "1 ms after" or "2 ms before". */
const offset = (ms) => `${Math.abs(ms)} ms ${ms < 0 ? 'before' : 'after'}`;

function printPages({ browser, pages }) {
  console.log(
    `\nWhat a page downloads: each kind of page loaded in ${browser} with the files of dist/ beside`,
  );
  console.log(
    `it, every response ${LATENCY} ms late as from a nearby server, nothing cached; each JavaScript`,
  );
  console.log('file the page fetched, in bytes:');
  const widths = [44, 9, 8];
  for (const page of pages) {
    console.log(`\n${page.name}\n  ${page.page}`);
    console.log(row(['', 'minified', 'brotli'], widths));
    for (const file of page.files) {
      console.log(row([`  ${file.file}`, number(file.min), number(file.brotli)], widths));
    }
    console.log(
      `${row(['  total', '', number(page.brotli)], widths)}  budget ${number(page.budget)}: ${verdict(page)}`,
    );
    const code = page.onDemandRequest;
    if (code) {
      console.log(
        code.requestedAt === undefined
          ? `  ${code.missing.join(' and ')}: not requested, FAIL`
          : `  ${code.file} requested ${offset(code.requestedAt)} the request for ${code.document},\n` +
              `  whose response ended ${code.documentEndedAt} ms after it: ${code.inParallel ? 'in parallel, ok' : 'in series, FAIL'}`,
      );
    }
    const sheet = page.sheetRequest;
    if (sheet) {
      // Asked for by pm-ladder.documents.js, so after it; by the path alone, before the sheet has arrived.
      console.log(
        sheet.requestedAt === undefined
          ? `  ${sheet.missing.join(' and ')}: not requested, FAIL`
          : `  ${sheet.file} requested ${offset(sheet.requestedAt)} the request for ${sheet.document} (${sheet.inParallel ? 'while it was on its way' : 'once it had arrived'})`,
      );
    }
    if (page.notBuilt) console.log(wrap(`Not built yet: ${page.notBuilt}.`, '  '));
    if (page.measuredOnly) console.log(wrap(`Measured only: ${page.measuredOnly}.`, '  '));
  }
}

/** What fails the check: a page over its budget, or fetching the on-demand code in series. */
function failures(pages) {
  const found = [];
  for (const page of pages) {
    if (!page.ok && !page.measuredOnly) {
      found.push(
        `${page.name}: the page fetches ${number(page.brotli)} bytes brotli of JavaScript, ` +
          `over its budget of ${number(page.budget)} by ${number(page.brotli - page.budget)}`,
      );
    }
    if (page.sheetRequest?.requestedAt === undefined && page.sheetRequest) {
      found.push(`${page.name}: the page did not request ${page.sheetRequest.missing.join(' or ')}`);
    }
    const code = page.onDemandRequest;
    if (code && !code.inParallel) {
      found.push(
        code.requestedAt === undefined
          ? `${page.name}: the page did not request ${code.missing.join(' or ')}`
          : `${page.name}: the page requested ${code.file} only after ${code.document} had arrived ` +
              `(${code.requestedAt} ms after its request, which ended at ${code.documentEndedAt} ms): ` +
              'two round trips in series',
      );
    }
  }
  return found;
}

async function main() {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  process.chdir(root);
  if (!existsSync(bundleFile)) {
    console.error(`size: ${bundleFile} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
  // A backstop: every wait has its own timeout, but a browser that hangs must not hang CI.
  const watchdog = setTimeout(() => {
    console.error('size: gave up after 90 s: Chromium did not answer.');
    process.exit(1);
  }, 90_000);
  watchdog.unref();
  let measured;
  try {
    measured = await measurePages();
  } catch (error) {
    console.error(`size: ${error.message}`);
    process.exit(1);
  }
  const { pieces, together, onDemand } = await breakdown();
  const bundle = measure(await readFile(bundleFile, 'utf8'));
  const report = {
    browser: measured.browser,
    latency: LATENCY,
    pages: measured.pages,
    file: bundleFile,
    bundle,
    pieces,
    together,
    onDemand,
    method: HOW.join(' '),
  };
  const failed = failures(measured.pages);
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    printBreakdown(report);
    printPages(measured);
    const over = measured.pages.filter((page) => page.measuredOnly && !page.ok);
    if (!failed.length) {
      console.log(
        over.length
          ? `\nsize: ok, every page held to its budget within it; over it, measured only: ${over.map((page) => page.name).join('; ')}.`
          : `\nsize: ok, every page within its budget.`,
      );
    }
  }
  if (failed.length && !values.json) console.error('');
  for (const failure of failed) console.error(`size: FAIL ${failure}.`);
  if (failed.length) process.exitCode = 1;
}

await main();

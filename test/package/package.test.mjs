/* global document, customElements -- page.evaluate callbacks run in the browser */
// pm-ladder as npm publishes it: packs the tarball, installs it into a fresh project (its
// dependencies from the registry) and uses it there as a user would. Node imports every entry
// point, each in a process of its own (test/package/consumer.mjs), TypeScript typechecks a user's
// file against the shipped types, and headless Chromium renders the four elements from the bundle
// (alone, loaded twice, beside another copy of Lit) and from the unbundled modules through an
// import map.
//
//   npm run test:package     run `npm run build` first: this packs dist/ as built
//
// A check that needs what an earlier one makes (the tarball, the installed project) is skipped
// when that one failed. The lines marked ℹ say what a check found.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { availableParallelism, constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../../scripts/browsers.mjs';
import { serve } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const consumer = fileURLToPath(new URL('consumer.mjs', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const TAGS = ['pm-ladder', 'pm-role-card', 'pm-role-compare', 'pm-salary-range'];
const ELEMENT_FOLDERS = ['ladder', 'role-card', 'salary-range'];

/** What each element shows with the default dataset, on the pages below. */
const EXPECTED = {
  'pm-ladder': ['Chief Product Officer', 'Associate Product Manager'],
  'pm-role-card': ['Senior Engineer', 'Specializes, 2 of 2'],
  'pm-salary-range': ['$77,000', '$200,000'],
  'pm-role-compare': ['From Product Manager to Product Lead / Principal Product Manager'],
};
/** A ladder of its own with competencies: the card loads the validator and the view of them on demand. */
const OWN_LADDER = JSON.stringify({
  id: 'own',
  title: 'Our ladder',
  tiers: [{ id: 'senior', name: 'Senior' }],
  competencies: [
    {
      id: 'design',
      name: 'Design',
      levels: [
        { id: 'adopts', name: 'Adopts' },
        { id: 'specializes', name: 'Specializes' },
      ],
    },
  ],
  roles: [
    {
      id: 'senior-engineer',
      title: 'Senior Engineer',
      tier: 'senior',
      expectations: [{ competency: 'design', level: 'specializes' }],
    },
  ],
});
const TAGS_HTML = `<pm-ladder></pm-ladder>
<pm-role-card role-id="senior-engineer"><script type="application/json">${OWN_LADDER}</script></pm-role-card>
<pm-salary-range min="77000" max="200000"></pm-salary-range>
<pm-role-compare from="product-manager" to="product-lead"></pm-role-compare>`;

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const kb = (bytes) => `${Math.round(bytes / 1024)} kB`;

/** Runs a command; resolves with its standard output, rejects with its output when it fails. */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(
            new Error(`${command} ${args.join(' ')} exited ${code}\n${(out + err).trim().slice(-3000)}`),
          ),
    );
  });
}

/** Every file path that the exports map (or a field beside it) names, with the condition it sits under. */
function exportTargets(value, condition = 'default') {
  if (typeof value === 'string') return [{ condition, path: value }];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => exportTargets(inner, key));
}

/** The file a browser (production build, ES modules) gets for one export, as bundlers pick it. */
function browserTarget(value) {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  for (const [condition, inner] of Object.entries(value)) {
    if (!['browser', 'import', 'default'].includes(condition)) continue;
    const target = browserTarget(inner);
    if (target) return target;
  }
  return undefined;
}

// The tarball and the fresh project it is installed into sit in a temporary folder, which goes when
// the checks end or are interrupted.
const dir = mkdtempSync(join(tmpdir(), 'pm-ladder-package-'));
const project = join(dir, 'project');
const removeDir = () => rmSync(dir, { recursive: true, force: true });
after(removeDir);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    removeDir();
    process.exit(128 + constants.signals[signal]);
  });
}
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
/** What `npm pack --json` reported, once it has packed. */
let packed;
/** The package.json of pm-ladder as installed in the fresh project, once it is. */
let installed;

// ---------------------------------------------------------------------------------------------
// The tarball

test('npm pack packs the package as built', async (t) => {
  assert.ok(
    existsSync(join(root, 'dist/pm-ladder.bundle.js')),
    'dist/pm-ladder.bundle.js is missing; run `npm run build` first',
  );
  const output = await run('npm', ['pack', '--json', '--pack-destination', dir], root);
  [packed] = JSON.parse(output.slice(output.indexOf('[')));
  t.diagnostic(
    `${packed.filename}, ${packed.entryCount} files, ${kb(packed.size)} (${kb(packed.unpackedSize)} unpacked)`,
  );
});

describe('the tarball', () => {
  const shipped = () => new Set(packed.files.map((file) => file.path));

  test('holds every file package.json names', (t) => {
    if (!packed) return t.skip('npm pack failed');
    const named = [
      ...exportTargets(manifest.exports).map(({ path }) => path),
      manifest.main,
      manifest.module,
      manifest.types,
      manifest.customElements,
      ...(Array.isArray(manifest.sideEffects) ? manifest.sideEffects : []),
    ]
      .filter((path) => path && !path.includes('*'))
      .map((path) => path.replace(/^\.\//, ''));
    const files = shipped();
    assert.deepEqual(
      [...new Set(named)].filter((path) => !files.has(path)),
      [],
      'missing from the tarball',
    );
    t.diagnostic(`${new Set(named).size} files`);
  });

  test('leaves nothing out and carries nothing stale', (t) => {
    if (!packed) return t.skip('npm pack failed');
    const files = shipped();
    const gaps = [];
    const targets = Object.values(manifest.exports ?? {}).map((value) => browserTarget(value) ?? '');
    for (const folder of ELEMENT_FOLDERS) {
      if (!targets.some((target) => target.includes(`/${folder}/`)))
        gaps.push(`exports has no entry point of its own for dist/${folder}/`);
    }
    const exported = new Set(targets.map((target) => target.replace(/^\.\//, '')));
    for (const path of files) {
      if (/^dist\/[^/]+\.bundle\.js$/.test(path) && !exported.has(path))
        gaps.push(`exports does not name ${path}, so no 'pm-ladder/…' import reaches it`);
      const match = /^dist\/(.+)\.js$/.exec(path);
      if (match && !/^pm-ladder\./.test(match[1]) && !existsSync(join(root, 'src', `${match[1]}.ts`)))
        gaps.push(`${path} has no source in src/ (left in dist/ by an older build)`);
    }
    if (![...files].some((path) => /^licen[cs]e/i.test(path)))
      gaps.push(`no LICENSE file, although package.json says "${manifest.license}"`);
    if (
      [...files].some((path) => path.endsWith('.d.ts.map')) &&
      ![...files].some((path) => path.startsWith('src/'))
    )
      gaps.push('the .d.ts.map files point into src/, which the tarball does not hold');
    assert.deepEqual(gaps, []);
  });
});

test('npm installs the tarball into a fresh project', async (t) => {
  if (!packed) return t.skip('npm pack failed');
  const started = performance.now();
  await mkdir(project);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'pm-ladder-package-check', private: true, type: 'module' }, null, 2),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', join(dir, packed.filename)], project);
  const packages = await readdir(join(project, 'node_modules'));
  installed = JSON.parse(await readFile(join(project, 'node_modules/pm-ladder/package.json'), 'utf8'));
  t.diagnostic(`${packages.length} folders in node_modules, ${seconds(started)}`);
});

// ---------------------------------------------------------------------------------------------
// Node and TypeScript in the fresh project

// The processes run side by side, as many at a time as there are cores.
test(
  'Node imports each entry point, in a process of its own',
  { concurrency: availableParallelism() },
  async (t) => {
    if (!installed) return t.skip('the tarball is not installed');
    await copyFile(consumer, join(project, 'consumer.mjs'));
    const subpaths = Object.keys(installed.exports).filter((subpath) => !subpath.includes('*'));
    await Promise.all(
      subpaths.map((subpath) =>
        t.test(`import 'pm-ladder${subpath.slice(1)}'`, async (t) => {
          const found = await run(process.execPath, ['consumer.mjs', subpath], project);
          t.diagnostic(found.trim());
        }),
      ),
    );
    const noTypes = Object.entries(installed.exports)
      .filter(([subpath, value]) => /\.js$/.test(subpath) && typeof value === 'string')
      .map(([subpath]) => subpath);
    if (noTypes.length) t.diagnostic(`JavaScript entry points without types: ${noTypes.join(', ')}`);
  },
);

/** A user's TypeScript file: it must typecheck against the shipped types, and so must the errors it expects. */
const USER_TS = `import {
  PmLadder,
  PmRoleCard,
  PmSalaryRange,
  defaultLadder,
  validateLadder,
  type Ladder,
  type PmSelectEvent,
  type Role,
} from 'pm-ladder';
import 'pm-ladder/define.js';

const ladder: Ladder = defaultLadder;
const first: Role | undefined = ladder.roles[0];
const element: PmLadder = document.createElement('pm-ladder');
element.ladder = ladder;
element.current = first?.id;
element.addEventListener('pm-select', (event: PmSelectEvent) => {
  const id: string = event.detail.roleId;
  console.log(id);
});
const card: PmRoleCard = document.createElement('pm-role-card');
card.roleId = 'product-manager';
// @ts-expect-error a role id is a string
card.roleId = 5;
const range: PmSalaryRange = document.createElement('pm-salary-range');
range.min = 77000;
const result = validateLadder({});
if (!result.ok) console.log(result.errors.map((error) => error.path));
class MyLadder extends PmLadder {}
customElements.define('my-ladder', MyLadder);
`;

describe("tsc typechecks a user's file against the shipped types", () => {
  for (const resolution of ['bundler', 'nodenext']) {
    test(`with moduleResolution ${resolution}`, async (t) => {
      if (!installed) return t.skip('the tarball is not installed');
      const config = `tsconfig.${resolution}.json`;
      await writeFile(join(project, 'user.ts'), USER_TS);
      await writeFile(
        join(project, config),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            module: resolution === 'bundler' ? 'ES2022' : 'NodeNext',
            moduleResolution: resolution,
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['user.ts'],
        }),
      );
      await run(process.execPath, [tsc, '-p', config], project);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Chromium

/** An import map that resolves Lit, the package and its dependencies as a browser build would. */
async function importMap() {
  const names = new Set(['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'pm-ladder']);
  for (const name of Object.keys(installed.dependencies ?? {})) names.add(name);
  const imports = {};
  for (const name of names) {
    const folder = join(project, 'node_modules', name);
    if (!existsSync(join(folder, 'package.json'))) continue;
    const pkg = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
    const exports =
      typeof pkg.exports === 'object' && pkg.exports ? pkg.exports : { '.': pkg.module ?? pkg.main };
    for (const [subpath, value] of Object.entries(exports)) {
      const target = browserTarget(value);
      if (!target) continue;
      const url = `/node_modules/${name}/${target.replace(/^\.\//, '')}`;
      if (subpath.endsWith('/*') && target.endsWith('/*'))
        imports[`${name}${subpath.slice(1, -1)}`] = url.slice(0, -1);
      else if (!subpath.includes('*')) imports[`${name}${subpath.slice(1)}`] = url;
    }
  }
  return JSON.stringify({ imports }, null, 2);
}

const page = (title, body) => `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>${title}</title>
${body}
`;

const BUNDLE_URL = 'node_modules/pm-ladder/dist/pm-ladder.bundle.js';
const BUNDLE = `<script type="module" src="${BUNDLE_URL}"></script>`;
const OTHER_LIT = `<script type="module">
  import { LitElement, html } from 'lit';
  class OtherElement extends LitElement {
    render() {
      return html\`<p>Another copy of Lit</p>\`;
    }
  }
  customElements.define('other-lit-element', OtherElement);
</script>`;

/** The pages Chromium opens, each with the text its elements must show; `html` takes the import map. */
const PAGES = [
  {
    name: 'bundle.html',
    title: 'the bundle renders all four elements',
    html: () => page('pm-ladder bundle', `${BUNDLE}\n${TAGS_HTML}`),
    expected: EXPECTED,
  },
  {
    name: 'twice.html',
    title: 'the bundle loaded twice renders and logs no error',
    html: () =>
      page(
        'pm-ladder bundle twice',
        `${BUNDLE}\n<script type="module" src="${BUNDLE_URL}?copy=2"></script>\n${TAGS_HTML}`,
      ),
    expected: EXPECTED,
  },
  {
    name: 'other-lit.html',
    title: 'the bundle beside another copy of Lit defining its own element',
    html: (map) =>
      page(
        'pm-ladder bundle and another Lit',
        `<script type="importmap">\n${map}\n</script>\n${OTHER_LIT}\n${BUNDLE}\n${TAGS_HTML}\n<other-lit-element></other-lit-element>`,
      ),
    expected: { ...EXPECTED, 'other-lit-element': ['Another copy of Lit'] },
  },
  {
    name: 'modules.html',
    title: "the unbundled modules ('pm-ladder/define.js' through an import map) render",
    html: (map) =>
      page(
        'pm-ladder modules',
        `<script type="importmap">\n${map}\n</script>\n<script type="module">import 'pm-ladder/define.js';</script>\n${TAGS_HTML}`,
      ),
    expected: EXPECTED,
  },
];

/** Opens one page; resolves with the problems it logged and, per tag, the text of its shadow root. */
async function visit(browser, url, expected) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await tab.goto(url, { waitUntil: 'load' });
    await tab
      .waitForFunction(
        (wanted) =>
          Object.entries(wanted).every(([tag, words]) => {
            const text = document.querySelector(tag)?.shadowRoot?.textContent ?? '';
            return words.every((word) => text.replace(/\s+/g, ' ').includes(word));
          }),
        { timeout: 15_000 },
        expected,
      )
      .catch(() => {});
    // Late errors (a chunk that failed to load, a second definition) are logged by the time the
    // page has no request left on its way.
    await tab.waitForNetworkIdle({ idleTime: 100, timeout: 15_000 });
    const found = await tab.evaluate(
      (tags) =>
        Object.fromEntries(
          tags.map((tag) => {
            const element = document.querySelector(tag);
            return [tag, (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim()];
          }),
        ),
      Object.keys(expected),
    );
    const undefinedTags = await tab.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), TAGS);
    return { problems, found, undefinedTags };
  } finally {
    await tab.close();
  }
}

describe("Chromium, on pages beside the fresh project's node_modules/", () => {
  let server;
  let browser;
  let origin;

  before(async () => {
    if (!installed) return;
    const map = await importMap();
    // The pages sit in the project's folder, beside node_modules/, as on a user's own site.
    for (const { name, html } of PAGES) await writeFile(join(project, name), html(map));
    server = await serve(0, { root: project });
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({
      executablePath: chromiumPath('The package test'),
      headless: true,
      args: ['--no-sandbox'],
    });
  });

  after(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
  });

  for (const { name, title, expected } of PAGES) {
    test(title, async (t) => {
      if (!installed) return t.skip('the tarball is not installed');
      const { problems, found, undefinedTags } = await visit(browser, `${origin}/${name}`, expected);
      const wrong = [];
      if (undefinedTags.length) wrong.push(`not defined: ${undefinedTags.join(', ')}`);
      for (const [tag, words] of Object.entries(expected)) {
        const missing = words.filter((word) => !found[tag]?.includes(word));
        if (missing.length) {
          wrong.push(
            `<${tag}> does not show ${missing.map((word) => `"${word}"`).join(', ')}; it shows "${found[tag]?.slice(0, 160)}"`,
          );
        }
      }
      wrong.push(...problems);
      assert.deepEqual(wrong, []);
      t.diagnostic(
        Object.keys(expected)
          .map((tag) => `<${tag}> ${found[tag].length} characters`)
          .join(', '),
      );
    });
  }
});

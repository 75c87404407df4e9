/* global window, document, customElements -- page.evaluate callbacks run in the browser */
// Checks pm-ladder as npm publishes it: packs the tarball, installs it into a fresh project (its
// dependencies from the registry) and uses it there as a user would. Node imports every entry
// point it can, TypeScript typechecks a user's file against the shipped types, and headless
// Chromium renders the three elements from the bundle (alone, loaded twice, beside another copy
// of Lit) and from the unbundled modules through an import map.
//
//   npm run test:package     run `npm run build` first: this packs dist/ as built
//
// Prints one line per check and exits 1 when any fails. Notes name what fails nothing but is worth seeing.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './browsers.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const TAGS = ['pm-ladder', 'pm-role-card', 'pm-salary-range'];
const ELEMENT_FOLDERS = ['ladder', 'role-card', 'salary-range'];

/** What each element shows with the default dataset, on the pages below. */
const EXPECTED = {
  'pm-ladder': ['Chief Product Officer', 'Associate Product Manager'],
  'pm-role-card': ['Senior Engineer', 'Specializes, 2 of 2'],
  'pm-salary-range': ['$77,000', '$200,000'],
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
<pm-salary-range min="77000" max="200000"></pm-salary-range>`;

const counts = { passed: 0, failed: 0 };
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function pass(name) {
  counts.passed++;
  console.log(`ok    ${name}`);
}

function fail(name, reason) {
  counts.failed++;
  console.log(`FAIL  ${name}\n      ${String(reason).trim().split('\n').join('\n      ')}`);
}

const note = (text) => console.log(`note  ${text}`);

/** Runs one check: passes unless it throws; what it returns is added to its line. */
async function check(name, body) {
  try {
    const detail = await body();
    pass(detail ? `${name}: ${detail}` : name);
    return true;
  } catch (error) {
    fail(name, error instanceof Error ? error.message : error);
    return false;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

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

// ---------------------------------------------------------------------------------------------
// The tarball

async function pack(dir, manifest) {
  let packed;
  const ok = await check('npm pack', async () => {
    const output = await run('npm', ['pack', '--json', '--pack-destination', dir], root);
    [packed] = JSON.parse(output.slice(output.indexOf('[')));
    const kb = (bytes) => `${Math.round(bytes / 1024)} kB`;
    return `${packed.filename}, ${packed.entryCount} files, ${kb(packed.size)} (${kb(packed.unpackedSize)} unpacked)`;
  });
  if (!ok) return undefined;
  const shipped = new Set(packed.files.map((file) => file.path));

  await check('the tarball holds every file package.json names', () => {
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
    const missing = [...new Set(named)].filter((path) => !shipped.has(path));
    assert(!missing.length, `missing from the tarball: ${missing.join(', ')}`);
    return `${new Set(named).size} files`;
  });

  await check('the tarball leaves nothing out and carries nothing stale', () => {
    const gaps = [];
    const targets = Object.values(manifest.exports ?? {}).map((value) => browserTarget(value) ?? '');
    for (const folder of ELEMENT_FOLDERS) {
      if (!targets.some((target) => target.includes(`/${folder}/`)))
        gaps.push(`exports has no entry point of its own for dist/${folder}/`);
    }
    const exported = new Set(targets.map((target) => target.replace(/^\.\//, '')));
    for (const path of shipped) {
      if (/^dist\/[^/]+\.bundle\.js$/.test(path) && !exported.has(path))
        gaps.push(`exports does not name ${path}, so no 'pm-ladder/…' import reaches it`);
      const match = /^dist\/(.+)\.js$/.exec(path);
      if (match && !/^pm-ladder\./.test(match[1]) && !existsSync(join(root, 'src', `${match[1]}.ts`)))
        gaps.push(`${path} has no source in src/ (left in dist/ by an older build)`);
    }
    if (![...shipped].some((path) => /^licen[cs]e/i.test(path)))
      gaps.push(`no LICENSE file, although package.json says "${manifest.license}"`);
    if (
      [...shipped].some((path) => path.endsWith('.d.ts.map')) &&
      ![...shipped].some((path) => path.startsWith('src/'))
    )
      gaps.push('the .d.ts.map files point into src/, which the tarball does not hold');
    assert(!gaps.length, gaps.join('\n'));
  });
  return join(dir, packed.filename);
}

// ---------------------------------------------------------------------------------------------
// Node and TypeScript in the fresh project

/** Runs in the fresh project: imports what Node can and reports each entry point as JSON. */
const NODE_CHECK = `
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const manifest = JSON.parse(readFileSync('node_modules/pm-ladder/package.json', 'utf8'));
const results = [];
const record = async (name, body) => {
  try {
    results.push({ name, ok: true, detail: (await body()) ?? '' });
  } catch (error) {
    results.push({ name, ok: false, detail: String(error && error.stack || error) });
  }
};
const expect = (condition, message) => { if (!condition) throw new Error(message); };
for (const [subpath, value] of Object.entries(manifest.exports)) {
  if (subpath.includes('*')) continue;
  const specifier = 'pm-ladder' + subpath.slice(1);
  await record(specifier, async () => {
    const conditions = typeof value === 'object' && value ? Object.keys(value) : [];
    if (conditions.length === 1 && conditions[0] === 'types') {
      expect(existsSync('node_modules/pm-ladder/' + value.types), value.types + ' does not exist');
      return 'types only: ' + value.types + ' exists';
    }
    const file = fileURLToPath(import.meta.resolve(specifier));
    expect(existsSync(file), 'resolves to ' + file + ', which does not exist');
    const types = typeof value === 'object' && value.types;
    if (types) expect(existsSync('node_modules/pm-ladder/' + types), 'its types ' + types + ' do not exist');
    if (file.endsWith('.json')) {
      const { default: json } = await import(specifier, { with: { type: 'json' } });
      if (subpath === './custom-elements.json') {
        const tags = json.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
        for (const tag of ${JSON.stringify(TAGS)}) expect(tags.includes(tag), 'declares no ' + tag);
        return 'imported; declares ' + tags.join(', ');
      }
      if (subpath.endsWith('.schema.json')) {
        expect(json.$schema && json.properties && json.properties.roles, 'is not the ladder schema');
        return 'imported; a JSON Schema with ' + Object.keys(json.properties).length + ' properties';
      }
      return 'imported';
    }
    if (/\\.bundle\\.js$/.test(file)) return 'resolves' + (types ? ', with types' : '') + '; a browser build, loaded in Chromium below';
    const module = await import(specifier);
    if (subpath === '.') {
      for (const name of ['PmLadder', 'PmRoleCard', 'PmSalaryRange', 'defaultLadder', 'validateLadder']) {
        expect(name in module, 'does not export ' + name);
      }
      const result = module.validateLadder(module.defaultLadder);
      expect(result.ok, 'the default dataset does not validate: ' + JSON.stringify(result.errors));
      expect(!module.validateLadder({}).ok, 'an empty object validates');
      return 'imported (' + Object.keys(module).length + ' exports); the default dataset validates';
    }
    if (subpath === './define.js') {
      for (const tag of ${JSON.stringify(TAGS)}) expect(customElements.get(tag), tag + ' is not defined');
      return 'imported; defines ' + ${JSON.stringify(TAGS.join(', '))};
    }
    return 'imported';
  });
}
console.log(JSON.stringify(results));
`;

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

async function nodeAndTypes(project, manifest) {
  const noTypes = Object.entries(manifest.exports)
    .filter(([subpath, value]) => /\.js$/.test(subpath) && typeof value === 'string')
    .map(([subpath]) => subpath);
  if (noTypes.length) note(`JavaScript entry points without types: ${noTypes.join(', ')}`);

  await writeFile(join(project, 'check-node.mjs'), NODE_CHECK);
  let results = [];
  const ran = await check('Node runs the entry point checks', async () => {
    results = JSON.parse(await run(process.execPath, ['check-node.mjs'], project));
  });
  if (ran) {
    for (const { name, ok, detail } of results) {
      if (ok) pass(`node: import '${name}': ${detail}`);
      else fail(`node: import '${name}'`, detail);
    }
  }

  await writeFile(join(project, 'user.ts'), USER_TS);
  for (const resolution of ['bundler', 'nodenext']) {
    const config = `tsconfig.${resolution}.json`;
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
    await check(`tsc typechecks a user's file (moduleResolution ${resolution})`, async () => {
      await run(process.execPath, [tsc, '-p', config], project);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Chromium

/** An import map that resolves Lit, the package and its dependencies as a browser build would. */
async function importMap(project, manifest) {
  const names = new Set(['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'pm-ladder']);
  for (const name of Object.keys(manifest.dependencies ?? {})) names.add(name);
  const imports = {};
  for (const name of names) {
    const dir = join(project, 'node_modules', name);
    if (!existsSync(join(dir, 'package.json'))) continue;
    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
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

async function browserPages(project, manifest) {
  const map = await importMap(project, manifest);
  const bundle = 'node_modules/pm-ladder/dist/pm-ladder.bundle.js';
  const BUNDLE = `<script type="module" src="${bundle}"></script>`;
  const OTHER_LIT = `<script type="module">
  import { LitElement, html } from 'lit';
  class OtherElement extends LitElement {
    render() {
      return html\`<p>Another copy of Lit</p>\`;
    }
  }
  customElements.define('other-lit-element', OtherElement);
</script>`;
  return [
    {
      name: 'bundle.html',
      title: 'the bundle renders all three elements',
      html: page('pm-ladder bundle', `${BUNDLE}\n${TAGS_HTML}`),
      expected: EXPECTED,
    },
    {
      name: 'twice.html',
      title: 'the bundle loaded twice renders and logs no error',
      html: page(
        'pm-ladder bundle twice',
        `${BUNDLE}\n<script type="module" src="${bundle}?copy=2"></script>\n${TAGS_HTML}`,
      ),
      expected: EXPECTED,
    },
    {
      name: 'other-lit.html',
      title: 'the bundle beside another copy of Lit defining its own element',
      html: page(
        'pm-ladder bundle and another Lit',
        `<script type="importmap">\n${map}\n</script>\n${OTHER_LIT}\n${BUNDLE}\n${TAGS_HTML}\n<other-lit-element></other-lit-element>`,
      ),
      expected: { ...EXPECTED, 'other-lit-element': ['Another copy of Lit'] },
    },
    {
      name: 'modules.html',
      title: "the unbundled modules ('pm-ladder/define.js' through an import map) render",
      html: page(
        'pm-ladder modules',
        `<script type="importmap">\n${map}\n</script>\n<script type="module">import 'pm-ladder/define.js';</script>\n${TAGS_HTML}`,
      ),
      expected: EXPECTED,
    },
  ];
}

async function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath('The browser check'),
    headless: true,
    args: ['--no-sandbox'],
  });
}

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
    const texts = () =>
      tab.evaluate(
        (tags) =>
          Object.fromEntries(
            tags.map((tag) => {
              const element = document.querySelector(tag);
              return [tag, (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim()];
            }),
          ),
        Object.keys(expected),
      );
    const done = (found) =>
      Object.entries(expected).every(([tag, words]) => words.every((word) => found[tag]?.includes(word)));
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
    // A moment for late errors (a failed chunk, a second definition) to be logged.
    await tab.evaluate(() => new Promise((resolve) => window.setTimeout(resolve, 200)));
    const found = await texts();
    const defined = await tab.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), TAGS);
    return { problems, found, ok: done(found), undefinedTags: defined };
  } finally {
    await tab.close();
  }
}

async function browserChecks(project, manifest) {
  const pages = await browserPages(project, manifest);
  // The pages sit in the project's folder, beside node_modules/, as on a user's own site.
  for (const { name, html } of pages) await writeFile(join(project, name), html);
  const server = await serve(0, { root: project });
  let browser;
  try {
    browser = await launch();
    const origin = `http://127.0.0.1:${server.address().port}`;
    for (const { name, title, expected } of pages) {
      await check(`chromium: ${title}`, async () => {
        const { problems, found, ok, undefinedTags } = await visit(browser, `${origin}/${name}`, expected);
        const wrong = [];
        if (undefinedTags.length) wrong.push(`not defined: ${undefinedTags.join(', ')}`);
        if (!ok) {
          for (const [tag, words] of Object.entries(expected)) {
            const missing = words.filter((word) => !found[tag]?.includes(word));
            if (missing.length) {
              wrong.push(
                `<${tag}> does not show ${missing.map((word) => `"${word}"`).join(', ')}; it shows "${found[tag]?.slice(0, 160)}"`,
              );
            }
          }
        }
        wrong.push(...problems);
        assert(!wrong.length, wrong.join('\n'));
        return Object.keys(expected)
          .map((tag) => `<${tag}> ${found[tag].length} characters`)
          .join(', ');
      });
    }
  } catch (error) {
    fail('chromium', error.message);
  } finally {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  console.log('pm-ladder package test\n');
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const dir = await mkdtemp(join(tmpdir(), 'pm-ladder-package-'));
  const interrupted = () => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  try {
    if (!existsSync(join(root, 'dist/pm-ladder.bundle.js'))) {
      fail('dist/ is built', 'dist/pm-ladder.bundle.js is missing; run `npm run build` first');
      return;
    }
    const tarball = await pack(dir, manifest);
    if (!tarball) return;
    const project = join(dir, 'project');
    await mkdir(project);
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'pm-ladder-package-check', private: true, type: 'module' }, null, 2),
    );
    const installStarted = performance.now();
    const installed = await check('npm install the tarball into a fresh project', async () => {
      await run('npm', ['install', '--no-audit', '--no-fund', tarball], project);
      const packages = await readdir(join(project, 'node_modules'));
      return `${packages.length} folders in node_modules, ${seconds(installStarted)}`;
    });
    if (!installed) return;
    const installedManifest = JSON.parse(
      await readFile(join(project, 'node_modules/pm-ladder/package.json'), 'utf8'),
    );
    await nodeAndTypes(project, installedManifest);
    await browserChecks(project, installedManifest);
  } finally {
    process.off('SIGINT', interrupted);
    await rm(dir, { recursive: true, force: true });
    console.log(`\npackage: ${counts.passed} passed, ${counts.failed} failed`);
    console.log(`in ${seconds(started)}`);
  }
}

await main();
process.exitCode = counts.failed ? 1 : 0;

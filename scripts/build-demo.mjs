// Builds the demo site (`npm run build:demo`): a self-contained folder, site/, that any static web
// server can publish. It holds the demo pages with the bundle beside them (the script tags that
// load ../dist/ are pointed at the local copy), the language chunks and source maps the bundle
// loads, the styles, the scripts, the ladder documents, the sheet templates its pages link to
// (templates/, as site/templates/), and the static rendering of a ladder that demo/static.html shows.
//
// The playground (demo/playground.html) has a script of its own, bundled from demo/playground/
// with CodeMirror and the library's validator into demo/playground.bundle.js and the worker that
// reads documents, demo/playground.worker.js; the site holds those bundles, not their sources.
//
// The library is built first (`npm run build`) when dist/ is missing or older than its sources.
// `--static-only` writes only demo/static-ladder.html and the playground's bundles, for the demo
// as `npm start` serves it.
// Any failure stops the build with a message and a non-zero exit status.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('..', import.meta.url));
const demo = join(root, 'demo');
const dist = join(root, 'dist');
const site = join(root, 'site');
const templates = join(root, 'templates');
const BUNDLE = 'pm-ladder.bundle.js';

/** The command behind demo/static.html's example, as the page shows it, run in demo/. */
export const STATIC_RENDER = ['render', 'ladders/example-engineering.json', '--out', 'static-ladder.html'];

class BuildError extends Error {}

/** Every file under `dir`, as paths relative to it. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)));
}

/** The newest modification time among `paths` (files, or folders searched through). */
async function newest(paths) {
  let time = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? (await filesUnder(path)).map((file) => join(path, file))
      : [path];
    for (const file of files) time = Math.max(time, statSync(file).mtimeMs);
  }
  return time;
}

function run(command, args, options = {}) {
  try {
    execFileSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  } catch (error) {
    throw new BuildError(`\`${[command, ...args].join(' ')}\` failed (${error.status ?? error.message})`);
  }
}

/** Builds the library unless dist/ already holds a bundle newer than everything it is made from. */
async function ensureLibrary() {
  const bundle = join(dist, BUNDLE);
  const sources = ['src', 'rollup.config.mjs', 'tsconfig.build.json', 'tsconfig.json'].map((path) =>
    join(root, path),
  );
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= (await newest(sources))) return;
  console.log(
    existsSync(bundle) ? 'dist/ is older than src/: npm run build' : 'dist/ is missing: npm run build',
  );
  run('npm', ['run', 'build'], { shell: process.platform === 'win32' });
}

/** demo/static-ladder.html, written by the command line tool exactly as demo/static.html shows it. */
function renderStatic() {
  run(process.execPath, [join(root, 'bin', 'pm-ladder.mjs'), ...STATIC_RENDER], { cwd: demo });
  console.log('demo/static-ladder.html');
}

/** The playground's sources, which the site holds bundled only. */
const PLAYGROUND_SOURCES = 'playground';

/** Imports of a CSV file (the sheet template) as its text, and of a JSON file (the schema) as its value. */
const dataFiles = {
  name: 'data-files',
  transform(code, id) {
    if (id.endsWith('.csv')) return { code: `export default ${JSON.stringify(code)};`, map: null };
    if (id.endsWith('.json'))
      return { code: `export default ${JSON.stringify(JSON.parse(code))};`, map: null };
    return null;
  },
};

/** demo/playground.bundle.js and demo/playground.worker.js, from demo/playground/. */
async function buildPlayground() {
  const plugins = [dataFiles, nodeResolve({ browser: true, exportConditions: ['production'] }), terser()];
  for (const [entry, file, format] of [
    ['main.js', 'playground.bundle.js', 'es'],
    ['worker.js', 'playground.worker.js', 'iife'],
  ]) {
    let build;
    try {
      build = await rollup({
        input: join(demo, PLAYGROUND_SOURCES, entry),
        plugins,
        // The yaml package sets nothing up as it loads: the page's script, which uses no YAML of
        // its own (the worker reads it), leaves it out.
        treeshake: { moduleSideEffects: (id) => !/[/\\]node_modules[/\\]yaml[/\\]/.test(id) },
      });
      await build.write({ file: join(demo, file), format, sourcemap: true, inlineDynamicImports: true });
    } catch (error) {
      throw new BuildError(`the playground's ${entry} did not bundle: ${error.message}`);
    } finally {
      await build?.close();
    }
    console.log(`demo/${file}`);
  }
}

/** The files of dist/ that `file` imports, statically or on demand, and theirs in turn. */
async function importGraph(file, found = new Set()) {
  found.add(file);
  const code = await readFile(join(dist, file), 'utf8');
  for (const [, name] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']\.\/([\w.-]+\.js)["']/g)) {
    if (!found.has(name)) await importGraph(name, found);
  }
  return found;
}

/** Copies a file of dist/ into site/, with its source map when it has one. */
async function copyFromDist(name) {
  await copyFile(join(dist, name), join(site, name));
  if (existsSync(join(dist, `${name}.map`)))
    await copyFile(join(dist, `${name}.map`), join(site, `${name}.map`));
}

async function buildSite() {
  await rm(site, { recursive: true, force: true });
  const fromDist = new Set();
  const fromTemplates = new Set();
  for (const file of await filesUnder(demo)) {
    if (file.startsWith(`${PLAYGROUND_SOURCES}/`) || file.startsWith(`${PLAYGROUND_SOURCES}\\`)) continue;
    const target = join(site, file);
    await mkdir(dirname(target), { recursive: true });
    if (!file.endsWith('.html')) {
      await copyFile(join(demo, file), target);
      continue;
    }
    // A page's references into dist/ (such as ../dist/pm-ladder.bundle.js) become local copies beside it.
    const prefix = relative(dirname(join(demo, file)), dist)
      .split('\\')
      .join('/');
    const html = (await readFile(join(demo, file), 'utf8')).replace(
      new RegExp(`(\\b(?:src|href)=")${prefix.replace(/[.]/g, '\\.')}/([\\w.-]+\\.js)"`, 'g'),
      (match, attribute, name) => {
        fromDist.add(name);
        return `${attribute}${name}"`;
      },
    );
    if (html.includes(`${prefix}/`))
      throw new BuildError(`demo/${file} refers to a file of dist/ not copied`);
    // Links to the sheet templates (../templates/ladder.csv) become copies in site/templates/.
    const templatesPrefix = relative(dirname(join(demo, file)), templates)
      .split('\\')
      .join('/');
    const linked = html.replace(
      new RegExp(`(\\bhref=")${templatesPrefix.replace(/[.]/g, '\\.')}/([\\w.-]+)"`, 'g'),
      (match, attribute, name) => {
        fromTemplates.add(name);
        return `${attribute}${relative(dirname(file), join('templates', name)).split('\\').join('/')}"`;
      },
    );
    await writeFile(target, linked);
  }
  if (!fromDist.has(BUNDLE)) throw new BuildError(`no demo page loads ../dist/${BUNDLE}`);
  const copied = new Set();
  for (const entry of fromDist) for (const name of await importGraph(entry)) copied.add(name);
  for (const name of copied) await copyFromDist(name);
  for (const name of fromTemplates) {
    if (!existsSync(join(templates, name)))
      throw new BuildError(`templates/${name}, linked from the demo, is missing`);
    await mkdir(join(site, 'templates'), { recursive: true });
    await copyFile(join(templates, name), join(site, 'templates', name));
  }
  const count = (await filesUnder(site)).length;
  const linkedTemplates = [...fromTemplates].map((name) => `templates/${name}`);
  console.log(
    `site/: ${count} files (${[...copied].join(', ')} from dist/${linkedTemplates.length ? `; ${linkedTemplates.join(', ')}` : ''})`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await ensureLibrary();
    renderStatic();
    await buildPlayground();
    if (!process.argv.includes('--static-only')) await buildSite();
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    console.error(`build-demo: ${error.message}`);
    process.exitCode = 1;
  }
}

// Pages of the test server under /ssr/, written by `pm-ladder render` as a user would run it:
// /ssr/page.html?ladder=demo/ladders/example-engineering.json&current=…&hide-pay serves the
// command's output for that document (the default ladder without `ladder`) and those options.
import { execFile } from 'node:child_process';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../bin/pm-ladder.mjs', import.meta.url));
const VALUE_OPTIONS = ['role', 'current', 'target', 'locale', 'heading-level', 'theme'];
const FLAG_OPTIONS = ['hide-pay', 'hide-guidance', 'fragment'];
/** Ladder documents the pages may name: the demo's and the tests' own. */
const LADDER_FOLDERS = ['demo/ladders', 'test/ssr/ladders'].map((folder) => resolve(root, folder) + sep);

/** One run of the command per distinct page. */
const pages = new Map();

function run(args) {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [cli, 'render', ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ ok: !error, stdout, stderr: stderr || String(error ?? '') }),
    );
  });
}

/** The command's arguments for a page's query; throws on a ladder outside the allowed folders. */
function argumentsOf(query) {
  const args = [];
  if (typeof query.ladder === 'string') {
    const file = resolve(root, query.ladder);
    if (!LADDER_FOLDERS.some((folder) => file.startsWith(folder))) {
      throw new Error(`${query.ladder} is not a ladder of the demo or of test/ssr/ladders`);
    }
    args.push(file);
  }
  for (const name of VALUE_OPTIONS) if (typeof query[name] === 'string') args.push(`--${name}`, query[name]);
  for (const name of FLAG_OPTIONS) if (query[name] !== undefined) args.push(`--${name}`);
  return args;
}

/** Koa middleware for @web/test-runner's dev server. */
export async function ssrPages(ctx, next) {
  if (ctx.path !== '/ssr/page.html') return next();
  let args;
  try {
    args = argumentsOf(ctx.query);
  } catch (error) {
    ctx.status = 400;
    ctx.body = error.message;
    return;
  }
  const key = JSON.stringify(args);
  let page = pages.get(key);
  if (!page) pages.set(key, (page = run(args)));
  const { ok, stdout, stderr } = await page;
  if (!ok) {
    pages.delete(key);
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = `pm-ladder render ${args.join(' ')} failed:\n${stderr}`;
    return;
  }
  ctx.type = 'text/html';
  ctx.body = stdout;
}

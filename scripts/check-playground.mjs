/* global document, window -- page.evaluate callbacks run in the browser */
// Drives the demo's playground (demo/playground.html) as a reader does, for scripts/check-demo.mjs,
// in Chromium and in Firefox: it starts from the skeleton, types a mistake and finds the problem
// listed and marked at its line, goes there from the list, fixes it and sees the preview change;
// takes the snippet and shows that a fresh page with only the snippet and the bundle shows the
// same ladder; and opens the share link in a fresh browser context, to the same document. In
// Chromium it also opens a document of 1,000 roles and types in it without a long task, and finds
// that it is too large for a link. In both, axe finds nothing in the page as it opens and with a
// problem listed, Tab leaves the editor, and the editor completes a field's name from the schema.
import { mkdtemp, readdir, copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';

const TIMEOUT = 15000;

/** The text of the editor, which lives in a shadow root (CodeMirror draws each line as a `.cm-line`). */
const editorText = (page) =>
  page.evaluate(() =>
    [...document.querySelector('#editor').shadowRoot.querySelectorAll('.cm-line')]
      .map((line) => line.textContent)
      .join('\n'),
  );

/** What a <pm-ladder> shows, tier by tier: the names and the roles, as text. */
const ladderShown = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('pm-ladder').shadowRoot;
    return [...root.querySelectorAll('[part~="tier"]')].map((tier) =>
      tier.textContent.replace(/\s+/g, ' ').trim(),
    );
  });

/** Puts the keyboard's focus in the editor's text. */
const focusEditor = (page) =>
  page.evaluate(() => document.querySelector('#editor').shadowRoot.querySelector('.cm-content').focus());

/** Puts the cursor at the end of the editor's line `line` (from 1), as a reader does with the keys. */
async function toLineEnd(page, line) {
  await focusEditor(page);
  await page.keyboard.down('Control');
  await page.keyboard.press('Home');
  await page.keyboard.up('Control');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

const waitFor = (page, what, test, ...args) =>
  page.waitForFunction(test, { timeout: TIMEOUT, polling: 50 }, ...args).catch(() => {
    throw new Error(`waited in vain for ${what}`);
  });

/**
 * Opens the playground afresh, from the skeleton. Resolves with the page once the preview shows
 * the skeleton's ladder.
 */
async function openSkeleton(context, url, fail) {
  const page = await context.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  page.on('console', (message) => {
    if (message.type() === 'error') fail(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => fail(`uncaught: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => localStorage.clear());
  await page.goto(url, { waitUntil: 'load' });
  await waitFor(page, 'the first reading', () =>
    document.querySelector('#problems-summary').textContent.startsWith('No problems'),
  );
  await page.select('#start', 'skeleton');
  await waitFor(page, "the skeleton's ladder in the preview", () =>
    document.querySelector('pm-ladder').shadowRoot?.textContent.includes('First role'),
  );
  return page;
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's rules on the page as it stands, the editor's shadow root included: none may fail.
 * axe is run through the browser's automation protocol, which the page's own policy does not govern.
 */
async function accessible(page, state, fail) {
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map(
      (rule) => `${rule.id} (${rule.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  });
  for (const violation of violations) fail(`axe, ${state}: ${violation}`);
}

/** The keyboard alone: Tab leaves the editor for the next control, as the page says it does. */
async function tabsOut(page, fail) {
  await focusEditor(page);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    inEditor: document.activeElement === document.querySelector('#editor'),
  }));
  if (focused.inEditor) fail('Tab does not leave the editor');
}

/**
 * Completion: on a new line in the first role, typing the start of a field it lacks offers the
 * schema's field ("responsibilities").
 */
async function completes(page, fail) {
  const lines = (await editorText(page)).split('\n');
  const line = lines.findIndex((l) => l.includes('"title": "First role",')) + 1;
  if (!line) throw new Error('the document has no "title": "First role" line');
  await toLineEnd(page, line);
  await page.keyboard.press('Enter');
  await page.keyboard.type('"respon');
  // The list that typing opens, once it has options.
  const offered = () =>
    page
      .waitForFunction(
        () => {
          const root = document.querySelector('#editor').shadowRoot;
          const items = [...root.querySelectorAll('.cm-tooltip-autocomplete li')];
          return items.length ? items.map((item) => item.textContent) : false;
        },
        { timeout: TIMEOUT, polling: 50 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => []);
  const fields = await offered();
  if (!fields.some((field) => field.includes('responsibilities')))
    fail(`typing "respon in a role offers no "responsibilities": ${JSON.stringify(fields)}`);
  await page.keyboard.press('Escape');
}

/** Types a mistake, goes to it from the list, fixes it: the checks of "Problems where they are". */
async function typeMistake(page, fail) {
  const text = await editorText(page);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('"tier": "junior"')) + 1;
  if (!line) throw new Error('the skeleton has no "tier": "junior" line');
  // From the end of the line to the end of "junior": its closing quote, and a comma after it.
  const after = lines[line - 1].length - (lines[line - 1].indexOf('junior') + 'junior'.length);
  const before = await ladderShown(page);
  await toLineEnd(page, line);
  for (let i = 0; i < after; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'junior'.length; i++) await page.keyboard.press('Backspace');

  await waitFor(page, 'the problem of an empty tier', () =>
    document.querySelector('#problems-summary').textContent.match(/^\d+ problem/),
  );
  const listed = await page.$$eval('#problems .problem', (items) => items.map((item) => item.textContent));
  if (!listed.some((item) => item.includes(`line ${line},`) && item.includes('roles[0].tier')))
    fail(`the empty tier on line ${line} is not listed at its line: ${JSON.stringify(listed)}`);
  await accessible(page, 'with a problem listed', fail);
  const marked = await page
    .waitForFunction(
      (at) => {
        const root = document.querySelector('#editor').shadowRoot;
        const lines = [...root.querySelectorAll('.cm-line')];
        return Boolean(lines[at - 1]?.querySelector('.cm-lintRange-error'));
      },
      { timeout: TIMEOUT },
      line,
    )
    .then(() => true)
    .catch(() => false);
  if (!marked) fail(`the editor does not mark the problem on line ${line}`);
  const kept = await ladderShown(page);
  if (JSON.stringify(kept) !== JSON.stringify(before))
    fail('with a problem in the document, the preview did not keep the last good ladder');

  // From the list to the place: the cursor goes to the problem's line.
  await page.focus('#problems .problem-place');
  await page.keyboard.press('Enter');
  const active = await page.evaluate(() => {
    const root = document.querySelector('#editor').shadowRoot;
    return [root.activeElement?.className ?? '', root.querySelector('.cm-activeLine')?.textContent ?? ''];
  });
  if (!active[0].includes('cm-content') || !active[1].includes('"tier": ""'))
    fail(`the problem's button did not take the cursor to line ${line}: ${JSON.stringify(active)}`);

  // The fix: another tier, and the role moves in the preview.
  await page.keyboard.press('End');
  for (let i = 0; i < after; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('senior');
  await waitFor(page, 'no problems after the fix', () =>
    document.querySelector('#problems-summary').textContent.startsWith('No problems'),
  );
  await waitFor(page, 'the first role in the Senior tier of the preview', () =>
    [...document.querySelector('pm-ladder').shadowRoot.querySelectorAll('[part~="tier"]')].some(
      (tier) => tier.textContent.includes('Senior') && tier.textContent.includes('First role'),
    ),
  ).catch((error) => fail(`the preview did not change with the fix: ${error.message}`));
}

/**
 * The snippet in a page of its own, beside the bundle (the files of `bundleFolder` named
 * pm-ladder.*.js): what its <pm-ladder> shows.
 */
async function snippetPage(context, snippet, bundleFolder, csp) {
  const folder = await mkdtemp(join(tmpdir(), 'pm-ladder-snippet-'));
  const server = await serve(0, { root: folder, headers: { 'content-security-policy': csp } });
  try {
    for (const file of await readdir(bundleFolder))
      if (/^pm-ladder\..*\.js$/.test(file)) await copyFile(join(bundleFolder, file), join(folder, file));
    await writeFile(
      join(folder, 'index.html'),
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A wiki page</title></head>\n<body>\n${snippet}\n</body>\n</html>\n`,
    );
    const page = await context.newPage();
    await page.setViewport({ width: 1300, height: 900 });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await waitFor(page, 'the ladder of the snippet', () =>
      document.querySelector('pm-ladder')?.shadowRoot?.querySelector('[part~="role"]'),
    );
    const shown = await ladderShown(page);
    await page.close();
    return shown;
  } finally {
    server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** Copies the snippet (through the clipboard where the browser allows it) and shows it elsewhere. */
async function takeSnippet(page, browser, { clipboard, bundleFolder, csp }, fail) {
  await page.select('select[name="current"]', 'first-role');
  await waitFor(page, 'current in the snippet', () =>
    document.querySelector('#snippet').textContent.includes('current="first-role"'),
  );
  await waitFor(
    page,
    'the mark of the current role',
    () => document.querySelector('pm-ladder').getAttribute('current') === 'first-role',
  );
  await page.evaluate(() => document.querySelector('pm-ladder').updateComplete);
  let snippet = await page.$eval('#snippet', (code) => code.textContent);
  if (clipboard) {
    await page.focus('.playground-preview .snippet-copy');
    await page.keyboard.press('Enter');
    await waitFor(
      page,
      'Copied',
      () => document.querySelector('.playground-preview .snippet-status')?.textContent,
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    if (copied !== snippet) fail('the Copy button did not copy the snippet');
    snippet = copied;
  }
  const here = await ladderShown(page);
  const context = await browser.createBrowserContext();
  try {
    const there = await snippetPage(context, snippet, bundleFolder, csp);
    if (JSON.stringify(there) !== JSON.stringify(here))
      fail(
        `a page with only the snippet shows another ladder:\n    ${there.join(' | ')}\n    ${here.join(' | ')}`,
      );
  } finally {
    await context.close();
  }
}

/** The share link, opened in a fresh browser context (no storage): the same document and settings. */
async function share(page, browser, fail) {
  const text = await editorText(page);
  await page.click('#share');
  await waitFor(page, 'the share link', () => document.querySelector('#share-link').value);
  const link = await page.$eval('#share-link', (input) => input.value);
  const context = await browser.createBrowserContext();
  try {
    const fresh = await context.newPage();
    await fresh.setViewport({ width: 1300, height: 900 });
    await fresh.goto(link, { waitUntil: 'load' });
    await waitFor(fresh, 'the shared ladder', () =>
      document.querySelector('pm-ladder').shadowRoot?.textContent.includes('First role'),
    );
    const [opened, current] = [
      await editorText(fresh),
      await fresh.$eval('select[name="current"]', (select) => select.value),
    ];
    if (opened !== text) fail('the share link opened another document');
    if (current !== 'first-role') fail(`the share link opened with current "${current}"`);
    await fresh.close();
  } finally {
    await context.close();
  }
}

/** A document of 1,000 roles: typing in it has no long task, and it is too large for a link. */
async function largeDocument(page, fail) {
  // Words made up from a fixed seed: text that compresses as little as a real ladder's.
  let seed = 1;
  const word = () =>
    Array.from({ length: 3 + (seed % 7) }, () => {
      seed = (seed * 48271) % 2147483647;
      return 'abcdefghijklmnopqrstuvwxyz'[seed % 26];
    }).join('');
  const sentence = (count) => Array.from({ length: count }, word).join(' ');
  const roles = Array.from({ length: 1000 }, (_, i) => ({
    id: `role-${i}`,
    title: `Role ${i}`,
    tier: i < 500 ? 'junior' : 'senior',
    summary: `${sentence(12)}.`,
    responsibilities: ['Ships things.', 'Talks to people.', `Owns area ${i}.`],
    pay: { min: 50000 + i * 10, max: 90000 + i * 10, currency: 'EUR', period: 'year' },
  }));
  const text = JSON.stringify(
    {
      id: 'big',
      title: 'A big ladder',
      tiers: [
        { id: 'junior', name: 'Junior' },
        { id: 'senior', name: 'Senior' },
      ],
      roles,
    },
    null,
    2,
  );
  const folder = await mkdtemp(join(tmpdir(), 'pm-ladder-big-'));
  try {
    await writeFile(join(folder, 'big.json'), text);
    const input = await page.$('#file');
    await input.uploadFile(join(folder, 'big.json'));
    await waitFor(page, 'the big ladder in the preview', () =>
      document.querySelector('pm-ladder').shadowRoot?.textContent.includes('Role 999'),
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) =>
      window.__longTasks.push(...list.getEntries().map((e) => e.duration)),
    ).observe({
      type: 'longtask',
    });
    document.querySelector('#editor').shadowRoot.querySelector('.cm-content').focus();
  });
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type(' ', { delay: 0 });
  for (const key of 'x-note') await page.keyboard.type(key, { delay: 40 });
  const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  if (longest > 100)
    fail(`typing in a document of 1,000 roles blocked the page for ${Math.round(longest)} ms`);
  await page.click('#share');
  await waitFor(page, 'the answer of the share button', () =>
    document.querySelector('#take-status').textContent.trim(),
  );
  const said = await page.$eval('#take-status', (status) => status.textContent);
  if (!said.includes('too large for a link')) fail(`a document of 1,000 roles for a link: "${said}"`);
}

/**
 * The playground's checks in one browser. `fail` is given each problem found; the promise
 * resolves once every check has run (a check that cannot go on fails and the rest are skipped).
 */
/**
 * The engineering example in the matrix view, and its comparison of two roles: the preview's
 * `view`, `from` and `to` reach the elements, and the snippet of <pm-role-compare> says them.
 */
async function matrixAndComparison(page, fail) {
  await page.select('#start', 'engineering');
  await waitFor(page, "the example's ladder in the preview", () =>
    document.querySelector('pm-ladder').shadowRoot?.textContent.includes('Staff Engineer'),
  );
  await page.select('#controls select[name="view"]', 'matrix');
  await waitFor(page, 'the matrix in the preview', () =>
    Boolean(document.querySelector('pm-ladder').shadowRoot.querySelector('[part~="matrix"] tbody th')),
  ).catch((error) => fail(`the preview shows no matrix: ${error.message}`));
  await page.select('#controls select[name="from"]', 'engineer');
  await page.select('#controls select[name="to"]', 'staff-engineer');
  await waitFor(page, 'the comparison of Engineer and Staff Engineer', () =>
    document
      .querySelector('pm-role-compare')
      .shadowRoot?.querySelector('[part~="compare-title"]')
      ?.textContent.includes('From Engineer to Staff Engineer'),
  ).catch((error) => fail(`the preview shows no comparison: ${error.message}`));
  await page.select('#snippet-element', 'pm-role-compare');
  const snippet = await page.$eval('#snippet', (code) => code.textContent);
  if (!/<pm-role-compare[^>]*from="engineer"[^>]*to="staff-engineer"/s.test(snippet)) {
    fail(`the snippet of <pm-role-compare> lacks from and to: ${snippet.slice(0, 200)}`);
  }
  await accessible(page, 'with the matrix and a comparison', fail);
  await page.select('#controls select[name="view"]', '');
  await page.select('#snippet-element', 'pm-ladder');
}

export async function checkPlayground(browser, url, options, fail) {
  const context = await browser.createBrowserContext();
  try {
    if (options.clipboard)
      await context.overridePermissions(new URL(url).origin, [
        'clipboard-read',
        'clipboard-write',
        'clipboard-sanitized-write',
      ]);
    const page = await openSkeleton(context, url, fail);
    await accessible(page, 'as it opens', fail);
    await tabsOut(page, fail);
    await typeMistake(page, fail);
    await takeSnippet(page, browser, options, fail);
    await share(page, browser, fail);
    await completes(page, fail);
    await matrixAndComparison(page, fail);
    if (options.large) await largeDocument(page, fail);
  } catch (error) {
    fail(error.message);
  } finally {
    await context.close();
  }
}

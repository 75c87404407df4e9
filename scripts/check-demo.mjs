/* global document, window, location, DOMParser, customElements, requestAnimationFrame -- page.evaluate callbacks run in the browser */
// Checks the demo site in headless Chromium, as CI does after `npm run build:demo`: it serves
// site/ with a strict Content Security Policy (no inline scripts), loads every page, and fails
// on a console error, a failed request, an element that did not render (or an error view where
// none is expected), a snippet that differs from the markup its example uses, a Copy button
// that does not copy, a navigation that differs between pages, a page wider than 320 px, or a
// page whose content moves as it loads: a cumulative layout shift above 0.05 at a phone's viewport
// (CPU 4× slower, a slow 4G network) or a desktop's (a fast network). The playground is served
// without 'unsafe-inline' for styles too, and driven in Chromium and Firefox
// (scripts/check-playground.mjs): its problems, preview, snippet and share link.
// Usage: node scripts/check-demo.mjs [--source]   (--source: the demo as `npm start` serves it,
// from demo/, with demo/static-ladder.html from `node scripts/build-demo.mjs --static-only`)
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, launchFirefox } from './browsers.mjs';
import { checkPlayground } from './check-playground.mjs';
import { STATIC_RENDER } from './build-demo.mjs';
import { serve } from './serve.mjs';

const source = process.argv.includes('--source');
const folder = fileURLToPath(new URL(source ? '../demo/' : '../site/', import.meta.url));
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');
/** The playground's policy: no inline style either; CodeMirror's styles are constructed style sheets. */
const STRICT_CSP = CSP.replace(" 'unsafe-inline'", '');
const PLAYGROUND = 'playground.html';
const TAGS = 'pm-ladder, pm-role-card, pm-salary-range, pm-role-compare';
// The static rendering that demo/static.html shows, and the command that it says wrote it.
const RENDERED = STATIC_RENDER[STATIC_RENDER.indexOf('--out') + 1];
const RENDER_COMMAND = `npx pm-ladder ${STATIC_RENDER.join(' ')}`;

/**
 * What each page must show: how many of each element, how many of them show their error view
 * (the examples of documents with mistakes), the language chunks they load, the commands their
 * snippets show, and for a page shown in a frame, the same for the frame. A page without an
 * entry here fails the check.
 */
const PAGES = {
  'index.html': {
    elements: { 'pm-ladder': 7, 'pm-role-compare': 1 },
    errors: 1,
    loads: ['pm-ladder.views.js', 'pm-ladder.assess.js'],
  },
  'recruiting.html': {
    elements: { 'pm-role-card': 1, 'pm-salary-range': 10 },
    errors: 1,
    loads: ['pm-ladder.de.js'],
  },
  'themes.html': {
    elements: { 'pm-ladder': 8, 'pm-salary-range': 8 },
    errors: 0,
    loads: ['pm-ladder.ar.js'],
  },
  [PLAYGROUND]: {
    elements: { 'pm-ladder': 1, 'pm-role-card': 1, 'pm-salary-range': 1, 'pm-role-compare': 1 },
    errors: 0,
  },
  'static.html': {
    elements: {},
    errors: 0,
    commands: [RENDER_COMMAND],
    frame: { url: RENDERED, elements: { 'pm-ladder': 1 }, errors: 0, static: true },
  },
  // The output of `pm-ladder render`: no demo navigation, no script, the shadow root in the markup.
  [RENDERED]: { elements: { 'pm-ladder': 1 }, errors: 0, static: true, nav: false },
};

/**
 * The viewports the layout shift of each page is measured at, as Lighthouse loads a page: a phone
 * with a CPU four times slower and a slow 4G network, and a desktop on a fast one. The network
 * matters: the page paints before the bundle and the documents arrive, as it does on a real one.
 */
const VIEWPORTS = [
  {
    name: 'mobile',
    viewport: { width: 412, height: 823, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    cpu: 4,
    network: {
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    },
  },
  {
    name: 'desktop',
    viewport: { width: 1350, height: 940, deviceScaleFactor: 1 },
    cpu: 1,
    network: {
      latency: 40,
      downloadThroughput: (10 * 1024 * 1024) / 8,
      uploadThroughput: (10 * 1024 * 1024) / 8,
    },
  },
];
/** The most a page's content may move while it loads (the sum of its layout shifts, as Lighthouse's "good"). */
const MAX_LAYOUT_SHIFT = 0.05;

// The browser asks for /favicon.ico by itself for a page that names no icon (the output of
// `pm-ladder render`): not a request of the page's.
const ownRequest = (url) => new URL(url).pathname === '/favicon.ico';

const failures = [];
const fail = (page, message) => failures.push(`${page}: ${message}`);

/** Waits for every element to render (or show its error), then says what each one shows. */
async function rendered(target) {
  await target
    .waitForFunction(
      (tags) =>
        [...document.querySelectorAll(tags)].every((element) => {
          const root = element.shadowRoot;
          const status = root?.querySelector('[part~="status"]');
          return root && !status?.textContent.trim() && root.querySelector('[part]');
        }),
      { timeout: 15000 },
      TAGS,
    )
    .catch(() => undefined);
  return target.evaluate((tags) => {
    // What each element shows once it has rendered (a ladder in its matrix view, its matrix).
    const shows = {
      'pm-ladder': 'role',
      'pm-role-card': 'role-title',
      'pm-salary-range': 'range',
      'pm-role-compare': 'comparison',
    };
    const scripts = [...document.querySelectorAll('script')].filter(
      (script) => script.type !== 'application/json',
    );
    return {
      scripts: scripts.length,
      defined: Boolean(window.customElements?.get('pm-ladder')),
      elements: [...document.querySelectorAll(tags)].map((element) => {
        const root = element.shadowRoot;
        const walker = root && document.createTreeWalker(root, 4 /* text */);
        let text = '';
        while (walker?.nextNode()) {
          if (!walker.currentNode.parentElement?.closest('style')) text += walker.currentNode.data;
        }
        return {
          tag: element.localName,
          label:
            element.getAttribute('role-id') ??
            element.getAttribute('src') ??
            element.getAttribute('label') ??
            '',
          root: Boolean(root),
          text: text.trim().length,
          content: Boolean(
            root?.querySelector(
              element.getAttribute('view') === 'matrix'
                ? '[part~="matrix"]'
                : `[part~="${shows[element.localName]}"]`,
            ),
          ),
          error: Boolean(root?.querySelector('[part~="error"]')),
        };
      }),
    };
  }, TAGS);
}

function checkRendering(name, result, expected) {
  const counts = {};
  for (const element of result.elements) counts[element.tag] = (counts[element.tag] ?? 0) + 1;
  for (const tag of ['pm-ladder', 'pm-role-card', 'pm-salary-range']) {
    const want = expected.elements[tag] ?? 0;
    if ((counts[tag] ?? 0) !== want) fail(name, `${counts[tag] ?? 0} <${tag}>, expected ${want}`);
  }
  for (const element of result.elements) {
    if (!element.root || !element.text || !(element.content || element.error)) {
      fail(name, `<${element.tag}> ${element.label} did not render`);
    }
  }
  const errors = result.elements.filter((element) => element.error).length;
  if (errors !== expected.errors) fail(name, `${errors} elements show an error, expected ${expected.errors}`);
  if (expected.static && (result.scripts || result.defined)) {
    fail(
      name,
      `a static page, but it has ${result.scripts} scripts and the elements are defined: ${result.defined}`,
    );
  }
}

/**
 * Each HTML snippet against its example: the elements it shows must be those of its section, with
 * the same attributes and content, as the page's own markup has them (before any script runs).
 */
function checkSnippets(page) {
  return page.evaluate(async (tags) => {
    const problems = [];
    const markup = await (await fetch(location.href)).text();
    const original = new DOMParser().parseFromString(markup, 'text/html');
    const outermost = (root) =>
      [...root.querySelectorAll(tags)].filter((element) => !element.parentElement?.closest(tags));
    const canonical = (node) => {
      if (node.nodeType === 3) return node.data.replace(/\s+/g, ' ').trim();
      if (node.nodeType !== 1) return '';
      if (node.localName === 'script' && node.type === 'application/json') {
        try {
          return `<script json>${JSON.stringify(JSON.parse(node.textContent))}</script>`;
        } catch {
          return `<script json>${node.textContent}</script>`;
        }
      }
      const attributes = [...node.attributes].map(({ name, value }) => `${name}="${value}"`).sort();
      const children = [...node.childNodes].map(canonical).filter(Boolean);
      return `<${[node.localName, ...attributes].join(' ')}>${children.join('')}</${node.localName}>`;
    };
    for (const section of original.querySelectorAll('section')) {
      const heading = section.querySelector('h2')?.textContent.trim();
      const used = outermost(section).map(canonical);
      const snippets = [...section.querySelectorAll('pre.snippet')];
      if (used.length && !snippets.length) problems.push(`"${heading}" has examples but no snippet`);
      for (const pre of snippets) {
        const parsed = new DOMParser().parseFromString(`<body>${pre.textContent}</body>`, 'text/html');
        const shown = outermost(parsed.body).map(canonical);
        if (!shown.length) continue;
        if (shown.join('\n') !== used.join('\n')) {
          const index = shown.findIndex((element, i) => element !== used[i]);
          problems.push(
            `the snippet of "${heading}" differs from its example:\n    snippet: ${shown[index] ?? '(nothing)'}\n    example: ${used[index] ?? '(nothing)'}`,
          );
        }
      }
    }
    return problems;
  }, TAGS);
}

/** Every Copy button, used from the keyboard, must put its snippet on the clipboard and say so. */
async function checkCopy(name, page) {
  const count = await page.$$eval('.snippet-copy', (buttons) => buttons.length);
  const snippets = await page.$$eval('pre.snippet', (pres) => pres.length);
  if (count !== snippets) fail(name, `${snippets} snippets but ${count} Copy buttons`);
  for (let index = 0; index < count; index++) {
    await page.evaluate((i) => document.querySelectorAll('.snippet-copy')[i].focus(), index);
    await page.keyboard.press('Enter');
    const status = await page
      .waitForFunction(
        (i) => document.querySelectorAll('.snippet-status')[i].textContent.trim(),
        { timeout: 3000 },
        index,
      )
      .then((handle) => handle.jsonValue())
      .catch(() => '(nothing)');
    const [copied, text, live] = await page.evaluate(async (i) => {
      const block = document.querySelectorAll('.snippet-block')[i];
      return [
        await navigator.clipboard.readText(),
        block.querySelector('pre').textContent,
        block.querySelector('.snippet-status').getAttribute('role'),
      ];
    }, index);
    if (status !== 'Copied' || live !== 'status')
      fail(name, `Copy button ${index + 1} said "${status}" (${live})`);
    if (copied !== text) fail(name, `Copy button ${index + 1} copied ${JSON.stringify(copied.slice(0, 60))}`);
  }
}

/** Without the Clipboard API, the Copy button selects the snippet and says how to copy it. */
async function checkCopyFallback(browser, url) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    document.execCommand = () => false;
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.focus('.snippet-copy');
  await page.keyboard.press('Enter');
  await page
    .waitForFunction(() => document.querySelector('.snippet-status').textContent.trim(), { timeout: 3000 })
    .catch(() => undefined);
  const [status, selected, text] = await page.evaluate(() => [
    document.querySelector('.snippet-status').textContent,
    document.getSelection().toString(),
    document.querySelector('pre.snippet').textContent,
  ]);
  if (!/^Selected: press (Ctrl\+C|⌘C)$/.test(status) || selected !== text) {
    fail(
      'index.html',
      `without the Clipboard API, Copy said "${status}" and selected ${selected.length} characters`,
    );
  }
  await page.close();
}

/**
 * Loads a page afresh at a viewport and sums the layout shifts from navigation until it has
 * settled: the network idle, every element defined and updated, every `src` shown (`pm-load` or
 * `pm-error`), then two frames; on a static page (`scripted` false), whose elements are never
 * defined, the network idle and two frames. Every shift counts, those marked `hadRecentInput` too:
 * the check gives no input, and Chromium marks shifts so for a while after a viewport is emulated
 * (Lighthouse counts them as well). The sum of all shifts is at least the page's CLS, its worst
 * session window. Resolves with the sum and the largest shifts, with the elements each moved.
 */
async function layoutShift(browser, url, { viewport, cpu, network }, scripted) {
  const page = await browser.newPage();
  const client = await page.createCDPSession();
  await page.setCacheEnabled(false);
  await page.setViewport(viewport);
  await client.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await client.send('Network.emulateNetworkConditions', { offline: false, ...network });
  await page.evaluateOnNewDocument((tags) => {
    const describe = (node) => {
      // No node: one in a shadow root, or one no longer on the page.
      if (!node || node.nodeType !== 1) return node?.nodeName ?? '(in a shadow root, or gone)';
      const id = node.id ? `#${node.id}` : '';
      const label = node.getAttribute('src') ?? node.getAttribute('role-id') ?? node.className ?? '';
      return `<${node.localName}${id}${label && typeof label === 'string' ? ` ${label.slice(0, 40)}` : ''}>`;
    };
    window.__shifts = [];
    window.__shown = new Set();
    for (const type of ['pm-load', 'pm-error'])
      document.addEventListener(type, (event) => window.__shown.add(event.composedPath()[0]), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__shifts.push({
          value: entry.value,
          time: Math.round(entry.startTime),
          sources: (entry.sources ?? []).map(
            (source) =>
              `${describe(source.node)} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`,
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    window.__settled = async () => {
      const elements = [...document.querySelectorAll(tags)];
      await Promise.all(
        [...new Set(elements.map((element) => element.localName))].map((tag) =>
          customElements.whenDefined(tag),
        ),
      );
      await Promise.all(elements.map((element) => element.updateComplete));
      const waiting = elements.filter(
        (element) =>
          (element.hasAttribute('src') && !window.__shown.has(element)) ||
          element.shadowRoot?.querySelector('[part~="status"]')?.textContent.trim(),
      );
      if (waiting.length) return false;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return true;
    };
  }, TAGS);
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  const elements = await page.$$eval(TAGS, (found) => found.length);
  if (elements && scripted)
    await page.waitForFunction(() => window.__settled(), { timeout: 30000, polling: 100 });
  else
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  const shifts = await page.evaluate(() => window.__shifts);
  await page.close();
  return {
    total: shifts.reduce((sum, shift) => sum + shift.value, 0),
    largest: shifts.sort((a, b) => b.value - a.value).slice(0, 3),
  };
}

const pages = (await readdir(folder).catch(() => []))
  .filter((file) => file.endsWith('.html'))
  .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));
if (!pages.length || (source && !existsSync(new URL('../demo/static-ladder.html', import.meta.url)))) {
  console.error(
    source
      ? 'check-demo: run `node scripts/build-demo.mjs --static-only` first'
      : 'check-demo: site/ is missing: run `npm run build:demo` first',
  );
  process.exit(1);
}

// The demo holds its elements' places with the README's rule, exactly as a page would paste it.
const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
const placeRule = [...readme.matchAll(/```css\n([^`]*?)```/g)]
  .map(([, rule]) => rule)
  .find((rule) => rule.includes(':not(:defined)'));
const demoCss = await readFile(join(folder, 'demo.css'), 'utf8');
if (!placeRule) fail('README.md', 'no CSS block with a :not(:defined) rule');
else if (!demoCss.includes(placeRule))
  fail('demo.css', "the README's :not(:defined) rule is not in it as written");

const server = await serve(0, {
  root: source ? fileURLToPath(new URL('..', import.meta.url)) : folder,
  headers: (path) => ({ 'content-security-policy': path.endsWith(`/${PLAYGROUND}`) ? STRICT_CSP : CSP }),
});
const base = `http://127.0.0.1:${server.address().port}/${source ? 'demo/' : ''}`;
const browser = await launchChromium('The demo check');
try {
  await browser
    .defaultBrowserContext()
    .overridePermissions(new URL(base).origin, [
      'clipboard-read',
      'clipboard-write',
      'clipboard-sanitized-write',
    ]);
  let navigation;
  for (const name of pages) {
    const expected = PAGES[name];
    if (!expected) {
      fail(
        name,
        'a page that the check does not know: add what it must show to PAGES in scripts/check-demo.mjs',
      );
      continue;
    }
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    const requested = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !ownRequest(message.location()?.url ?? '')) {
        fail(name, `console error: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => fail(name, `uncaught: ${error.message}`));
    page.on('requestfailed', (request) => fail(name, `${request.url()}: ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      requested.push(response.url());
      if (response.status() >= 400 && !ownRequest(response.url())) {
        fail(name, `${response.url()}: HTTP ${response.status()}`);
      }
    });
    await page.goto(new URL(name, base).href, { waitUntil: 'networkidle0' });

    checkRendering(name, await rendered(page), expected);
    if (expected.frame) {
      const frame = page.frames().find((candidate) => candidate.url().endsWith(`/${expected.frame.url}`));
      if (frame) checkRendering(`${name} (frame)`, await rendered(frame), expected.frame);
      else fail(name, `no frame showing ${expected.frame.url}`);
    }
    for (const chunk of expected.loads ?? []) {
      if (!requested.some((url) => url.endsWith(`/${chunk}`))) fail(name, `${chunk} was not loaded`);
    }
    for (const problem of await checkSnippets(page)) fail(name, problem);
    const shown = await page.$$eval('pre.snippet', (pres) => pres.map((pre) => pre.textContent.trim()));
    for (const command of expected.commands ?? []) {
      if (!shown.includes(command)) fail(name, `no snippet shows the command \`${command}\``);
    }
    if (expected.nav !== false) {
      const links = await page.$$eval('nav.demo-nav a', (anchors) =>
        anchors.map((a) => ({
          href: a.href,
          text: a.textContent.trim(),
          current: a.getAttribute('aria-current'),
        })),
      );
      const current = links.filter((link) => link.current === 'page');
      if (
        current.length !== 1 ||
        current[0].href.replace(/index\.html$/, '') !== page.url().replace(/index\.html$/, '')
      ) {
        fail(name, 'the navigation does not mark this page, alone, as the current one');
      }
      const list = links.map(({ href, text }) => `${text} ${href}`).join(', ');
      navigation ??= list;
      if (list !== navigation) fail(name, `the navigation differs from index.html's: ${list}`);
    }
    if (!expected.static) await checkCopy(name, page);

    await page.setViewport({ width: 320, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) fail(name, `at 320 px the page scrolls sideways by ${overflow} px`);
    await page.close();

    const shifts = [];
    for (const conditions of VIEWPORTS) {
      const { total, largest } = await layoutShift(
        browser,
        new URL(name, base).href,
        conditions,
        !expected.static,
      );
      shifts.push(`${conditions.name} ${total.toFixed(3)}`);
      if (total > MAX_LAYOUT_SHIFT) {
        const detail = largest
          .map(
            (shift) => `\n      ${shift.value.toFixed(3)} at ${shift.time} ms: ${shift.sources.join(', ')}`,
          )
          .join('');
        fail(
          name,
          `layout shift ${total.toFixed(3)} at the ${conditions.name} viewport, above ${MAX_LAYOUT_SHIFT}:${detail}`,
        );
      }
    }
    console.log(`${name} checked (layout shift: ${shifts.join(', ')})`);
  }
  await checkCopyFallback(browser, new URL('index.html', base).href);

  const playground = new URL(PLAYGROUND, base).href;
  const bundleFolder = source ? fileURLToPath(new URL('../dist/', import.meta.url)) : folder;
  const options = { bundleFolder, csp: STRICT_CSP };
  await checkPlayground(browser, playground, { ...options, clipboard: true, large: true }, (message) =>
    fail(`${PLAYGROUND} in Chromium`, message),
  );
  console.log(`${PLAYGROUND} driven in Chromium`);
  const firefox = await launchFirefox();
  if (!firefox && process.env.CI) fail(PLAYGROUND, 'Firefox is missing: apt-get install firefox-esr');
  else if (!firefox) console.log(`Firefox is missing: ${PLAYGROUND} is not driven in it`);
  else {
    try {
      await checkPlayground(firefox, playground, options, (message) =>
        fail(`${PLAYGROUND} in Firefox`, message),
      );
    } finally {
      await firefox.close();
    }
    console.log(`${PLAYGROUND} driven in Firefox`);
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`\nThe demo has ${failures.length} problem${failures.length === 1 ? '' : 's'}:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`The demo's ${pages.length} pages render, with no error, in ${source ? 'demo/' : 'site/'}.`);

// Routes of the test server under /fixtures/: ladder documents that answer well, badly, slowly
// or not at all, and a record of what each URL was asked and whether the asker hung up.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const good = readFileSync(new URL('../demo/ladders/example-engineering.json', import.meta.url), 'utf8');
/** The same ladder as a sheet, as writeSheet writes it (scripts/templates.mjs keeps it fresh). */
const goodSheet = readFileSync(new URL('../demo/ladders/example-engineering.csv', import.meta.url), 'utf8');
const goodTitle = JSON.parse(good).title;

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
const cell = (text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The good sheet, titled `title` (its ladder's title is given once, in its first row of roles). */
const titledSheet = (title) => (title ? goodSheet.replace(cell(goodTitle), cell(title)) : goodSheet);

/**
 * A sheet as a European spreadsheet saves it: a byte-order mark, `;` between cells, CRLF line
 * ends, amounts with `.` between thousands, quoted cells holding `;`, quotes and line breaks,
 * empty columns after the last and empty rows at the end.
 */
const europeanSheet = [
  '\uFEFFLadder;Title;Tier;Summary;Responsibilities;Pay min;Pay max;Pay currency;Pay period;;',
  'Équipe produit;Chef de produit;Confirmé;"Mène l\'équipe; écrit ""la"" feuille de route";"Écoute les clients.\r\nÉcrit la feuille de route.";45.000;60.000;EUR;year;;',
  ';Directrice produit;Direction;"Fixe le cap; tranche";;70.000;90.000;EUR;year',
  ';;;;;;;;;;',
  '',
  '',
].join('\r\n');

/** Sheets with one mistake each, by route; each as a spreadsheet would save it. */
const badSheets = {
  'no-title.csv': 'Ladder,Role name,Tier\nL,Engineer,One\n,Senior Engineer,Two\n',
  'pay-90k.csv':
    'Ladder,Title,Tier,Pay min,Pay max,Pay currency,Pay period\nL,Engineer,One,80000,90000,USD,year\n,Senior Engineer,Two,90k,120000,USD,year\n',
  'misspelt-tier.csv':
    'Ladder,Title,Tier\nL,Engineer,Entry\n,Engineer II,Entry\n,Senior Engineer,Senoir\n,Staff Engineer,Senior\n,Principal Engineer,Senior\n',
  'bad-level.csv':
    'Ladder,Title,Tier,"Competency: Craft / System design (levels: Adopts, Specializes, Masters)"\nL,Engineer,One,Adopts\n,Senior Engineer,Two,"Mastres\nDesigns systems."\n',
};

let bigSheets;
/** A sheet of 10,000 roles, and a 5 MB one; built once, when first asked for. */
function generatedSheets() {
  if (!bigSheets) {
    const rows = ['Ladder,Title,Tier,Next,Pay min,Pay max,Pay currency,Pay period'];
    for (let i = 0; i < 10_000; i++) {
      const next = i < 9_999 ? `Role ${i + 1}` : '';
      rows.push(
        `${i ? '' : 'Ten thousand roles'},Role ${i},Tier ${Math.floor(i / 100)},${next},${i},${i + 1000},USD,year`,
      );
    }
    const row = `,Role,One,${'x'.repeat(500)}\n`;
    bigSheets = {
      'rows-10000.csv': `${rows.join('\n')}\n`,
      'five-mb.csv': `Ladder,Title,Tier,Summary\nL${row}${row.repeat(Math.ceil((5 * 1024 * 1024) / row.length))}`,
    };
  }
  return bigSheets;
}

/** The first bytes of a spreadsheet's own file (.xlsx, a zip), which is no CSV. */
const binarySheet = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]),
  Buffer.from('[Content_Types].xml'),
  Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37 + 11) % 256)),
]);

let huge;
/** A 5 MB document: valid JSON, far past the size the elements take. Built once, when first asked for. */
function hugeDocument() {
  if (!huge) {
    const ladder = JSON.parse(good);
    ladder.description = 'x'.repeat(5 * 1024 * 1024);
    huge = JSON.stringify(ladder);
  }
  return huge;
}

const seen = new Map();
/** The files of `flaky/` routes that have answered 503 already. */
const failedOnce = new Set();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function record(url) {
  let entry = seen.get(url);
  if (!entry) seen.set(url, (entry = { requests: 0, aborted: 0 }));
  return entry;
}

/** Koa middleware for @web/test-runner's dev server. */
export async function fixtureServer(ctx, next) {
  if (!ctx.path.startsWith('/fixtures/')) return next();
  const route = ctx.path.slice('/fixtures/'.length);
  if (route === 'strict.html') {
    // A page as strict as hosts make them: no inline script or style, no eval, and with
    // ?trusted-types, Trusted Types required for every script sink. Lit's policy is named
    // lit-html; two copies of Lit on one page (as here) each create it, hence 'allow-duplicates'.
    const policy = [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      ...(ctx.query['trusted-types'] !== undefined
        ? ["require-trusted-types-for 'script'", "trusted-types lit-html 'allow-duplicates'"]
        : []),
    ].join('; ');
    ctx.set('Content-Security-Policy', policy);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict page</title>
<script type="module" src="/test/reliability/strict-page.js"></script></head><body></body></html>`;
    return;
  }
  if (route === 'seed') {
    // PM_FC_SEED=<seed> npm test replays the property tests' runs.
    ctx.type = 'text/plain';
    ctx.body = process.env.PM_FC_SEED ?? '';
    return;
  }
  if (route === 'bundle-alone/pm-ladder.bundle.js') {
    // The bundle copied without the files beside it: what loads on demand is missing (404).
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(new URL('../dist/pm-ladder.bundle.js', import.meta.url), 'utf8');
    return;
  }
  const flaky = /^flaky(?:-(\w+))?\/(\w+)\/(pm-ladder\.[\w.]+\.js)$/.exec(route);
  if (flaky) {
    // The bundle and the files beside it, under a path of the test's own: each file loaded on
    // demand (a language, pm-ladder.documents.js) answers 503 the first time it is asked for;
    // under flaky-NAME/, only pm-ladder.NAME.js does.
    const [, only, token, file] = flaky;
    const key = `${only ?? ''}/${token}/${file}`;
    const fails = only ? file === `pm-ladder.${only}.js` : file !== 'pm-ladder.bundle.js';
    if (fails && !failedOnce.has(key)) {
      failedOnce.add(key);
      ctx.status = 503;
      ctx.type = 'text/plain';
      ctx.body = 'Service unavailable, for once';
      return;
    }
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
    return;
  }
  if (route === 'record') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(seen.get(ctx.query.url) ?? { requests: 0, aborted: 0 });
    return;
  }
  const entry = record(ctx.url);
  entry.requests++;
  ctx.res.on('close', () => {
    if (!ctx.res.writableFinished) entry.aborted++;
  });

  const delay = Number(ctx.query.delay ?? 0);
  if (delay) await sleep(delay);
  const title = typeof ctx.query.title === 'string' ? ctx.query.title : undefined;

  switch (route) {
    case 'ladder.json': {
      const ladder = JSON.parse(good);
      if (title) ladder.title = title;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(ladder);
      return;
    }
    case 'plain-text.json':
      ctx.type = 'text/plain';
      ctx.body = good;
      return;
    case 'invalid.json':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ ...JSON.parse(good), roles: [{ id: 'x', title: 'X', tier: 'senoir' }] });
      return;
    case 'picture.png':
      ctx.type = 'image/png';
      ctx.body = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
      return;
    case 'broken.json':
      ctx.type = 'application/json';
      ctx.body = '{"id": "broken", "title": ';
      return;
    case 'page.html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>Sorry, that page is gone.</p>';
      return;
    case 'huge.json':
    case 'huge-chunked.json': {
      const text = hugeDocument();
      ctx.type = 'application/json';
      // Streamed, it arrives without a Content-Length to refuse it by.
      ctx.body = route === 'huge.json' ? text : Readable.from([text.slice(0, 1e6), text.slice(1e6)]);
      return;
    }
    case 'huge-slow.json': {
      // 4.5 MB at once, then the rest two seconds later: a reader that stops at the limit never waits for it.
      const text = hugeDocument();
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (async function* () {
          yield text.slice(0, 4.5e6);
          await sleep(2000);
          yield text.slice(4.5e6);
        })(),
      );
      return;
    }
    case 'markup.json':
      // Declared JSON that is not: a JSON error, not "a web page".
      ctx.type = 'application/json';
      ctx.body = '<ladder>not JSON</ladder>';
      return;
    // Sheets, as a spreadsheet published to the web answers: a redirect to the file, served as CSV.
    case 'sheet/pub':
    case 'sheet/pub-302': {
      ctx.status = route === 'sheet/pub' ? 307 : 302;
      ctx.redirect(`/fixtures/sheet/published${ctx.search}`);
      return;
    }
    case 'sheet/published':
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = titledSheet(title);
      return;
    case 'sheet/european':
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = europeanSheet;
      return;
    case 'sheet/ladder.csv':
      // A server that knows no CSV: the path says what it is.
      ctx.type = 'text/plain';
      ctx.body = titledSheet(title);
      return;
    case 'sheet/download':
      // Neither the type nor the path says: only the element's format="csv" does.
      ctx.type = 'application/octet-stream';
      ctx.body = titledSheet(title);
      return;
    case 'sheet/document.csv':
      // A path ending .csv that holds JSON: format="json" reads it as such.
      ctx.type = 'text/plain';
      ctx.body = good;
      return;
    case 'sheet/binary.csv':
      ctx.type = 'text/csv';
      ctx.body = binarySheet;
      return;
    case 'sheet/rows-10000.csv':
    case 'sheet/five-mb.csv':
      ctx.type = 'text/csv';
      ctx.body = generatedSheets()[route.slice('sheet/'.length)];
      return;
    case 'drop':
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    default: {
      const bad = /^sheet\/bad\/([\w-]+\.csv)$/.exec(route)?.[1];
      if (bad && bad in badSheets) {
        ctx.type = 'text/csv';
        ctx.body = badSheets[bad];
        return;
      }
      const status = /^status\/(\d{3})$/.exec(route);
      if (status) {
        ctx.status = Number(status[1]);
        ctx.type = 'text/plain';
        ctx.body = 'no ladder here';
        return;
      }
      return next();
    }
  }
}

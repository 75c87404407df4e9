// `pm-ladder render` as a user runs it: its output, its checks of the document, its exit codes.
// Run with `npm run test:node`, after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { run } from '../cli.mjs';
import { fileURLToPath } from 'node:url';
import { defaultLadder, parseLadder } from '../../dist/index.js';
import { HtmlValidate } from 'html-validate';
import { classList, normalisedMarkup } from './markup.mjs';

const example = fileURLToPath(new URL('../../demo/ladders/example-engineering.json', import.meta.url));
const hostile = fileURLToPath(new URL('./ladders/hostile.json', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'pm-ladder-render-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `pm-ladder render …args` and expects it to succeed, saying nothing on standard error. */
function render(args = [], input) {
  const result = run(['render', ...args], input);
  assert.equal(result.stderr, '');
  assert.equal(result.status, 0);
  return result.stdout;
}

/** The text of HTML as a browser decodes it (the few entities Lit's server renderer writes). */
const decode = (html) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The markup of the element's declarative shadow root, and the text it shows. */
function shadowOf(html) {
  const start = html.indexOf('<template shadowroot="open" shadowrootmode="open">');
  assert.notEqual(start, -1, 'a declarative shadow root');
  const end = html.indexOf('</template>', start);
  const markup = html.slice(start, end).replace(/<style>[\s\S]*?<\/style>/, '');
  const text = decode(markup.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
  return { markup, text };
}

/** The ladder that the library's validator makes of a file: what the output must carry. */
function validated(file) {
  const result = parseLadder(readFileSync(file, 'utf8'));
  assert.ok(result.ok);
  return result.ladder;
}

/** Every script element of the output: there must be one, the ladder's data, and it must hold `ladder`. */
function assertOnlyDataScript(html, ladder) {
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  assert.deepEqual(scripts, ['<script type="application/json">']);
  const data = html.slice(html.indexOf(scripts[0]) + scripts[0].length, html.indexOf('</script>'));
  assert.deepEqual(JSON.parse(data), ladder);
  assert.equal(html.split('</script').length, 2, 'one end of a script');
}

describe('pm-ladder render', () => {
  test('writes the default ladder as a whole page, every role in its declarative shadow root', () => {
    const html = render();
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    assert.match(html, /<title>Product Manager career path<\/title>/);
    assert.match(
      html,
      /<pm-ladder (?=[^>]*layout="auto")(?=[^>]*locale="en")[^>]*><template shadowroot="open" shadowrootmode="open">/,
    );
    const { text } = shadowOf(html);
    for (const role of defaultLadder.roles) assert.ok(text.includes(role.title), role.title);
    assert.ok(text.includes(defaultLadder.guidance.skill));
    assertOnlyDataScript(html, defaultLadder);
    assert.match(html, /pm-ladder\.hydrate\.bundle\.js/, 'the note names the hydrating bundle');
    assert.match(html, /<\/html>\n$/);
  });

  test('writes a ladder of its own, with its tracks laid out and its settings', () => {
    const ladder = JSON.parse(readFileSync(example, 'utf8'));
    const args = [example, '--current', 'engineer', '--target', 'staff-engineer', '--heading-level', '3'];
    const html = render([...args, '--hide-guidance', '--theme', 'dark']);
    assert.match(html, /<title>Example Co\. engineering ladder<\/title>/);
    assert.match(html, /<meta name="color-scheme" content="dark">/);
    assert.match(
      html,
      /<pm-ladder current="engineer" target="staff-engineer" heading-level="3" hide-guidance/,
    );
    const { markup, text } = shadowOf(html);
    for (const role of ladder.roles) assert.ok(text.includes(role.title), role.title);
    assert.ok(text.includes('You are here') && text.includes('Goal'));
    assert.match(markup, /<h3 part="title">/);
    // The layout that the live element sets through the CSSOM is written out: track columns, pay bars.
    assert.match(markup, /<ol part="roles" class="roles" style="--_tracks:2">/);
    assert.match(markup, /data-role="engineering-manager"\s+style="--_column:2"/);
    assert.match(markup, /class="band"\s+style="--_start:[\d.]+%;--_size:[\d.]+%"/);
    assert.ok(text.includes('€60,000'), 'pay in the ladder’s currency');
    // The styles of competencies, which a browser adopts once the validator is here, are written out.
    assert.match(html, /<style>[^<]*\.competency\s*\{[^}]*grid-template-columns/);
    assertOnlyDataScript(html, validated(example));
  });

  test('writes one role as <pm-role-card> with --role, from a file or standard input', () => {
    const options = ['--role', 'senior-engineer', '--hide-pay', '--locale', 'de-de'];
    const html = render(['-', ...options], readFileSync(example, 'utf8'));
    assert.equal(render([example, ...options]), html, 'the same page from the file');
    assert.match(html, /<html lang="de-DE">/);
    assert.match(html, /<title>Senior Engineer – Example Co\. engineering ladder<\/title>/);
    assert.match(html, /<pm-role-card role-id="senior-engineer" hide-pay locale="de-DE"/);
    const shadow = shadowOf(html);
    assert.match(shadow.markup, /<h3 part="role-title">/);
    assert.ok(shadow.text.includes('Senior Engineer'));
    assert.ok(shadow.text.includes('Owns a system end to end.'));
    // One role's details: the card's one title, and none of the other roles' summaries.
    assert.equal(shadow.markup.match(/part="role-title"/g).length, 1);
    const ladder = JSON.parse(readFileSync(example, 'utf8'));
    const others = ladder.roles.filter((role) => role.id !== 'senior-engineer');
    assert.equal(others.length, 3);
    for (const role of others) assert.ok(!shadow.text.includes(role.summary), `no summary of ${role.id}`);
    assert.ok(!shadow.markup.includes('part="pay"'), '--hide-pay');
    assertOnlyDataScript(html, validated(example));
  });

  test('prints the element alone with --fragment, and writes a file with --out', () => {
    const fragment = render(['--role', 'vp-product', '--fragment']);
    assert.match(fragment, /^<!--[\s\S]*?-->\n/);
    assert.ok(!fragment.includes('<html') && !fragment.includes('<!DOCTYPE'));
    assert.match(fragment, /<pm-role-card role-id="vp-product"/);
    assert.ok(shadowOf(fragment).text.includes('Vice President of Product'));

    const out = join(folder, 'ladder.html');
    assert.equal(render(['--out', out]), '');
    assert.equal(readFileSync(out, 'utf8'), render());
  });

  test('writes the text of a hostile document as text, never as markup', () => {
    const html = render([hostile]);
    for (const tag of ['<img', '<svg', '<iframe', '<b>', '<a ', 'href="javascript']) {
      assert.ok(!html.includes(tag), `no ${tag}`);
    }
    assert.match(html, /<title>&lt;img src=x onerror=alert\(1\)&gt;<\/title>/);
    assert.equal(html.match(/<template\b/g).length, 1, 'only the element’s own shadow root');
    assert.equal(html.match(/<style>/g).length, 2, 'only the page’s and the element’s style sheets');
    const { text } = shadowOf(html);
    assert.ok(text.includes('<img src=x onerror=alert(1)>'));
    assert.ok(text.includes('</script><script>alert(3)</script>'));
    // `</script` and `<!--` in the data are written \u003c…, and read back as they were.
    assert.ok(html.includes('\\u003c/script>\\u003cscript>alert(3)\\u003c/script>'));
    assertOnlyDataScript(html, validated(hostile));
  });

  test('refuses a document with mistakes: each one located, on standard error, and nothing written', () => {
    const broken = join(folder, 'broken.json');
    const ladder = structuredClone(defaultLadder);
    ladder.roles[3].tier = 'senoir';
    ladder.roles[5].pay = { min: 90000, max: 80000, currency: 'USD', period: 'year' };
    writeFileSync(broken, JSON.stringify(ladder));
    const out = join(folder, 'broken.html');
    const { status, stdout, stderr } = run(['render', broken, '--out', out]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.ok(!existsSync(out), 'no file written');
    assert.match(stderr, /broken\.json is not a ladder document that can be shown:/);
    assert.match(
      stderr,
      /^ {2}line 1, column \d+ \(roles\[3\]\.tier\): "senoir" is not a tier id; tiers are entry, core, tenured, leadership$/m,
    );
    assert.match(stderr, /^ {2}line 1, column \d+ \(roles\[5\]\.pay\.min\): 90000 is more than max 80000/m);

    const notJson = run(['render', '-'], '{ "id": ');
    assert.equal(notJson.status, 1);
    assert.equal(notJson.stdout, '');
    assert.match(notJson.stderr, /^ {2}(document|line 1, column \d+): is not valid JSON/m);

    const missing = run(['render', join(folder, 'nowhere.json')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /nowhere\.json could not be read/);
  });

  test('refuses ids that name no role, and wrong command lines', () => {
    const role = run(['render', '--role', 'astronaut']);
    assert.equal(role.status, 1);
    assert.equal(role.stdout, '');
    assert.match(
      role.stderr,
      /--role: "astronaut" is not a role in this ladder; roles are associate-product-manager/,
    );
    const target = run(['render', example, '--target', 'product-manager']);
    assert.equal(target.status, 1);
    assert.match(target.stderr, /--target: "product-manager" is not a role in this ladder/);

    for (const args of [
      [],
      ['draw'],
      ['render', '--heading-level', '7'],
      ['render', '--theme', 'sepia'],
      ['render', '--locale', 'not a locale'],
      ['render', '--role', 'vp-product', '--current', 'product-manager'],
      ['render', '--colour'],
      ['render', 'a.json', 'b.json'],
    ]) {
      const result = run(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^pm-ladder: .+\nRun `pm-ladder --help` for the usage\.\n$/);
    }
  });

  test('documents itself with --help', () => {
    const { status, stdout } = run(['--help']);
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: pm-ladder render \[ladder\.json\] \[options\]/);
    for (const option of [
      '--role',
      '--current',
      '--target',
      '--locale',
      '--heading-level',
      '--hide-pay',
      '--hide-guidance',
      '--theme',
      '--out',
      '--fragment',
    ]) {
      assert.ok(stdout.includes(`  ${option}`), option);
    }
    assert.ok(stdout.includes('pm-ladder.hydrate.bundle.js'));
    assert.equal(run(['render', '-h']).stdout, stdout);
  });
});

describe('the HTML that render writes', () => {
  // html-validate's recommended rules: what the HTML standard and ARIA in HTML allow, and their
  // advice (no aria-label where screen readers may not read it, one style of doctype and void tags).
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const outputs = {
    'the default ladder, as a page': [],
    'a ladder of its own with its path': [
      example,
      '--current',
      'engineer',
      '--target',
      'engineering-manager',
    ],
    'a role with expectations, as a fragment': [example, '--role', 'staff-engineer', '--fragment'],
  };
  for (const [what, args] of Object.entries(outputs)) {
    test(`is valid HTML: ${what}`, async () => {
      const report = await validator.validateString(render(args));
      const problems = report.results.flatMap((result) =>
        result.messages.map((m) => `${m.line}:${m.column} ${m.message}`),
      );
      assert.deepEqual(problems, []);
    });
  }
});

describe('pm-ladder check', () => {
  /** The engineering example with an unknown field in a role and one in a tier, written to a file. */
  const withWarnings = () => {
    const ladder = JSON.parse(readFileSync(example, 'utf8'));
    ladder.roles[2].requirments = ['Has led a project across teams.'];
    ladder.tiers[0].colour = 'green';
    const file = join(folder, 'warnings.json');
    writeFileSync(file, JSON.stringify(ladder));
    return file;
  };
  /** The lines under the heading of what would not show, each with its path, without its line and column. */
  const warningLines = (stderr) =>
    stderr
      .split('\n')
      .slice(1, 3)
      .map((line) => line.trim().replace(/^line 1, column \d+ \(([^)]+)\)/, '$1'));
  const WARNINGS = [
    'tiers[0].colour: unknown field, not shown; the fields here are id, name, description (your own fields start with "x-")',
    'roles[2].requirments: unknown field; did you mean "requirements"?',
  ];

  test('says a good document can be shown, and nothing else', () => {
    const { status, stdout, stderr } = run(['check', example]);
    assert.equal(status, 0);
    assert.equal(stderr, '');
    assert.match(
      stdout,
      /example-engineering\.json is a ladder document that can be shown: "Example Co\. engineering ladder", 4 roles\./,
    );
  });

  test('lists each field that would not show, located, with the name it may have meant', () => {
    const { status, stderr } = run(['check', withWarnings()]);
    assert.equal(status, 0);
    assert.match(stderr, /warnings\.json has fields that would not show:/);
    assert.deepEqual(warningLines(stderr), WARNINGS);
  });

  test('render says the same warnings, and renders', () => {
    const { status, stdout, stderr } = run(['render', withWarnings(), '--fragment']);
    assert.equal(status, 0);
    assert.match(stdout, /<pm-ladder /);
    assert.deepEqual(warningLines(stderr), WARNINGS);
  });

  test('lists the problems of a broken document, each located, and fails', () => {
    const ladder = JSON.parse(readFileSync(example, 'utf8'));
    ladder.roles[2].expectations[0].level = 'expert';
    const file = join(folder, 'broken-expectation.json');
    writeFileSync(file, JSON.stringify(ladder));
    const { status, stdout, stderr } = run(['check', file]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /^ {2}line 1, column \d+ \(roles\[2\]\.expectations\[0\]\.level\): "expert" is not a level of "system-design"; its levels are adopts, specializes, evangelizes, masters, creates$/m,
    );
  });

  test('render writes a role of a ladder with competencies, its expectations in it', () => {
    const { text } = shadowOf(render([example, '--role', 'staff-engineer', '--fragment']));
    assert.match(
      text,
      / What is expected Craft System design Masters, 4 of 5 Designs systems that several teams build on\. Examples /,
    );
    assert.match(text, / Lateral move Engineering Manager /);
  });

  test('needs a document, and takes no render option', () => {
    assert.equal(run(['check']).status, 2);
    const withOption = run(['check', example, '--role', 'engineer']);
    assert.equal(withOption.status, 2);
    assert.match(withOption.stderr, /--role is for render, not for check/);
  });
});

describe('a ladder without competencies', () => {
  // The markup of each view as it was before ladders could have competencies (format-1/markup.json:
  // these same commands run with pm-ladder at commit eee8d86, normalised by markup.mjs), for the
  // default ladder and the demo's engineering ladder as they stood then (format-1/*.json). The
  // changes since are in it: the list of tiers has no aria-label, which screen readers may not
  // read on a list (html-validate's advice); a card is named after its role; the currency code
  // beside an amount that says it already is hidden from screen readers; a role's button is named
  // by its title alone, the rest its description; the loading message is no live region, and one
  // beside it says when a load has ended; a pay band's date without a source says "As of" it.
  // Class attributes compare as the names they hold.
  const before = Object.fromEntries(
    Object.entries(JSON.parse(readFileSync(new URL('./format-1/markup.json', import.meta.url), 'utf8'))).map(
      ([name, markup]) => [
        name,
        markup.replace(/ class="([^"]*)"/g, (_, names) => ` class="${classList(names)}"`),
      ],
    ),
  );
  const ladderFile = (name) => fileURLToPath(new URL(`./format-1/${name}.json`, import.meta.url));
  const [productManager, engineering] = [ladderFile('product-manager'), ladderFile('engineering')];
  const roles = JSON.parse(readFileSync(productManager, 'utf8')).roles;
  const views = {
    'default-ladder': [
      productManager,
      '--current',
      'associate-product-manager',
      '--target',
      'product-director',
    ],
    'engineering-ladder': [engineering, '--current', 'engineer', '--target', 'staff-engineer'],
    ...Object.fromEntries(roles.map((role) => [`default-${role.id}`, [productManager, '--role', role.id]])),
    ...Object.fromEntries(
      ['engineer', 'senior-engineer', 'staff-engineer', 'engineering-manager'].map((id) => [
        `engineering-${id}`,
        [engineering, '--role', id],
      ]),
    ),
  };

  test('renders the same DOM as before, view by view', () => {
    assert.deepEqual(Object.keys(views).sort(), Object.keys(before).sort());
    for (const [name, args] of Object.entries(views)) {
      // A card credits its sources since; the rest of it is as it was.
      const card = args.includes('--role');
      // A ladder with `current` and `target` offers their comparison in a fold since, under its
      // path sentence; and its clicks and keys are handled on the element's base, where the space
      // Lit leaves for an event binding now stands.
      const markup = normalisedMarkup(render([...args, '--fragment']), { withoutSources: card })
        .replace(/<details part="compare-offer"[\s\S]*?<\/details>/, '')
        .replace(/ >/g, '>');
      assert.equal(markup, before[name].replace(/ >/g, '>'), name);
    }
  });
});

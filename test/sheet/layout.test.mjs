// The sheet layout (docs/sheet-layout.md): sheets read as ladders, ladders written as sheets, and
// bad sheets each said where the spreadsheet shows the problem. Run with `npm run test:node`,
// after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { defaultLadder, validateLadder } from '../../dist/index.js';
import { readSheet, writeSheet } from '../../dist/sheet/index.js';
import { written } from '../../scripts/templates.mjs';

const engineering = JSON.parse(
  readFileSync(new URL('../../demo/ladders/example-engineering.json', import.meta.url), 'utf8'),
);

/** The problems of a sheet that is refused, as `place: message` lines. */
function problemsOf(text) {
  const result = readSheet(text);
  assert.equal(result.ok, false, 'the sheet should be refused');
  return result.errors.map(({ path, message }) => `${path}: ${message}`);
}

/** The ladder of a sheet that reads, and its warnings as lines. */
function read(text) {
  const result = readSheet(text);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  return {
    ladder: result.ladder,
    warnings: result.warnings.map(({ path, message }) => `${path}: ${message}`),
  };
}

const SMALL = [
  'Ladder,Title,Tier,Summary,Responsibilities,Next,Pay min,Pay max,Pay currency,Pay period',
  'Our ladder,Analyst,Entry,Starts here.,"Gathers data.\nWrites reports.",Senior Analyst,50000,60000,USD,year',
  ',Senior Analyst,Senior,Leads analyses.,,,"70,000",90 000,usd,Year',
].join('\n');

describe('readSheet', () => {
  test('reads a role a row: ids from titles, tiers in order of first appearance, lists a line an item', () => {
    const { ladder, warnings } = read(SMALL);
    assert.deepEqual(warnings, []);
    assert.deepEqual(ladder, {
      id: 'our-ladder',
      title: 'Our ladder',
      tiers: [
        { id: 'entry', name: 'Entry' },
        { id: 'senior', name: 'Senior' },
      ],
      roles: [
        {
          id: 'analyst',
          title: 'Analyst',
          tier: 'entry',
          summary: 'Starts here.',
          responsibilities: ['Gathers data.', 'Writes reports.'],
          next: ['senior-analyst'],
          pay: { min: 50000, max: 60000, currency: 'USD', period: 'year' },
        },
        {
          id: 'senior-analyst',
          title: 'Senior Analyst',
          tier: 'senior',
          summary: 'Leads analyses.',
          pay: { min: 70000, max: 90000, currency: 'USD', period: 'year' },
        },
      ],
    });
  });

  test('matches headings without regard to case, spaces or punctuation, and knows a few other names', () => {
    const text = 'LADDER;role_title;level;Min pay;MAX-PAY;currency;period\r\nL;A;One;1;2;EUR;month\r\n';
    const { ladder } = read(text);
    assert.deepEqual(ladder.roles[0], {
      id: 'a',
      title: 'A',
      tier: 'one',
      pay: { min: 1, max: 2, currency: 'EUR', period: 'month' },
    });
  });

  test('reads a semicolon sheet with a byte-order mark, CRLF and empty trailing rows and columns as a comma sheet', () => {
    const semicolons = `\uFEFF${SMALL.replace(/,/g, ';')
      .replace('70;000', '70.000')
      .replace(/\n(?!W)/g, '\r\n')};;\r\n;;;\r\n\r\n`;
    assert.deepEqual(read(semicolons).ladder, read(SMALL).ladder);
  });

  test('warns of an unknown column with the one it may have meant, and of a heading-less column with cells', () => {
    const { warnings } = read('Ladder,Title,Tier,Sumary,Colour,\nL,A,One,x,red,stray\n');
    assert.deepEqual(warnings, [
      'row 1, column "Sumary": unknown column, not read; did you mean "Summary"?',
      'row 1, column "Colour": unknown column, not read; see the layout\'s columns in docs/sheet-layout.md (a competency\'s heading starts with "Competency:", your own fields with "x-")',
      'row 2, column F: is in a column without a heading, not read; name the column in row 1',
    ]);
  });

  test('bad sheet: a missing title column', () => {
    assert.deepEqual(problemsOf('Ladder,Titel,Tier\nL,A,One\n'), [
      'row 1: has no column "Title": each role needs a title',
      'row 1, column "Titel": unknown column, not read; did you mean "Title"?',
    ]);
  });

  test('bad sheet: a pay cell "90k"', () => {
    const rows = [
      'Ladder,Title,Tier,Pay min,Pay max,Pay currency,Pay period',
      'L,A,One,80000,90000,USD,year',
    ];
    rows.push('', ',B,One,85000,95000,USD,year', ',C,One,90k,100000,USD,year');
    assert.deepEqual(problemsOf(rows.join('\n')), [
      'row 5, column "Pay min": "90k" is not a number; write the amount alone (like 90000), the currency under "Pay currency"',
    ]);
  });

  test('bad sheet: a tier name misspelt in one row is a warning, located, with the name it may mean', () => {
    const { ladder, warnings } = read(
      'Ladder,Title,Tier\nL,A,Entry\n,B,Entry\n,C,Senoir\n,D,Senior\n,E,Senior\n',
    );
    assert.deepEqual(warnings, [
      'row 4, column "Tier": "Senoir" is a tier of this role alone; did you mean "Senior"?',
    ]);
    assert.equal(ladder.tiers.length, 3);
    // Names that differ in their numbers are different tiers.
    assert.deepEqual(read('Ladder,Title,Tier\nL,A,Level 1\n,B,Level 1\n,C,Level 2\n').warnings, []);
    // A tier of one role that its row gives an id of its own is a tier on purpose, as a written sheet has it.
    assert.deepEqual(read('Ladder,Title,Tier,Tier id\nL,A,Ah,ah\n,B,Ah,\n,C,Bh,bh\n').warnings, []);
  });

  test('bad sheet: a competency level that is not one of its levels', () => {
    const heading = '"Competency: Craft / System design (levels: Adopts, Specializes, Masters)"';
    const text = `Ladder,Title,Tier,${heading}\nL,A,One,Adopts\n,B,Two,"Mastres\nDesigns systems."\n`;
    assert.deepEqual(problemsOf(text), [
      'row 3, column "Competency: Craft / System design (levels: Adopts, Specializes, Masters)": "Mastres" is not a level of System design; did you mean "Masters"? its levels are Adopts, Specializes, Masters (the first line of a cell names the level; leave it empty for a text alone)',
    ]);
  });

  test('reads competencies, their levels, a shared scale and expectations of a level and text', () => {
    const headings = [
      'Ladder',
      'Title',
      'Tier',
      '"Competency: Craft / Design (levels: Adopts, Masters)"',
      '"Competency: Craft / Delivery (Proficiency: Working, Expert)"',
      '"Competency: People / Mentoring (Proficiency: Working, Expert)"',
      'Competency: Writing',
    ];
    const text = `${headings.join(',')}\nL,A,One,"masters: Leads design.\nTeaches it.","\nShips.",Expert,"Clear.\nShort."\n`;
    const { ladder } = read(text);
    assert.deepEqual(ladder.competencies, [
      {
        id: 'design',
        name: 'Design',
        group: 'Craft',
        levels: [
          { id: 'adopts', name: 'Adopts' },
          { id: 'masters', name: 'Masters' },
        ],
      },
      { id: 'delivery', name: 'Delivery', group: 'Craft', scale: 'proficiency' },
      { id: 'mentoring', name: 'Mentoring', group: 'People', scale: 'proficiency' },
      { id: 'writing', name: 'Writing' },
    ]);
    assert.deepEqual(ladder.scales, [
      {
        id: 'proficiency',
        name: 'Proficiency',
        levels: [
          { id: 'working', name: 'Working' },
          { id: 'expert', name: 'Expert' },
        ],
      },
    ]);
    assert.deepEqual(ladder.roles[0].expectations, [
      { competency: 'design', level: 'masters', text: ['Leads design.', 'Teaches it.'] },
      { competency: 'delivery', text: ['Ships.'] },
      { competency: 'mentoring', level: 'expert' },
      { competency: 'writing', text: ['Clear.', 'Short.'] },
    ]);
  });

  test("locates the validator's problems at their cells, and the paths in its messages as rows", () => {
    const text = [
      'Ladder,Title,Id,Tier,Next,Reports to,Pay min,Pay max,Pay currency,Pay period',
      'L,A,a,One,"b\nnobody",,100,50,USD,year',
      ',B,b,One,,b,1,2,USD,year',
      ',C,a,One,,,,,,',
    ].join('\n');
    assert.deepEqual(problemsOf(text), [
      'row 2, column "Next", line 2: "nobody" is not a role id; roles are a, b',
      'row 2, column "Pay min": 100 is more than max 50; min must not exceed max',
      'row 3, column "Reports to": a role cannot report to itself',
      'row 4, column "Id": "a" is used by row 2 too; role ids must be unique',
    ]);
    // The checks of references come once every value has the right form, as in a document.
    assert.deepEqual(problemsOf(text.replace('1,2,USD', '1,2,EURO')), [
      'row 3, column "Pay currency": "EURO" is not an ISO 4217 currency code (three capital letters, like USD, EUR or GBP)',
    ]);
  });

  test('bad sheet: no ladder title, a duplicated column, a value given twice differently, an unclosed quote', () => {
    assert.deepEqual(problemsOf('Title,Tier\nA,One\n'), [
      'row 1: has no column "Ladder": the ladder needs a title, given once under it (in the first row of roles, say)',
    ]);
    assert.deepEqual(problemsOf('Ladder,Title,Tier,title\nL,A,One,B\n'), [
      'row 1, column "title": is the same column as B ("Title"); give each column once',
    ]);
    assert.deepEqual(problemsOf('Ladder,Title,Tier,Tier description\nL,A,One,First\nM,B,One,Second\n'), [
      'row 3, column "Ladder": differs from row 2, column "Ladder", which gives the ladder\'s title already; give it once, or the same in every row',
      'row 3, column "Tier description": differs from row 2, column "Tier description", which gives the tier "One" its description already; give it once, or the same in every row',
    ]);
    assert.deepEqual(problemsOf('Ladder,Title,Tier\nL,A,One\n,"B,One\n,C,One\n'), [
      'row 3, column "Title": a cell opens a quote (") that is never closed; a quote inside a quoted cell is written twice ("")',
    ]);
    assert.deepEqual(problemsOf(''), [
      ': is an empty sheet; its first row names the columns, like "Title", "Tier" and "Ladder"',
    ]);
  });

  test('bad sheet: 10,000 rows read, quickly', () => {
    const rows = ['Ladder,Title,Tier,Next,Pay min,Pay max,Pay currency,Pay period'];
    for (let i = 0; i < 10_000; i++) {
      rows.push(
        `${i ? '' : 'Big'},Role ${i},Tier ${Math.floor(i / 100)},${i < 9_999 ? `Role ${i + 1}` : ''},${i},${i + 1000},USD,year`,
      );
    }
    const start = performance.now();
    const { ladder } = read(rows.join('\n'));
    const took = performance.now() - start;
    assert.equal(ladder.roles.length, 10_000);
    assert.equal(ladder.tiers.length, 100);
    assert.deepEqual(ladder.roles[5].next, ['role-6']);
    assert.ok(took < 3000, `${took} ms`);
  });

  test('bad sheet: a 5 MB file is refused as too large, at once', () => {
    const row = `,Role,One,${'x'.repeat(500)}\n`;
    const text = `Ladder,Title,Tier,Summary\nL${row}${row.repeat(Math.ceil((5 * 1024 * 1024) / row.length))}`;
    const start = performance.now();
    assert.deepEqual(problemsOf(text), [': is 5.0 MB, more than the 4.0 MB a ladder document may be']);
    assert.ok(performance.now() - start < 1000);
  });

  test('bad sheet: a binary file', () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe, 0x00, 0x9c]);
    assert.deepEqual(problemsOf(bytes.toString('utf8')), [
      ': is not a sheet: it holds binary data, not text; save the spreadsheet as CSV (comma-separated values)',
    ]);
  });
});

describe('writeSheet', () => {
  test('writes the default ladder and the engineering example so that they read back, saying what it leaves out', () => {
    const written = writeSheet(defaultLadder);
    assert.deepEqual(written.dropped, ['the guidance of the ladder', 'the sources of the ladder']);
    const held = structuredClone(defaultLadder);
    delete held.guidance;
    delete held.sources;
    assert.deepEqual(read(written.text).ladder, held);

    const { dropped } = writeSheet(engineering);
    assert.ok(dropped.includes('the $schema of the ladder'));
    assert.ok(dropped.includes('the description of level "expert" of scale "proficiency"'));
    assert.ok(
      dropped.includes('the examples of the expectation in "system-design" of role "staff-engineer"'),
    );
  });

  test('says what reads back differently: an id a name does not give, a list item with a line break, a tier with no role', () => {
    const ladder = structuredClone(engineering);
    ladder.competencies[4].id = 'talking';
    for (const role of ladder.roles) role.expectations[4].competency = 'talking';
    ladder.roles[0].responsibilities = ['Ship\nwell-tested changes.'];
    ladder.tiers.push({ id: 'emeritus', name: 'Emeritus' });
    assert.ok(validateLadder(ladder).ok);
    const dropped = writeSheet(ladder).dropped.filter((line) => !/description|examples|\$schema/.test(line));
    assert.deepEqual(dropped, [
      'tier "emeritus" (a sheet names a tier in the rows of its roles, and no role is in it)',
      'competency "talking" (its id is not the one its name gives, which the sheet reads back)',
      'the responsibilities of role "engineer" (an item holds a line break, or is empty, and reads back as 2 items, not 1)',
      ...ladder.roles.map(
        (role) =>
          `the competency of the expectation in "talking" of role "${role.id}" (read back as "communication", not "talking")`,
      ),
    ]);
  });
});

test('the templates are those writeSheet writes of their ladders (node scripts/templates.mjs writes them)', async () => {
  for (const { file, text } of await written()) {
    assert.equal(
      readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'),
      text,
      `${file} is out of date`,
    );
    assert.ok(readSheet(text).ok);
  }
});

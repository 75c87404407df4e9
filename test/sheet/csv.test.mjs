// The CSV reader and writer beneath the sheet layout, by the cases of RFC 4180 and what
// spreadsheets write beside it. Run with `npm run test:node`, after `npm run build`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { columnLetter, detectSeparator, parseCsv, writeCsv } from '../../dist/sheet/index.js';
import { placeInSheet } from '../../demo/playground/sheet-places.js';

const rows = (text) => {
  const table = parseCsv(text);
  assert.equal(table.problem, undefined);
  return table.rows;
};

describe('parseCsv', () => {
  test('reads quoted cells holding separators, line breaks and doubled quotes', () => {
    assert.deepEqual(rows('a,"b,c","say ""hi""","two\nlines"\n'), [['a', 'b,c', 'say "hi"', 'two\nlines']]);
    assert.deepEqual(rows('"",x\n'), [['', 'x']]);
  });

  test('skips a byte-order mark and reads CRLF, LF and CR line ends alike', () => {
    const expected = [
      ['Title', 'Tier'],
      ['A', 'B'],
    ];
    for (const end of ['\r\n', '\n', '\r']) {
      assert.deepEqual(rows(`\uFEFFTitle,Tier${end}A,B${end}`), expected, JSON.stringify(end));
      assert.deepEqual(rows(`Title,Tier${end}A,B`), expected, 'without a last line end');
    }
    assert.deepEqual(
      rows('"a\r\nb",c\r\n'),
      [['a\r\nb', 'c']],
      'a line end within quotes is kept as written',
    );
  });

  test('finds the separator in the first row, outside quotes', () => {
    assert.equal(detectSeparator('Title;Tier;Pay min\nA;B;1,5'), ';');
    assert.equal(detectSeparator('Title\tTier\n'), '\t');
    assert.equal(detectSeparator('"a;b;c",d\n'), ',');
    assert.equal(detectSeparator('Title\n'), ',');
    assert.deepEqual(rows('Title;Pay min\r\n"A; B";90000,50\r\n'), [
      ['Title', 'Pay min'],
      ['A; B', '90000,50'],
    ]);
    assert.deepEqual(rows('a\tb\n1\t2\n'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('leaves out empty cells at the end of a row and empty rows at the end, and keeps empty rows between', () => {
    assert.deepEqual(rows('a,b,,\n,,,\nc,,\n\n\n,,\n'), [['a', 'b'], [], ['c']]);
    assert.deepEqual(rows(''), []);
    assert.deepEqual(rows('\n\n'), []);
  });

  test('keeps quotes that do not open a cell, and text after a closing quote, as spreadsheets do', () => {
    assert.deepEqual(rows('5" screen,"a"b\n'), [['5" screen', 'ab']]);
  });

  test('says where a quote that is never closed opened, keeping the rows before it', () => {
    const table = parseCsv('Title,Tier\nA,B\nC,"D\nE\n');
    assert.deepEqual(table.rows, [
      ['Title', 'Tier'],
      ['A', 'B'],
    ]);
    assert.equal(table.problem.row, 3);
    assert.equal(table.problem.column, 1);
    assert.match(table.problem.message, /never closed/);
  });

  test('reads 10,000 rows of 5 MB quickly', () => {
    const row = `"${'x'.repeat(200)}, with a comma","${'y'.repeat(200)}\nand a line",${'z'.repeat(100)}\n`;
    const text = row.repeat(10_500);
    assert.ok(text.length > 5_000_000);
    const start = performance.now();
    const table = parseCsv(text);
    const took = performance.now() - start;
    assert.equal(table.rows.length, 10_500);
    assert.ok(took < 1500, `${took} ms`);
  });
});

describe("the cells' places", () => {
  const text = '\uFEFFTitle,Tier,\r\n"A, quoted","two\nlines"\n\nB,x,\n\n';

  test('are where each cell is in the text, quotes and empty cells at the end included', () => {
    const { rows, places } = parseCsv(text, undefined, { places: true });
    assert.deepEqual(rows, [['Title', 'Tier'], ['A, quoted', 'two\nlines'], [], ['B', 'x']]);
    assert.deepEqual(
      places.map((row) => row.map(([from, to]) => text.slice(from, to))),
      [['Title', 'Tier', ''], ['"A, quoted"', '"two\nlines"'], [], ['B', 'x', '']],
    );
    assert.equal(parseCsv(text).places, undefined, 'only when asked for');
  });

  test("take the playground's editor to the cell, or the line within it, that a problem names", () => {
    const table = parseCsv(text, undefined, { places: true });
    const at = (path) => {
      const place = placeInSheet(path, text, table);
      return place && text.slice(place.from, place.to);
    };
    assert.equal(at('row 2, column "Title"'), 'A, quoted');
    assert.equal(at('row 2, column B, line 2'), 'lines');
    assert.equal(at('row 4, column "Tier"'), 'x');
    assert.equal(at('row 4'), 'B,x,');
    assert.equal(at('row 9'), undefined);
  });
});

describe('writeCsv', () => {
  test('quotes a cell only when it must', () => {
    assert.equal(
      writeCsv([['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', 'a;b']]),
      'plain,"a,b","say ""hi""","two\nlines"," padded",a;b\n',
    );
    assert.equal(writeCsv([['a;b', 'c,d']], ';'), '"a;b";c,d\n');
    assert.equal(writeCsv([]), '');
  });

  test('writes what parseCsv reads back, for every separator', () => {
    const cells = [
      ['Title', 'Notes', ''],
      ['"quoted"', 'a,b;c\td', 'x'],
      ['line\nbreak', 'crlf\r\nbreak', 'end'],
    ];
    for (const separator of [',', ';', '\t']) {
      const table = parseCsv(writeCsv(cells, separator));
      assert.equal(table.separator, separator);
      assert.deepEqual(table.rows, [['Title', 'Notes'], cells[1], cells[2]]);
    }
  });
});

test('columnLetter names columns as spreadsheets do', () => {
  assert.deepEqual([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter), [
    'A',
    'B',
    'Z',
    'AA',
    'AB',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
  ]);
});

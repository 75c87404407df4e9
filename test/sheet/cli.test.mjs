// `pm-ladder convert`, and `check` and `render` of YAML and CSV, as a user runs them: output,
// messages and exit codes. Run with `npm run test:node`, after `npm run build`.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { run } from '../cli.mjs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { defaultLadder } from '../../dist/index.js';
import { readSheet } from '../../dist/sheet/index.js';

const example = fileURLToPath(new URL('../../demo/ladders/example-engineering.json', import.meta.url));
const template = fileURLToPath(new URL('../../templates/ladder.csv', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'pm-ladder-sheet-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const file = (name, text) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('pm-ladder convert', () => {
  test('JSON to YAML and back is lossless, unknown fields and extensions included', () => {
    const ladder = JSON.parse(readFileSync(example, 'utf8'));
    ladder.roles[0]['x-grade'] = 'E1';
    ladder.roles[1].colour = 'green';
    const json = file('own.json', JSON.stringify(ladder));
    const yaml = run(['convert', json, '--to', 'yaml']);
    assert.equal(yaml.status, 0);
    assert.match(
      yaml.stderr,
      /own\.json has fields that would not show:\n {2}line 1, column \d+ \(roles\[1\]\.colour\): unknown field/,
    );
    assert.deepEqual(parse(yaml.stdout), ladder);
    const back = run(['convert', file('own.yaml', yaml.stdout), '--to', 'json']);
    assert.equal(back.status, 0);
    assert.deepEqual(JSON.parse(back.stdout), ladder);
  });

  test('JSON to CSV says on standard error what the sheet leaves out, and the sheet reads back', () => {
    const { status, stdout, stderr } = run(['convert', '-', '--to', 'csv'], JSON.stringify(defaultLadder));
    assert.equal(status, 0);
    assert.equal(
      stderr,
      'pm-ladder: the sheet of standard input leaves out:\n  the guidance of the ladder\n  the sources of the ladder\n',
    );
    assert.equal(stdout, readFileSync(template, 'utf8'));
    const out = join(folder, 'back.json');
    const back = run(['convert', template, '--out', out]);
    assert.equal(back.status, 0, back.stderr);
    assert.equal(back.stdout, '');
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), readSheet(stdout).ladder);
  });

  test('refuses a broken document, and wrong command lines', () => {
    const broken = run([
      'convert',
      file('broken.csv', 'Ladder,Title,Tier,Pay min\nL,A,One,90k\n'),
      '--to',
      'json',
    ]);
    assert.equal(broken.status, 1);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /^ {2}row 2, column "Pay min": "90k" is not a number/m);
    for (const args of [
      ['convert', example],
      ['convert', example, '--to', 'xml'],
      ['convert', example, '--to', 'csv', '--role', 'engineer'],
      ['convert', '--to', 'csv'],
      ['check', example, '--format', 'toml'],
      ['render', example, '--to', 'csv'],
    ]) {
      const result = run(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^pm-ladder: .+\nRun `pm-ladder --help` for the usage\.\n$/);
    }
  });
});

describe('pm-ladder check and render of YAML and CSV', () => {
  test('check locates problems by line and column in YAML, by row and column in a sheet', () => {
    const yaml = file(
      'broken.yaml',
      'id: l\ntitle: L\ntiers:\n  - id: one\n    name: One\nroles:\n  - id: a\n    title: A\n    tier: two\n',
    );
    const fromYaml = run(['check', yaml]);
    assert.equal(fromYaml.status, 1);
    assert.match(
      fromYaml.stderr,
      /^ {2}line 9, column 11 \(roles\[0\]\.tier\): "two" is not a tier id; tiers are one$/m,
    );
    const csv = file('warned.csv', 'Ladder,Title,Tier,Titel\nL,A,One,B\n');
    const fromCsv = run(['check', csv]);
    assert.equal(fromCsv.status, 0);
    assert.match(fromCsv.stdout, /warned\.csv is a ladder document that can be shown: "L", 1 role\./);
    assert.equal(
      fromCsv.stderr,
      `pm-ladder: ${csv} has warnings:\n  row 1, column "Titel": unknown column, not read; did you mean "Title"?\n`,
    );
    const stdin = run(['check', '-', '--format', 'csv'], 'Ladder;Title;Tier\nL;A;One\n');
    assert.equal(stdin.status, 0);
  });

  test('render shows a ladder from a sheet or from YAML as from its JSON', () => {
    const fromJson = run(['render', example, '--fragment']);
    const csv = run(['convert', example, '--to', 'csv']);
    const sheetLadder = readSheet(csv.stdout).ladder;
    const fromCsv = run(['render', file('engineering.csv', csv.stdout), '--fragment']);
    const fromSheetJson = run([
      'render',
      file('engineering-from-sheet.json', JSON.stringify(sheetLadder)),
      '--fragment',
    ]);
    assert.equal(fromCsv.status, 0);
    assert.equal(fromCsv.stdout, fromSheetJson.stdout);
    const yaml = run(['convert', example, '--to', 'yaml']);
    const fromYaml = run(['render', file('engineering.yaml', yaml.stdout), '--fragment']);
    assert.equal(fromYaml.stdout, fromJson.stdout);
  });

  test('each command documents itself with --help', () => {
    const check = run(['check', '--help']);
    assert.equal(check.status, 0);
    assert.match(check.stdout, /^Usage: pm-ladder check <ladder> \[--format json\|yaml\|csv\]/);
    const convert = run(['convert', '--help']);
    assert.match(convert.stdout, /^Usage: pm-ladder convert <ladder> --to json\|yaml\|csv/);
    for (const option of ['--to', '--out', '--format'])
      assert.ok(convert.stdout.includes(`  ${option}`), option);
    assert.match(run(['render', '--help']).stdout, /^Usage: pm-ladder render \[ladder\.json\] \[options\]/);
  });
});

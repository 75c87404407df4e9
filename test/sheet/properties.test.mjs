// Round trips, proved on generated ladders (fast-check): a ladder written as a sheet and read
// back, or as YAML and read back, is the same ladder, and any text read as a sheet is a ladder
// or located problems, never a throw. Run with `npm run test:node`, after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as library from '../../dist/index.js';
import * as sheet from '../../dist/sheet/index.js';
import { readDocument, toJson, toYaml } from '../../bin/formats.mjs';

// PM_FC_SEED=<seed> replays the runs fast-check reports as failing; PM_FC_RUNS=<n> makes more of them.
const replay = process.env.PM_FC_SEED ? { seed: Number(process.env.PM_FC_SEED) } : {};
const runs = (numRuns) => ({ numRuns: Number(process.env.PM_FC_RUNS) || numRuns, ...replay });
const RUNS = runs(200);

const word = fc.stringMatching(/^[A-Z][a-z]{1,7}$/).filter((name) => name !== 'Levels');
const name = fc.array(word, { minLength: 1, maxLength: 2 }).map((words) => words.join(' '));
/** One line of text as a cell holds it: separators, quotes and all, but no line break and no space at its ends. */
const text = fc
  .string({ minLength: 1, maxLength: 24 })
  .map((value) => value.trim())
  .filter((value) => value.length > 0 && !/[\r\n]/.test(value));
const id = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4})?$/);
const unique = (arbitrary, max) =>
  fc.uniqueArray(arbitrary, { minLength: 1, maxLength: max, selector: (value) => sheet.idFrom(value) });

const band = fc.tuple(fc.nat(500_000), fc.nat(500_000)).chain(([a, b]) =>
  fc.record(
    {
      min: fc.constant(Math.min(a, b)),
      max: fc.constant(Math.max(a, b)),
      currency: fc.constantFrom('USD', 'EUR', 'GBP'),
      period: fc.constantFrom(...library.PERIODS),
      kind: fc.constantFrom(...library.PAY_KINDS),
      source: text,
      asOf: fc.constantFrom('2023', '2024-06', '2025-01-31'),
      note: text,
    },
    { requiredKeys: ['min', 'max', 'currency', 'period'] },
  ),
);

/** A valid ladder within what the sheet layout holds. */
const ladder = fc
  .record({
    id,
    title: text,
    description: fc.option(text, { nil: undefined }),
    pay: fc.option(band, { nil: undefined }),
    tierNames: unique(name, 3),
    trackNames: fc.array(name, { maxLength: 2 }),
    competencies: fc.uniqueArray(
      fc.record({
        name,
        group: fc.option(word, { nil: undefined }),
        levels: fc.option(unique(word, 3), { nil: undefined }),
      }),
      { maxLength: 3, selector: (competency) => sheet.idFrom(competency.name) },
    ),
    roles: fc.array(
      fc.record({
        title: text,
        abbreviation: fc.option(text, { nil: undefined }),
        tier: fc.nat(),
        track: fc.option(fc.nat(), { nil: undefined }),
        summary: fc.option(text, { nil: undefined }),
        responsibilities: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        next: fc.option(fc.nat(), { nil: undefined }),
        reportsTo: fc.option(fc.nat(), { nil: undefined }),
        pay: fc.option(band, { nil: undefined }),
        expectations: fc.array(
          fc.record({
            level: fc.option(fc.nat(), { nil: undefined }),
            text: fc.option(fc.array(text, { minLength: 1, maxLength: 2 }), { nil: undefined }),
          }),
          { minLength: 3, maxLength: 3 },
        ),
        extension: fc.option(text, { nil: undefined }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map((drawn) => {
    const tracks = [...new Map(drawn.trackNames.map((track) => [sheet.idFrom(track), track])).values()];
    const competencies = drawn.competencies.map((competency) => ({
      id: sheet.idFrom(competency.name),
      name: competency.name,
      ...(competency.group && { group: competency.group }),
      ...(competency.levels && {
        levels: competency.levels.map((level) => ({ id: sheet.idFrom(level), name: level })),
      }),
    }));
    const n = drawn.roles.length;
    const roles = drawn.roles.map((role, i) => {
      const made = { id: `role-${i}`, title: role.title, tier: '' };
      if (role.abbreviation) made.abbreviation = role.abbreviation;
      made.tierName = drawn.tierNames[role.tier % drawn.tierNames.length];
      if (role.track !== undefined && tracks.length) made.trackName = tracks[role.track % tracks.length];
      if (role.summary) made.summary = role.summary;
      if (role.responsibilities) made.responsibilities = role.responsibilities;
      // Promotions and reporting lines lead up the ladder, so that they make no circle.
      if (role.next !== undefined && i < n - 1) made.next = [`role-${i + 1 + (role.next % (n - 1 - i))}`];
      if (role.reportsTo !== undefined && i < n - 1)
        made.reportsTo = `role-${i + 1 + (role.reportsTo % (n - 1 - i))}`;
      if (role.pay) made.pay = role.pay;
      const expectations = competencies.flatMap((competency, k) => {
        const drawnExpectation = role.expectations[k];
        const expectation = { competency: competency.id };
        if (competency.levels && drawnExpectation.level !== undefined) {
          expectation.level = competency.levels[drawnExpectation.level % competency.levels.length].id;
        }
        if (drawnExpectation.text) expectation.text = drawnExpectation.text;
        return expectation.level || expectation.text ? [expectation] : [];
      });
      if (expectations.length) made.expectations = expectations;
      if (role.extension) made['x-grade'] = role.extension;
      return made;
    });
    // Tiers and tracks in the order their roles first name them, as a sheet has them.
    const tiers = [...new Set(roles.map((role) => role.tierName))].map((tier) => ({
      id: sheet.idFrom(tier),
      name: tier,
    }));
    const trackList = [...new Set(roles.map((role) => role.trackName).filter(Boolean))].map((track) => ({
      id: sheet.idFrom(track),
      name: track,
    }));
    for (const role of roles) {
      role.tier = sheet.idFrom(role.tierName);
      if (role.trackName) role.track = sheet.idFrom(role.trackName);
      delete role.tierName;
      delete role.trackName;
    }
    const document = { id: drawn.id, title: drawn.title, tiers, roles };
    if (drawn.description) document.description = drawn.description;
    if (trackList.length) document.tracks = trackList;
    if (competencies.length) document.competencies = competencies;
    if (drawn.pay) document.pay = drawn.pay;
    return document;
  });

test('a valid ladder written as a sheet reads back the same, and the writer says it leaves nothing out', () => {
  fc.assert(
    fc.property(ladder, fc.constantFrom(',', ';', '\t'), (document, separator) => {
      const valid = library.validateLadder(document);
      assert.ok(valid.ok, JSON.stringify(!valid.ok && valid.errors));
      const { text: written, dropped } = sheet.writeSheet(valid.ladder, separator);
      assert.deepEqual(dropped, []);
      const back = sheet.readSheet(written);
      assert.ok(back.ok, JSON.stringify(!back.ok && back.errors));
      assert.deepEqual(back.warnings, []);
      assert.deepEqual(back.ladder, valid.ladder);
    }),
    RUNS,
  );
});

test('a valid ladder written as YAML, or as JSON, reads back the same', () => {
  fc.assert(
    fc.property(ladder, (document) => {
      for (const [format, write] of [
        ['yaml', toYaml],
        ['json', toJson],
      ]) {
        const { result, value } = readDocument(write(document), format, library, sheet);
        assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
        // fast-check's records have no prototype; the value is compared as plain JSON.
        assert.deepEqual(value, JSON.parse(JSON.stringify(document)));
      }
    }),
    RUNS,
  );
});

test('any JSON value goes to YAML and back unchanged', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const back = readDocument(toYaml(value), 'yaml', library, sheet);
      // Not a ladder, so refused; what matters is the value the YAML holds.
      assert.equal(back.result.ok, false);
      // Compared as JSON, which has one zero: YAML keeps -0 as -0, JSON.stringify writes it 0.
      assert.deepEqual(JSON.parse(JSON.stringify(back.value)), JSON.parse(JSON.stringify(value)));
    }),
    RUNS,
  );
});

/** Texts like sheets: headings of the layout, competencies, quotes, separators and line ends among noise. */
const sheetish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Title',
        'Tier',
        'Ladder',
        'Id',
        'Next',
        'Reports to',
        'Pay min',
        'Pay max',
        'Pay currency',
        'Pay period',
        'Tier id',
        'Track',
        'Competency: Craft / A (levels: X, Y)',
        'Competency: B (S: X)',
        'Competency: C (S: Y)',
        'x-own',
        ',',
        ';',
        '\t',
        '"',
        '""',
        '\n',
        '\r\n',
        '\r',
        '\uFEFF',
        '90k',
        '100',
        'USD',
        'year',
        'X',
        'a',
        '-',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

test('any text read as a sheet is a ladder or located problems, and never throws', () => {
  fc.assert(
    fc.property(fc.oneof(sheetish, fc.string({ maxLength: 200 })), (input) => {
      const result = sheet.readSheet(input);
      if (result.ok) {
        assert.ok(library.validateLadder(result.ladder).ok);
        for (const warning of result.warnings) assert.match(warning.path, /^row \d+/);
      } else {
        assert.ok(result.errors.length > 0);
        for (const error of result.errors) {
          assert.equal(typeof error.message, 'string');
          assert.ok(error.message.length > 0);
          assert.match(error.path, /^(row \d+(, column (".*"|[A-Z]+)(, line \d+)?)?)?$/s, error.path);
        }
      }
    }),
    runs(400),
  );
});

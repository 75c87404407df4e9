import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { PmRoleCard } from '../../src/role-card/role-card.js';
import type { PmSalaryRange } from '../../src/salary-range/salary-range.js';
import type { LadderError } from '../../src/data/validate.js';
import {
  failOnUncaughtErrors,
  fixtureUrl,
  frame,
  serverRecord,
  shadowAll,
  shows,
  until,
  visibleText,
  visibleTexts,
} from '../helpers.js';

// Ladders from sheets: a `src` naming a CSV file (by its content type, its path, or the element's
// format="csv"), read by the sheet layout's reader, which loads on demand. The fixture server
// (test/fixture-server.mjs) answers as a spreadsheet published to the web does: a redirect, then
// text/csv.

const ENGINEERING = ['Engineer', 'Senior Engineer', 'Staff Engineer', 'Engineering Manager'];

const titleOf = (el: Element) => visibleText(el, '[part~="title"]');
const roleTitles = (el: Element) => visibleTexts(el, '[part~="role"] .role-title');
const problems = (el: Element) => visibleTexts(el, '[part~="error"] li');

/** A `<pm-ladder>` with `src`, attached, and the first pm-load or pm-error it fires. */
function load(src: string, attributes: { format?: string; selected?: string } = {}) {
  const el = fixtureSync<PmLadder>(
    html`<pm-ladder
      src=${src}
      format=${ifDefined(attributes.format)}
      selected=${ifDefined(attributes.selected)}
    ></pm-ladder>`,
  );
  const settled = Promise.race([
    oneEvent(el, 'pm-load').then((event) => ({ type: 'pm-load' as const, detail: event.detail })),
    oneEvent(el, 'pm-error').then((event) => ({ type: 'pm-error' as const, detail: event.detail })),
  ]);
  return { el, settled };
}

/** Loads a sheet that must be refused, and returns its problems as pm-error gave them. */
async function refused(src: string, format?: string): Promise<{ el: PmLadder; errors: LadderError[] }> {
  const { el, settled } = load(src, { format });
  const outcome = await settled;
  expect(outcome.type, 'the sheet is refused').to.equal('pm-error');
  await el.updateComplete;
  // Never half-shown: no tier of a ladder, only the error view.
  expect(shows(el, '[part~="tiers"]')).to.equal(false);
  expect(visibleText(el, '[part~="error"] .error-title')).to.equal('This ladder could not be shown');
  return { el, errors: outcome.detail.errors };
}

describe('a ladder from a sheet', () => {
  failOnUncaughtErrors();

  describe('as spreadsheets publish and save them', () => {
    for (const [status, route] of [
      ['307', 'sheet/pub'],
      ['302', 'sheet/pub-302'],
    ] as const) {
      it(`reads a published spreadsheet: a ${status} redirect to text/csv`, async () => {
        const src = fixtureUrl(route, { output: 'csv' });
        const { el, settled } = load(src);
        const outcome = await settled;
        expect(outcome.type).to.equal('pm-load');
        expect(outcome.detail.warnings).to.deep.equal([]);
        expect(outcome.detail.ladder.roles.map((role: { title: string }) => role.title)).to.deep.equal(
          ENGINEERING,
        );
        await el.updateComplete;
        expect(titleOf(el)).to.equal('Example Co. engineering ladder');
        expect(roleTitles(el)).to.deep.equal(ENGINEERING);
        expect(shows(el, '[part~="error"]')).to.equal(false);
        expect(await serverRecord(src)).to.deep.equal({ requests: 1, aborted: 0 });
      });
    }

    it('reads quoted cells holding commas, quotes and line breaks', async () => {
      const title = 'Ours, "quoted"\nand on two lines';
      const { el, settled } = load(fixtureUrl('sheet/published', { title }), {
        selected: 'senior-engineer',
      });
      const outcome = await settled;
      expect(outcome.type).to.equal('pm-load');
      expect(outcome.detail.ladder.title).to.equal(title);
      await el.updateComplete;
      expect(titleOf(el)).to.equal('Ours, "quoted" and on two lines');
      // A list cell, one item a line.
      expect(visibleTexts(el, '[part~="role-details"] [part~="responsibilities"] li')).to.include.members([
        'Design systems.',
        'Mentor engineers.',
      ]);
    });

    it('reads a European sheet: a byte-order mark, ";" separators, CRLF, empty trailing rows and columns', async () => {
      const { el, settled } = load(fixtureUrl('sheet/european'), { selected: 'chef-de-produit' });
      const outcome = await settled;
      expect(outcome.type).to.equal('pm-load');
      expect(outcome.detail.warnings).to.deep.equal([]);
      const { ladder } = outcome.detail;
      expect(ladder.title).to.equal('Équipe produit');
      expect(ladder.roles).to.have.length(2);
      expect(ladder.roles[0].summary).to.equal('Mène l\'équipe; écrit "la" feuille de route');
      expect(ladder.roles[0].responsibilities).to.deep.equal([
        'Écoute les clients.',
        'Écrit la feuille de route.',
      ]);
      expect(ladder.roles[0].pay).to.deep.equal({ min: 45000, max: 60000, currency: 'EUR', period: 'year' });
      await el.updateComplete;
      expect(titleOf(el)).to.equal('Équipe produit');
      expect(roleTitles(el)).to.deep.equal(['Chef de produit', 'Directrice produit']);
      expect(visibleText(el, '[part~="role-details"] [part~="summary"]')).to.equal(
        'Mène l\'équipe; écrit "la" feuille de route',
      );
    });

    it('reads a path ending .csv served as text/plain', async () => {
      const { el, settled } = load(fixtureUrl('sheet/ladder.csv', { title: 'By its path' }));
      expect((await settled).type).to.equal('pm-load');
      await el.updateComplete;
      expect(titleOf(el)).to.equal('By its path');
      expect(roleTitles(el)).to.deep.equal(ENGINEERING);
    });

    it('reads format="csv" served as application/octet-stream, and format="json" at a path ending .csv', async () => {
      const sheet = load(fixtureUrl('sheet/download', { title: 'By its format' }), { format: 'csv' });
      expect((await sheet.settled).type).to.equal('pm-load');
      await sheet.el.updateComplete;
      expect(titleOf(sheet.el)).to.equal('By its format');
      expect(sheet.el.getAttribute('format')).to.equal('csv');
      const json = load(fixtureUrl('sheet/document.csv'), { format: 'json' });
      expect((await json.settled).type).to.equal('pm-load');
      await json.el.updateComplete;
      expect(titleOf(json.el)).to.equal('Example Co. engineering ladder');
    });

    it('without format="csv", an answer that says neither is read as JSON, and its problem said', async () => {
      const { errors } = await refused(fixtureUrl('sheet/download'));
      expect(errors).to.have.length(1);
      expect(errors[0]!.message).to.match(/^is not valid JSON: /);
    });

    it('a web page where a sheet was expected is said to be one', async () => {
      const { el } = await refused(fixtureUrl('page.html'), 'csv');
      expect(problems(el)).to.have.length(1);
      expect(problems(el)[0]).to.match(
        /answered with a web page \(text\/html.*\), not a ladder sheet in CSV$/,
      );
    });

    it('works in every element: a role card and a bound salary range', async () => {
      const src = fixtureUrl('sheet/pub', { output: 'csv', title: 'Shared sheet' });
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <pm-role-card role-id="staff-engineer" src=${src}></pm-role-card>
          <pm-salary-range role-id="staff-engineer" src=${src}></pm-salary-range>
        </div>`,
      );
      const card = wrapper.querySelector<PmRoleCard>('pm-role-card')!;
      const range = wrapper.querySelector<PmSalaryRange>('pm-salary-range')!;
      await Promise.all([oneEvent(card, 'pm-load'), oneEvent(range, 'pm-load')]);
      await card.updateComplete;
      await range.updateComplete;
      expect(visibleText(card, '[part~="role-title"]')).to.equal('Staff Engineer');
      expect(visibleText(range)).to.contain('105,000');
      expect(visibleText(range)).to.contain('135,000');
      expect(await serverRecord(src)).to.deep.equal({ requests: 1, aborted: 0 });
    });
  });

  describe('bad sheets, each located as the spreadsheet shows it', () => {
    it('a missing title column', async () => {
      const { el, errors } = await refused(fixtureUrl('sheet/bad/no-title.csv'));
      expect(errors[0]).to.deep.equal({
        path: 'row 1',
        message: 'has no column "Title": each role needs a title',
      });
      expect(problems(el)[0]).to.equal('row 1: has no column "Title": each role needs a title');
      expect(problems(el)[1]).to.match(/^row 1, column "Role name": unknown column, not read;/);
    });

    it('a pay cell "90k"', async () => {
      const { el, errors } = await refused(fixtureUrl('sheet/bad/pay-90k.csv'));
      expect(errors.map((error) => error.path)).to.deep.equal(['row 3, column "Pay min"']);
      expect(problems(el)).to.deep.equal([
        'row 3, column "Pay min": "90k" is not a number; write the amount alone (like 90000), the currency under "Pay currency"',
      ]);
      await expect(el).to.be.accessible();
    });

    it('a tier name misspelt in one row: the ladder shows, and the warning is located', async () => {
      const { el, settled } = load(fixtureUrl('sheet/bad/misspelt-tier.csv'));
      const outcome = await settled;
      expect(outcome.type).to.equal('pm-load');
      expect(outcome.detail.warnings).to.deep.equal([
        {
          path: 'row 4, column "Tier"',
          message: '"Senoir" is a tier of this role alone; did you mean "Senior"?',
        },
      ]);
      await el.updateComplete;
      expect(shadowAll(el, '[part~="tier"]')).to.have.length(3);
      expect(roleTitles(el)).to.include('Senior Engineer');
    });

    it('a competency level that is not one of its levels', async () => {
      const { el } = await refused(fixtureUrl('sheet/bad/bad-level.csv'));
      expect(problems(el)).to.deep.equal([
        'row 3, column "Competency: Craft / System design (levels: Adopts, Specializes, Masters)": "Mastres" is not a level of System design; did you mean "Masters"? its levels are Adopts, Specializes, Masters (the first line of a cell names the level; leave it empty for a text alone)',
      ]);
    });

    it('10,000 rows: read and shown', async () => {
      const { el, settled } = load(fixtureUrl('sheet/rows-10000.csv'));
      const outcome = await settled;
      expect(outcome.type).to.equal('pm-load');
      expect(outcome.detail.ladder.roles).to.have.length(10_000);
      expect(outcome.detail.ladder.tiers).to.have.length(100);
      await el.updateComplete;
      expect(titleOf(el)).to.equal('Ten thousand roles');
      expect(roleTitles(el)[0]).to.equal('Role 0');
    });

    it('a 5 MB file: refused by its size', async () => {
      const { el, errors } = await refused(fixtureUrl('sheet/five-mb.csv'));
      expect(errors).to.deep.equal([
        { path: '', message: 'is 5.0 MB, more than the 4.0 MB a ladder document may be' },
      ]);
      expect(problems(el)).to.deep.equal([
        'document: is 5.0 MB, more than the 4.0 MB a ladder document may be',
      ]);
    });

    it('a binary file served as CSV', async () => {
      const { el } = await refused(fixtureUrl('sheet/binary.csv'));
      expect(problems(el)).to.deep.equal([
        'document: is not a sheet: it holds binary data, not text; save the spreadsheet as CSV (comma-separated values)',
      ]);
    });

    it('keeps the last good ladder on show when a bad sheet replaces a good one', async () => {
      const { el, settled } = load(fixtureUrl('sheet/pub', { title: 'Good sheet' }));
      expect((await settled).type).to.equal('pm-load');
      el.src = fixtureUrl('sheet/bad/pay-90k.csv');
      const { detail } = await oneEvent(el, 'pm-error');
      expect(detail.errors.map((error: LadderError) => error.path)).to.deep.equal([
        'row 3, column "Pay min"',
      ]);
      await el.updateComplete;
      expect(titleOf(el)).to.equal('Good sheet');
      expect(roleTitles(el)).to.deep.equal(ENGINEERING);
      expect(visibleText(el, '[part~="error"] .error-title')).to.match(/^The new ladder could not be shown/);
      expect(problems(el)[0]).to.match(/^row 3, column "Pay min": "90k" is not a number/);
      await expect(el).to.be.accessible();
    });
  });

  describe('in the bundle', () => {
    /** The files of the bundle's folder that the page in `page` has fetched. */
    const fetched = (page: HTMLIFrameElement) =>
      (page.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
        .filter((name) => /^pm-ladder\..*\.js$/.test(name));

    async function open(query = '') {
      const page = frame(`/test/internal/bundle-sheet.html${query}`, 900);
      await until(() => page.contentDocument?.body?.dataset.ready === 'yes', 'the bundle', 10000);
      const own = page.contentDocument!.querySelector<PmLadder>('#own')!;
      const settle = async (src: string) => {
        const outcome = Promise.race([
          oneEvent(own, 'pm-load').then(() => 'pm-load'),
          oneEvent(own, 'pm-error').then(() => 'pm-error'),
        ]);
        own.src = src;
        return outcome;
      };
      return { page, own, settle };
    }

    it('fetches pm-ladder.sheet.js for a sheet only, after the documents file', async () => {
      const { page, own, settle } = await open();
      expect(fetched(page), 'the default ladder fetches nothing beside the bundle').to.deep.equal([
        'pm-ladder.bundle.js',
      ]);
      expect(await settle(fixtureUrl('ladder.json', { title: 'JSON' }))).to.equal('pm-load');
      // Time for a file asked for meanwhile to have arrived, and to be listed.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(fetched(page)).to.deep.equal(['pm-ladder.bundle.js', 'pm-ladder.documents.js']);
      expect(await settle(fixtureUrl('sheet/pub', { title: 'CSV' }))).to.equal('pm-load');
      await until(() => titleOf(own) === 'CSV', 'the sheet to show');
      expect(fetched(page)).to.deep.equal([
        'pm-ladder.bundle.js',
        'pm-ladder.documents.js',
        'pm-ladder.sheet.js',
      ]);
    });

    it('says so when pm-ladder.sheet.js does not load, and asks for it again with the next sheet', async () => {
      const { own, settle } = await open(`?flaky=${Math.random().toString(36).slice(2)}`);
      expect(await settle(fixtureUrl('sheet/pub', { title: 'First' }))).to.equal('pm-error');
      await until(() => problems(own).length > 0, 'the error view');
      expect(problems(own)[0]).to.match(
        /^document: could not be read: the part of pm-ladder that reads a spreadsheet \(CSV\) did not load \(.*\); a page that loads pm-ladder\.bundle\.js needs pm-ladder\.sheet\.js beside it$/,
      );
      expect(await settle(fixtureUrl('sheet/pub', { title: 'Second' }))).to.equal('pm-load');
      await until(() => titleOf(own) === 'Second', 'the sheet to show');
      expect(shadowAll(own, '[part~="error"]')).to.have.length(0);
    });
  });
});

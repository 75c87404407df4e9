import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { Ladder } from '../../src/data/schema.js';
import {
  clearHash,
  exampleLadder,
  failOnUncaughtErrors,
  piecesText,
  press,
  realKeys,
  shadowAll,
  until,
  visibleText,
  visibleTexts,
} from '../helpers.js';

const matrix = (el: PmLadder) => el.shadowRoot!.querySelector<HTMLElement>('[part~="matrix"]');

/** The matrix as a reader scans it: each body row as its header, then each cell's text. */
function rows(el: PmLadder): string[][] {
  return shadowAll(el, '[part~="matrix"] tbody tr:not(.matrix-group)').map((row) =>
    [...row.children].map((cell) => piecesText(cell.matches('th') ? cell.querySelector('button')! : cell)),
  );
}

/** Waits for the matrix's views to load and render. */
async function matrixOf(el: PmLadder) {
  await until(() => !!matrix(el), 'the matrix');
  await el.updateComplete;
  return matrix(el)!;
}

describe('<pm-ladder view="matrix">', () => {
  failOnUncaughtErrors();
  let ladder: Ladder;
  before(async () => {
    ladder = await exampleLadder();
  });
  afterEach(clearHash);

  it('is a data table: a column per role on show, a row per competency under its group', async () => {
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${ladder} view="matrix"></pm-ladder>`);
    const box = await matrixOf(el);
    expect(box.querySelector('caption')!.textContent!.trim()).to.equal(
      'Example Co. engineering ladder: what each role expects, by competency',
    );
    expect(visibleTexts(el, '[part~="matrix"] thead th button')).to.deep.equal([
      'Engineer',
      'Senior Engineer',
      'Staff Engineer',
      'Engineering Manager',
    ]);
    for (const th of shadowAll(el, '[part~="matrix"] thead th'))
      expect(th.getAttribute('scope')).to.equal('col');
    expect(visibleTexts(el, '[part~="matrix-group"]')).to.deep.equal(['Craft', 'People']);
    const [design, , , , communication] = rows(el);
    expect(design).to.deep.equal([
      'System design',
      'Adopts, 1 of 5 Works within the designs of their team.',
      // Higher than the role below it on its track: marked in words, not colour alone.
      'Specializes, 2 of 5 Designs a component of a system. Examples Designed the retry logic of the billing queue. ▲ Up from Adopts',
      'Masters, 4 of 5 Designs systems that several teams build on. Examples Led the move of three services to one event log.Wrote the design review checklist. ▲ Up from Specializes',
      // The first role of the management track: nothing below it to rise from.
      'Evangelizes, 3 of 5 Designs a system and explains its trade-offs to others.',
    ]);
    // The same level as the role below: no mark.
    const delivery = rows(el)[2]!;
    expect(delivery.slice(0, 4)).to.deep.equal([
      'Delivery',
      'Working, 2 of 4 Applies the practice with guidance.',
      'Practitioner, 3 of 4 Delivers projects of a few weeks end to end. ▲ Up from Working',
      'Practitioner, 3 of 4 Delivers work that spans teams.',
    ]);
    // The rising cells, by row and column: each above the role before it on its track.
    const rising = shadowAll(el, '[part~="matrix-cell"][part~="rises"]').map((cell) => {
      const { cellIndex } = cell as HTMLTableCellElement;
      const row = cell.parentElement as HTMLTableRowElement;
      return `${row.querySelector('th button')!.textContent!.trim()} / ${cellIndex}`;
    });
    expect(rising).to.deep.equal([
      'System design / 2',
      'System design / 3',
      'Code quality / 2',
      'Code quality / 3',
      'Delivery / 2',
      'Mentoring / 2',
      'Mentoring / 3',
    ]);
    expect(communication![0]).to.equal('Communication');
    for (const th of shadowAll(el, '[part~="matrix"] tbody tr:not(.matrix-group) > th')) {
      expect(th.getAttribute('scope')).to.equal('row');
    }
    // The table scrolls in its own box, which the keyboard can reach.
    expect(box.getAttribute('tabindex')).to.equal('0');
    expect(box.getAttribute('role')).to.equal('region');
    await expect(el).to.be.accessible();
  });

  it('keeps the tracks and tiers filters, and marks the current and target columns', async () => {
    const el = await fixture<PmLadder>(
      html`<pm-ladder
        .ladder=${ladder}
        view="matrix"
        track="ic"
        current="engineer"
        target="staff-engineer"
      ></pm-ladder>`,
    );
    await matrixOf(el);
    expect(visibleTexts(el, '[part~="matrix"] thead th button')).to.deep.equal([
      'Engineer',
      'Senior Engineer',
      'Staff Engineer',
    ]);
    expect(visibleText(el, '[part~="matrix-role"][part~="current"]')).to.equal('Engineer E1 You are here');
    expect(visibleText(el, '[part~="matrix-role"][part~="target"]')).to.equal('Staff Engineer E3 Goal');
    el.tiers = 'early';
    await el.updateComplete;
    expect(visibleTexts(el, '[part~="matrix"] thead th button')).to.deep.equal(['Engineer']);
  });

  it('keeps the header row and the competency column in view as the table scrolls', async () => {
    const el = await fixture<PmLadder>(
      html`<div style="inline-size: 320px"><pm-ladder .ladder=${ladder} view="matrix"></pm-ladder></div>`,
    );
    const ladderEl = el.querySelector('pm-ladder') as PmLadder;
    const box = await matrixOf(ladderEl);
    // The table scrolls sideways in its own box: the page does not.
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
    expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
    const rowHeader = box.querySelector('tbody tr:not(.matrix-group) th')!;
    const columnHeader = box.querySelector('thead th')!;
    const before = { row: rowHeader.getBoundingClientRect(), column: columnHeader.getBoundingClientRect() };
    box.style.maxBlockSize = '200px';
    box.scrollLeft = 300;
    box.scrollTop = 150;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const boxRect = box.getBoundingClientRect();
    expect(Math.round(rowHeader.getBoundingClientRect().left)).to.equal(Math.round(before.row.left));
    expect(Math.round(box.querySelector('thead th')!.getBoundingClientRect().top)).to.be.closeTo(
      Math.round(boxRect.top) + 1,
      2,
    );
    expect(columnHeader.getBoundingClientRect().left).to.be.lessThan(before.column.left);
  });

  it("shows a competency's definition, every level with its description and examples, from its row header", async () => {
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${ladder} view="matrix"></pm-ladder>`);
    await matrixOf(el);
    const header = shadowAll(el, '[part~="matrix-competency"] button').find(
      (b) => b.textContent!.trim() === 'Code quality',
    )!;
    const definition = el.shadowRoot!.querySelector<HTMLElement>('#definition-code-quality')!;
    expect(definition.matches(':popover-open')).to.equal(false);
    header.click();
    expect(definition.matches(':popover-open')).to.equal(true);
    expect(definition.getAttribute('aria-label')).to.equal('Code quality');
    expect(definition.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Code quality Levels Awareness: Knows the practice and when it applies. Working: Applies the practice with guidance. ' +
        "Practitioner: Applies the practice on their own and adapts it. Expert: Shapes how others apply the practice. Wrote the team's guide to the practice.",
    );
    await expect(el).to.be.accessible();
    if (realKeys) {
      await press('Escape');
      expect(definition.matches(':popover-open')).to.equal(false);
    }
  });

  it('selects a role from its column header: pm-select, selected, and the deep link with the view', async () => {
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${ladder} view="matrix"></pm-ladder>`);
    await matrixOf(el);
    const button = shadowAll(el, '[part~="matrix-role"] button')[1]!;
    const selected = oneEvent(el, 'pm-select');
    button.click();
    const event = await selected;
    expect(event.detail.roleId).to.equal('senior-engineer');
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('senior-engineer');
    expect(location.hash).to.equal('#example-engineering-ladder/matrix/senior-engineer');
    const pressed = shadowAll(el, '[part~="matrix-role"] button').map((b) => b.getAttribute('aria-pressed'));
    expect(pressed).to.deep.equal(['false', 'true', 'false', 'false']);
    expect(shadowAll(el, '[part~="matrix-role"][part~="selected"]').length).to.equal(1);
  });

  it('switches between the ladder and the matrix, and the choice is in the link', async () => {
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${ladder} selected="engineer"></pm-ladder>`);
    await until(() => !!el.shadowRoot!.querySelector('[part~="view-switch"]'), 'the switch');
    const [toLadder, toMatrix] = shadowAll(el, '[part~="view-switch"] button');
    expect(el.shadowRoot!.querySelector('[part~="view-switch"]')!.getAttribute('aria-label')).to.equal(
      'View',
    );
    expect([toLadder!.getAttribute('aria-pressed'), toMatrix!.getAttribute('aria-pressed')]).to.deep.equal([
      'true',
      'false',
    ]);
    toMatrix!.click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('matrix');
    expect(matrix(el)).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="tiers"]')).to.equal(null);
    expect(location.hash).to.equal('#example-engineering-ladder/matrix/engineer');
    shadowAll(el, '[part~="view-switch"] button')[0]!.click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('ladder');
    expect(location.hash).to.equal('#example-engineering-ladder/engineer');
    expect(el.shadowRoot!.querySelector('[part~="tiers"]')).to.not.equal(null);
  });

  it('opens in the view a link names, with its role', async () => {
    history.replaceState(null, '', '#example-engineering-ladder/matrix/staff-engineer');
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${ladder}></pm-ladder>`);
    await matrixOf(el);
    expect(el.view).to.equal('matrix');
    expect(el.selected).to.equal('staff-engineer');
    history.replaceState(null, '', '#example-engineering-ladder/matrix/');
    const other = await fixture<PmLadder>(html`<pm-ladder .ladder=${ladder}></pm-ladder>`);
    await matrixOf(other);
    expect(other.selected).to.equal(undefined);
    // A link to a role alone, followed within the page, selects it and leaves the view as it is.
    location.hash = '#example-engineering-ladder/senior-engineer';
    await until(() => other.selected === 'senior-engineer', 'the role selected');
    expect(other.view).to.equal('matrix');
    expect(
      shadowAll(other, '[part~="matrix-role"][part~="selected"] button')[0]!.textContent!.trim(),
    ).to.equal('Senior Engineer');
  });

  it('shows no switch and no matrix for a ladder without competencies, and says why for view="matrix"', async () => {
    const el = await fixture<PmLadder>(html`<pm-ladder view="matrix"></pm-ladder>`);
    expect(el.shadowRoot!.querySelector('[part~="view-switch"]')).to.equal(null);
    expect(matrix(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="tiers"]')).to.not.equal(null);
    await until(() => !!el.shadowRoot!.querySelector('[part~="error"]'), 'the located error');
    expect(visibleText(el, '[part~="error"]')).to.contain(
      'view: the matrix shows competencies, and this ladder has none; it shows as a ladder',
    );
    const failed = oneEvent(el, 'pm-error');
    el.ladder = ladder;
    el.view = 'grid' as never;
    const event = await failed;
    expect(event.detail.errors).to.deep.equal([
      { path: 'view', message: '"grid" is not a view; views are ladder and matrix' },
    ]);
    el.view = 'matrix';
    await matrixOf(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it("moves through the matrix with the keyboard: the switch, the column headers, the cells' examples", async function () {
    if (!realKeys) this.skip();
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${ladder}></pm-ladder>`);
    await until(() => !!el.shadowRoot!.querySelector('[part~="view-switch"]'), 'the switch');
    shadowAll(el, '[part~="view-switch"] button')[1]!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(matrix(el)).to.not.equal(null);
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(matrix(el));
    await press('Tab');
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Engineer');
    await press('Enter');
    await el.updateComplete;
    expect(el.selected).to.equal('engineer');
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Engineer');
  });
});

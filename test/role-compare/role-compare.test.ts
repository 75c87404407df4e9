import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PmRoleCompare } from '../../src/role-compare/role-compare.js';
import type { Ladder } from '../../src/data/schema.js';
import type { PmErrorEvent } from '../../src/internal/events.js';
import {
  exampleLadder,
  failOnUncaughtErrors,
  piecesText,
  shadowAll,
  until,
  visibleText,
  visibleTexts,
} from '../helpers.js';

/** Waits for the comparison (its views load on demand) and returns its root. */
async function comparison(el: PmRoleCompare) {
  await until(() => !!el.shadowRoot!.querySelector('[part~="comparison"]'), 'the comparison');
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="comparison"]')!;
}

/** Each row of a comparison table: the competency (and its mark), then the cell at each role. */
const rowsOf = (table: Element) =>
  [...table.querySelectorAll('tbody tr:not(.group)')].map((row) => [...row.children].map(piecesText));

describe('<pm-role-compare>', () => {
  failOnUncaughtErrors();
  let ladder: Ladder;
  before(async () => {
    ladder = await exampleLadder();
  });

  it('shows per competency the level and text at each role, the changes marked and counted', async () => {
    const el = await fixture<PmRoleCompare>(
      html`<pm-role-compare .ladder=${ladder} from="engineer" to="senior-engineer"></pm-role-compare>`,
    );
    const root = await comparison(el);
    expect(visibleText(el, '[part~="compare-title"]')).to.equal('From Engineer to Senior Engineer');
    expect(root.querySelector('[part~="compare-title"]')!.tagName).to.equal('H3');
    expect(visibleText(el, '[part~="changes-count"]')).to.equal('5 of 5 competencies change');
    const table = root.querySelector('.compare-table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Competency',
      'Engineer',
      'Senior Engineer',
    ]);
    expect(rowsOf(table)[0]).to.deep.equal([
      'System design Changes',
      'Adopts, 1 of 5 Works within the designs of their team.',
      'Specializes, 2 of 5 Designs a component of a system. Examples Designed the retry logic of the billing queue.',
    ]);
    expect(visibleTexts(el, '.compare-table .group th')).to.deep.equal(['Craft', 'People']);
    await expect(el).to.be.accessible();
  });

  it('folds the competencies that do not change, and counts only those that do', async () => {
    const same = structuredClone(ladder);
    const [engineer, senior] = same.roles;
    // Mentoring and communication expected alike in both roles.
    for (const id of ['mentoring', 'communication']) {
      senior!.expectations!.find((item) => item.competency === id)!.level = engineer!.expectations!.find(
        (item) => item.competency === id,
      )!.level;
      senior!.expectations!.find((item) => item.competency === id)!.text = engineer!.expectations!.find(
        (item) => item.competency === id,
      )!.text;
    }
    const el = await fixture<PmRoleCompare>(
      html`<pm-role-compare .ladder=${same} from="engineer" to="senior-engineer"></pm-role-compare>`,
    );
    const root = await comparison(el);
    expect(visibleText(el, '[part~="changes-count"]')).to.equal('3 of 5 competencies change');
    const fold = root.querySelector<HTMLDetailsElement>('[part~="unchanged"]')!;
    expect(fold.open).to.equal(false);
    expect(fold.querySelector('summary')!.textContent!.trim()).to.equal('2 unchanged');
    expect(rowsOf(fold).map((row) => row[0])).to.deep.equal(['Mentoring', 'Communication']);
    expect(shadowAll(el, '[part~="compare-row"][part~="changed"]').length).to.equal(3);
    // Printed, the fold is open.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(root.querySelector<HTMLDetailsElement>('[part~="unchanged"]')!.open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('says what each promotion on the shortest path takes, sideways moves included', async () => {
    const el = await fixture<PmRoleCompare>(
      html`<pm-role-compare .ladder=${ladder} from="engineer" to="staff-engineer"></pm-role-compare>`,
    );
    await comparison(el);
    expect(visibleTexts(el, '[part~="step-title"]')).to.deep.equal([
      'Into Senior Engineer',
      'Into Staff Engineer',
    ]);
    const steps = visibleText(el, '[part~="steps"]');
    expect(steps).to.contain('Into Senior Engineer Has shipped a project on their own.');
    el.from = 'engineering-manager';
    el.to = 'staff-engineer';
    await el.updateComplete;
    expect(visibleText(el, '[part~="steps"]')).to.contain(
      'From Engineering Manager, switch to the Individual contributor track as Staff Engineer.',
    );
    expect(visibleText(el, '[part~="new-responsibilities"]')).to.match(/^New at Staff Engineer/);
    // Onto another track, what the track asks of every role on it comes with the step.
    el.from = 'engineer';
    el.to = 'engineering-manager';
    await el.updateComplete;
    expect(visibleText(el, '[part~="steps"]')).to.contain('Into Engineering Manager');
    expect(visibleText(el, '[part~="steps"]')).to.contain('Has completed the management training.');
    expect(visibleText(el, '[part~="new-responsibilities"]')).to.contain(
      'Hold one-to-ones with each report.',
    );
  });

  it('compares with the first next role without `to`, and locates a wrong or missing id, listing the ids', async () => {
    const el = await fixture<PmRoleCompare>(
      html`<pm-role-compare .ladder=${ladder} from="engineer"></pm-role-compare>`,
    );
    await comparison(el);
    expect(visibleText(el, '[part~="compare-title"]')).to.equal('From Engineer to Senior Engineer');
    const failed = oneEvent(el, 'pm-error') as Promise<PmErrorEvent>;
    el.to = 'principal';
    const event = await failed;
    expect(event.detail.errors).to.deep.equal([
      {
        path: 'to',
        message:
          '"principal" is not a role in this ladder; roles are engineer, senior-engineer, staff-engineer, engineering-manager',
      },
    ]);
    expect(visibleText(el, '[part~="error"]')).to.contain('to: "principal" is not a role in this ladder');
    expect(el.shadowRoot!.querySelector('[part~="comparison"]')).to.equal(null);
    el.removeAttribute('from');
    el.from = undefined;
    el.to = undefined;
    await el.updateComplete;
    expect(visibleText(el, '[part~="error"]')).to.contain('from: is missing; set it to the id of a role');
    await expect(el).to.be.accessible();
  });

  it('draws both pay bands on one scale, with their difference', async () => {
    const el = await fixture<PmRoleCompare>(
      html`<pm-role-compare
        .ladder=${ladder}
        from="engineer"
        to="senior-engineer"
        locale="en"
      ></pm-role-compare>`,
    );
    await comparison(el);
    const pay = el.shadowRoot!.querySelector('[part~="pay"]')!;
    expect(
      [...pay.querySelectorAll('[part~="range-label"]')].map((label) => label.textContent!.trim()),
    ).to.deep.equal(['Engineer', 'Senior Engineer']);
    const scales = [...pay.querySelectorAll('[part~="scale"]')].map((scale) =>
      scale.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(scales).to.deep.equal(['€60,000€105,000', '€60,000€105,000']);
    expect(visibleText(el, '[part~="pay-difference"]')).to.equal(
      '+€20,000 at the bottom of the band, +€25,000 at the top',
    );
    el.hidePay = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="pay"]')).to.equal(null);
  });

  it('draws a profile chart from the same numbers as the table, mirrored right to left', async () => {
    const el = await fixture<PmRoleCompare>(
      html`<pm-role-compare .ladder=${ladder} from="engineer" to="senior-engineer"></pm-role-compare>`,
    );
    const root = await comparison(el);
    const chart = root.querySelector('[part~="profile"]')!;
    // The four competencies rated by levels; communication is in words only.
    expect(
      [...chart.querySelectorAll('.axis')].map((axis) => axis.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['System design', 'Code quality', 'Delivery', 'Mentoring']);
    // Each dot is as far from the middle, as a share of the rim, as its level's rank of the levels.
    const table = rowsOf(root.querySelector('.compare-table')!);
    const shares = (kind: string) =>
      [...chart.querySelectorAll(`.series.${kind} circle`)].map(
        (dot) => Math.round(Math.hypot(Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy')))) / 100,
      );
    const ranks = (column: number) =>
      table.slice(0, 4).map((row) => {
        const [, rank, count] = /(\d) of (\d)/.exec(row[column]!)!.map(Number);
        return Math.round((rank! / count!) * 100) / 100;
      });
    expect(shares('from')).to.deep.equal(ranks(1));
    expect(shares('to')).to.deep.equal(ranks(2));
    // What a screen reader reads instead of the drawing.
    expect(chart.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(chart.querySelector('ul.sr li')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'System design: Engineer Adopts, 1 of 5, Senior Engineer Specializes, 2 of 5',
    );
    // The second competency is to the right of the first; right to left, to its left.
    const secondX = (root: PmRoleCompare) =>
      Number(root.shadowRoot!.querySelector('.series.to circle:nth-of-type(2)')!.getAttribute('cx'));
    expect(secondX(el)).to.be.greaterThan(0);
    const rtl = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <pm-role-compare .ladder=${ladder} from="engineer" to="senior-engineer"></pm-role-compare>
      </div>`,
    );
    const mirrored = rtl.querySelector<PmRoleCompare>('pm-role-compare')!;
    await comparison(mirrored);
    expect(secondX(mirrored)).to.equal(-secondX(el));
    await expect(el).to.be.accessible();
  });

  it('writes a long competency name around the radar in lines, one under the other', async () => {
    const long = structuredClone(ladder);
    long.competencies!.find((item) => item.id === 'code-quality')!.name =
      'Technical leadership across several teams';
    const el = await fixture<PmRoleCompare>(
      html`<pm-role-compare .ladder=${long} from="engineer" to="senior-engineer"></pm-role-compare>`,
    );
    const root = await comparison(el);
    const [, label] = root.querySelectorAll('[part~="profile"] .axis');
    const lines = [...label!.querySelectorAll('tspan')];
    expect(lines.map((line) => line.textContent)).to.deep.equal([
      'Technical',
      'leadership',
      'across several',
      'teams',
    ]);
    expect(lines.map((line) => line.getAttribute('dy'))).to.deep.equal(['0', '13', '13', '13']);
    expect(new Set(lines.map((line) => line.getAttribute('x')))).to.deep.equal(
      new Set([label!.getAttribute('x')]),
    );
    // Laid out one under the other: where each line's first letter is drawn.
    const tops = lines.map((line) => line.getStartPositionOfChar(0).y);
    for (let i = 1; i < tops.length; i++) expect(tops[i]! - tops[i - 1]!).to.be.closeTo(13, 0.5);
    // Its name, read as one, in what a screen reader reads instead of the drawing.
    expect(root.querySelectorAll('ul.sr li')[1]!.textContent).to.contain(
      'Technical leadership across several teams',
    );
  });

  it('draws bars below three competencies with levels', async () => {
    const two = structuredClone(ladder);
    two.competencies = two.competencies!.slice(0, 2);
    for (const role of two.roles)
      role.expectations = role.expectations!.filter((item) =>
        ['system-design', 'code-quality'].includes(item.competency),
      );
    const el = await fixture<PmRoleCompare>(
      html`<pm-role-compare .ladder=${two} from="engineer" to="senior-engineer"></pm-role-compare>`,
    );
    const root = await comparison(el);
    expect(root.querySelector('[part~="profile"] svg.bars')).to.not.equal(null);
    const widths = [...root.querySelectorAll('.series.to rect')].map((bar) =>
      Number(bar.getAttribute('width')),
    );
    expect(widths).to.deep.equal([80, 150]);
  });

  it("shows the default ladder, once its views are here, and speaks the locale's language", async () => {
    const el = await fixture<PmRoleCompare>(
      html`<pm-role-compare from="product-manager" to="product-lead" locale="de"></pm-role-compare>`,
    );
    await comparison(el);
    await until(() => visibleText(el, '[part~="compare-title"]').startsWith('Von'), 'the German labels');
    expect(visibleText(el, '[part~="compare-title"]')).to.equal(
      'Von Product Manager zu Product Lead / Principal Product Manager',
    );
    // No competencies in this ladder: no table, no chart.
    expect(el.shadowRoot!.querySelector('[part~="competencies"]')).to.equal(null);
    expect(visibleTexts(el, '[part~="step-title"]')).to.deep.equal([
      'Beförderung zu Product Lead / Principal Product Manager',
    ]);
    await expect(el).to.be.accessible();
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { PmSalaryRange } from '../../src/salary-range/salary-range.js';
import {
  assessedComparison,
  exampleLadder,
  failOnUncaughtErrors,
  marksOf,
  shadowAll,
  until,
} from '../helpers.js';
import { computedColour, tokenColour } from './colour.js';

/*
 * On paper, where browsers leave background graphics out by default, what carries meaning on
 * screen stays visible: marks in outline, pay bands by their borders, next steps as text; no
 * heading ends a page without its content; nothing interactive is left. The print media type is
 * emulated through the DevTools protocol: the devtools group runs this file in Chromium alone.
 */
describe('print styles', () => {
  failOnUncaughtErrors();
  afterEach(() => emulateMedia({ media: 'screen' }));

  const style = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);

  it('outlines the marks, keeps headings with their roles, and prints next steps as text', async () => {
    const el = await fixture<PmLadder>(
      html`<pm-ladder
        current="product-manager"
        target="product-director"
        selected="product-lead"
      ></pm-ladder>`,
    );
    const onScreen = style(el, '.badge.current').color;
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    for (const badge of shadowAll(el, '.badge')) {
      const { borderTopWidth, borderTopStyle, color, backgroundImage, backgroundColor } =
        getComputedStyle(badge);
      // No fill, with background graphics printed or not: the text is the page's.
      expect(`${backgroundColor} ${backgroundImage}`, badge.textContent!).to.equal('rgba(0, 0, 0, 0) none');
      expect(`${borderTopWidth} ${borderTopStyle}`, badge.textContent!).to.equal('1px solid');
      expect(color, badge.textContent!).to.equal(computedColour(tokenColour(el, '--_text')));
    }
    expect(style(el, '.badge.current').color).not.to.equal(onScreen);
    for (const name of shadowAll(el, '[part~="tier-name"]'))
      expect(getComputedStyle(name).breakAfter).to.equal('avoid');
    const next = shadowAll(el, '[part~="role-details"] .role-ref');
    expect(next.length, 'next steps').to.be.at.least(1);
    for (const ref of next) expect(getComputedStyle(ref).textDecorationLine).to.equal('none');
    for (const link of shadowAll(el, '[part~="role-link"]'))
      expect(getComputedStyle(link).display).to.equal('none');
  });

  it('draws the pay band and the marked value by their borders', async () => {
    const range = await fixture<PmSalaryRange>(
      html`<pm-salary-range min="90000" max="120000" marker="105000"></pm-salary-range>`,
    );
    await emulateMedia({ media: 'print' });
    const band = style(range, '[part~="band"]');
    expect(parseFloat(band.borderTopWidth)).to.equal(6);
    expect(parseFloat(band.borderBottomWidth)).to.equal(6);
    // Filled by its borders, within the bar.
    const box = (part: string) =>
      range.shadowRoot!.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
    expect(box('band').height).to.be.at.most(box('bar').height);
    expect(band.borderTopColor).to.equal(computedColour(tokenColour(range, '--_accent')));
    expect(parseFloat(style(range, '[part~="marker"]').borderTopWidth)).to.equal(2);
  });

  it('prints no track header above roles that are open across the tracks', async () => {
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${await exampleLadder()}></pm-ladder>`);
    expect(style(el, '[part~="track-header"]').display).to.equal('grid');
    await emulateMedia({ media: 'print' });
    expect(style(el, '[part~="track-header"]').display).to.equal('none');
  });

  it('prints every column of the matrix, its header repeated on each page, no cell cut', async () => {
    const el = await fixture<PmLadder>(
      html`<pm-ladder
        .ladder=${await exampleLadder()}
        view="matrix"
        current="engineer"
        target="staff-engineer"
      ></pm-ladder>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('[part~="matrix"] table'), 'the matrix');
    expect(el.shadowRoot!.querySelector('[part~="compare-offer"] [part~="comparison"]')).to.equal(null);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part~="matrix"]')!;
    const table = box.querySelector('table')!;
    expect(getComputedStyle(box).overflowX).to.equal('visible');
    // Every column within the element's width: nothing scrolls on paper.
    expect(table.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width + 1);
    expect(getComputedStyle(table.querySelector('thead')!).display).to.equal('table-header-group');
    for (const row of table.querySelectorAll('tbody tr'))
      expect(getComputedStyle(row).breakInside).to.equal('avoid');
    // Headers stay where they are on paper, and the switch of views is not printed.
    expect(getComputedStyle(table.querySelector('thead th')!).position).to.equal('static');
    expect(style(el, '[part~="view-switch"]').display).to.equal('none');
    // The examples are printed open, and so is the comparison of `current` and `target`.
    for (const fold of shadowAll(el, '[part~="matrix"] details'))
      expect((fold as HTMLDetailsElement).open).to.equal(true);
    const offer = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="compare-offer"]')!;
    expect(offer.open).to.equal(true);
    expect(offer.querySelector('[part~="compare-title"]')!.textContent).to.equal(
      'From Engineer to Staff Engineer',
    );
    // A header row repeated on the next page shows the roles' titles: no button to paint there.
    expect(getComputedStyle(table.querySelector('thead button')!).display).to.equal('contents');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('prints a comparison whole: the chart kept together, rows uncut, no buttons', async () => {
    const el = await assessedComparison(await exampleLadder());
    await marksOf(el);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(style(el, '[part~="profile"]').breakInside).to.equal('avoid');
    expect(style(el, '[part~="assessment-actions"]').display).to.equal('none');
    for (const row of shadowAll(el, '.compare-table tr'))
      expect(getComputedStyle(row).breakInside).to.equal('avoid');
    window.dispatchEvent(new Event('afterprint'));
  });
});

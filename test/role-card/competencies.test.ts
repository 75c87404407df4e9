import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PmRoleCard } from '../../src/role-card/role-card.js';
import {
  exampleLadder,
  failOnUncaughtErrors,
  shadowAll,
  until,
  visibleText,
  visibleTexts,
} from '../helpers.js';

describe('<pm-role-card> with competencies', () => {
  failOnUncaughtErrors();

  it("lists the role's expectations under their groups, with the level's name and rank", async () => {
    const el = await fixture<PmRoleCard>(
      html`<pm-role-card .ladder=${await exampleLadder()} role-id="engineering-manager"></pm-role-card>`,
    );
    expect(visibleTexts(el, '[part~="competency-group"]')).to.deep.equal(['Craft', 'People']);
    expect(visibleTexts(el, '[part~="competency-name"]')).to.deep.equal([
      'System design',
      'Code quality',
      'Delivery',
      'Mentoring',
      'Communication',
    ]);
    expect(visibleTexts(el, '[part~="level"]')).to.deep.equal([
      'Evangelizes, 3 of 5',
      'Practitioner, 3 of 4',
      'Expert, 4 of 4',
      'Expert, 4 of 4',
    ]);
    // Section headings sit one below the card's title (h3), groups one below them.
    const expectations = el.shadowRoot!.querySelector('[part~="expectations"]')!;
    expect(expectations.querySelector('[part~="section-title"]')!.tagName).to.equal('H4');
    expect(expectations.querySelector('[part~="competency-group"]')!.tagName).to.equal('H5');
    // Styled by the sheet that loads with the validator: a competency is a row of name and expectation.
    const row = expectations.querySelector<HTMLElement>('[part~="competency"]')!;
    expect(getComputedStyle(row).display).to.equal('grid');
    // Lateral moves beside the next steps, and what the track shares.
    expect(visibleText(el, '[part~="lateral"]')).to.equal('Lateral move Staff Engineer');
    expect(visibleText(el, '[part~="track-description"]')).to.equal(
      "Shared by every role on the Management track: Grows by the reach of their team's work.",
    );
    await expect(el).to.be.accessible();
  });

  it('opens the examples of an expectation on demand, in the card as in the ladder', async () => {
    const el = await fixture<PmRoleCard>(
      html`<pm-role-card .ladder=${await exampleLadder()} role-id="senior-engineer"></pm-role-card>`,
    );
    const [disclosure] = shadowAll(el, '[part~="examples"]') as HTMLDetailsElement[];
    expect(disclosure!.open).to.equal(false);
    disclosure!.querySelector('summary')!.click();
    await new Promise((resolve) => disclosure!.addEventListener('toggle', resolve, { once: true }));
    expect(visibleText(el, '[part~="examples"] li')).to.equal(
      'Designed the retry logic of the billing queue.',
    );
    await expect(el).to.be.accessible();
  });

  it('labels in German, the rank included', async () => {
    const el = await fixture<PmRoleCard>(
      html`<pm-role-card
        .ladder=${await exampleLadder()}
        role-id="staff-engineer"
        locale="de"
      ></pm-role-card>`,
    );
    const title = () => visibleText(el, '[part~="expectations"] [part~="section-title"]');
    await until(() => title() === 'Was erwartet wird', 'the German labels');
    expect(visibleTexts(el, '[part~="level"]')[0]).to.equal('Masters, 4 von 5');
    expect(visibleText(el, '[part~="lateral"] [part~="section-title"]')).to.equal(
      'Wechsel auf gleicher Ebene',
    );
  });

  it('prints its examples unfolded', async () => {
    const el = await fixture<PmRoleCard>(
      html`<pm-role-card .ladder=${await exampleLadder()} role-id="staff-engineer"></pm-role-card>`,
    );
    const open = () => (shadowAll(el, '[part~="examples"]') as HTMLDetailsElement[]).map((d) => d.open);
    expect(open()).to.deep.equal([false, false]);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(open()).to.deep.equal([true, true]);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(open()).to.deep.equal([false, false]);
  });
});

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

describe('the profile chart of one role', () => {
  failOnUncaughtErrors();

  it("draws the role's levels in a fold of its details, in <pm-role-card> and in <pm-ladder>, when it is opened", async () => {
    const ladder = await exampleLadder();
    const card = await fixture<PmRoleCard>(
      html`<pm-role-card .ladder=${ladder} role-id="senior-engineer"></pm-role-card>`,
    );
    const fold = card.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="profile-fold"]')!;
    expect(fold.querySelector('summary')!.textContent!.trim()).to.equal('Profile');
    expect(fold.querySelector('[part~="profile"]')).to.equal(null);
    fold.querySelector('summary')!.click();
    await until(() => !!fold.querySelector('[part~="profile"] .series.to'), 'the chart');
    // Specializes 2 of 5, Practitioner 3 of 4, Practitioner 3 of 4, Working 2 of 4.
    const dots = [...fold.querySelectorAll('.series.to circle')].map(
      (dot) => Math.round(Math.hypot(Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy')))) / 100,
    );
    expect(dots).to.deep.equal([0.4, 0.75, 0.75, 0.5]);
    expect(fold.querySelector('ul.sr li')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'System design: Senior Engineer Specializes, 2 of 5',
    );
    await expect(card).to.be.accessible();
    // Another role: the fold is a new one, closed, with no chart of the role before.
    card.roleId = 'engineer';
    await card.updateComplete;
    const again = card.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="profile-fold"]')!;
    expect(again.open).to.equal(false);
    expect(again.querySelector('[part~="profile"]')).to.equal(null);

    const el = await fixture(html`<pm-ladder .ladder=${ladder} selected="staff-engineer"></pm-ladder>`);
    const inLadder = el.shadowRoot!.querySelector<HTMLDetailsElement>(
      '[part~="role-details"] [part~="profile-fold"]',
    )!;
    inLadder.querySelector('summary')!.click();
    await until(() => !!inLadder.querySelector('[part~="profile"]'), 'the chart in the ladder');
    expect(inLadder.querySelector('ul.sr li')!.textContent).to.contain('Staff Engineer Masters, 4 of 5');
  });
});

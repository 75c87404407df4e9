import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PmRoleCard } from '../../src/role-card/role-card.js';
import { defaultLadder } from '../../src/data/default-ladder.js';
import {
  container,
  failOnUncaughtErrors,
  fixtureUrl,
  shadowAll,
  visibleText,
  visibleTexts,
  exampleLadder,
  shows,
} from '../helpers.js';

const sectionItems = (el: Element, part: string) => visibleTexts(el, `[part~="${part}"] li`);

const metaItems = (el: Element) => shadowAll(el, '[part~="meta"] > *').map((item) => item.textContent);

describe('<pm-role-card>', () => {
  failOnUncaughtErrors();

  describe('a role of the default ladder', () => {
    let el: PmRoleCard;
    beforeEach(async () => {
      el = await fixture<PmRoleCard>(
        html`<pm-role-card role-id="product-lead" locale="en-US"></pm-role-card>`,
      );
    });

    it('shows the title in a level-3 heading, with tier', () => {
      const title = el.shadowRoot!.querySelector('[part~="role-title"]')!;
      expect(title.tagName).to.equal('H3');
      expect(title.textContent).to.equal('Product Lead / Principal Product Manager');
      expect(visibleText(el, '[part~="meta"]')).to.equal('Tenured');
    });

    it('shows summary, responsibilities, requirements and the next step by title', () => {
      expect(visibleText(el, '[part~="summary"]')).to.equal(
        'Typically orchestrates the entire process of product management.',
      );
      // The article's list ends "and more": so does the card's.
      expect(sectionItems(el, 'responsibilities')).to.have.length(5);
      expect(sectionItems(el, 'responsibilities')[4]).to.equal('And more.');
      expect(sectionItems(el, 'requirements')).to.deep.equal([
        'Experience as a product manager.',
        'Must have stood out as the go-to person for your product while working as a product manager.',
      ]);
      expect(visibleText(el, '[part~="next"] [part~="section-title"]')).to.equal('Next step');
      expect(sectionItems(el, 'next')).to.deep.equal(['Product Director']);
      expect(shadowAll(el, '[part~="section-title"]').every((h) => h.tagName === 'H4')).to.equal(true);
    });

    it('shows the ladder-wide market estimate, since the article gives no pay per role', () => {
      expect(visibleText(el, '[part~="range-label"]')).to.equal('Market estimate · Range across all roles');
      expect(visibleText(el, '[part~="amount"]')).to.equal('$77,000 – $200,000 per year');
    });

    it('credits the article it comes from, as the ladder does', () => {
      expect(visibleText(el, '[part~="sources"]')).to.equal(
        'Sources: Product Manager Career Path: Positions, Responsibilities, and How to Advance, John Mansour, 2023-02-27',
      );
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it("shows a source's licence in its attribution", async () => {
    const ladder = { ...(await exampleLadder()), sources: [{ title: 'Our ladder', license: 'CC BY 4.0' }] };
    const el = await fixture<PmRoleCard>(
      html`<pm-role-card .ladder=${ladder} role-id="engineer"></pm-role-card>`,
    );
    expect(visibleText(el, '[part~="sources"]')).to.equal('Sources: Our ladder, CC BY 4.0');
  });

  it('says who a role reports to', async () => {
    const el = await fixture<PmRoleCard>(
      html`<pm-role-card role-id="junior-product-manager"></pm-role-card>`,
    );
    expect(visibleText(el, '[part~="reports-to"]')).to.equal('Reports to: Senior Product Manager');
    expect(metaItems(el)).to.deep.equal(['Junior PM', 'Entry level']);
  });

  it("shows a role's own pay band, track and several next steps", async () => {
    const el = await fixture<PmRoleCard>(
      html`<pm-role-card
        role-id="senior-engineer"
        locale="en-US"
        .ladder=${await exampleLadder()}
      ></pm-role-card>`,
    );
    expect(metaItems(el)).to.deep.equal(['E2', 'Mid career', 'Individual contributor']);
    expect(visibleText(el, '[part~="next"] [part~="section-title"]')).to.equal('Next steps');
    expect(sectionItems(el, 'next')).to.deep.equal(['Staff Engineer', 'Engineering Manager']);
    expect(visibleText(el, '[part~="range-label"]')).to.equal('Pay range');
    expect(visibleText(el, '[part~="amount"]')).to.equal('€80,000 – €105,000 per year');
    expect(shows(el, '[part~="bar"]')).to.equal(true);
  });

  it('keeps showing its role from the last good ladder when a newer one fails', async () => {
    const el = await fixture<PmRoleCard>(html`<pm-role-card role-id="product-manager"></pm-role-card>`);
    el.ladder = { id: 'broken' } as never;
    await el.updateComplete;
    expect(visibleText(el, '[part~="role-title"]')).to.equal('Product Manager');
    expect(visibleText(el, '.error-title')).to.equal(
      'The new ladder could not be shown; this is the last one that could',
    );
  });

  it('loads its ladder from src', async () => {
    const el = fixtureSync<PmRoleCard>(
      html`<pm-role-card role-id="staff-engineer" src=${fixtureUrl('ladder.json')}></pm-role-card>`,
    );
    const { detail } = await oneEvent(el, 'pm-load');
    expect(detail.ladder.title).to.equal('Example Co. engineering ladder');
    await el.updateComplete;
    expect(visibleText(el, '[part~="role-title"]')).to.equal('Staff Engineer');
  });

  describe('role-id', () => {
    it('lists the valid ids when it names no role, and fires pm-error', async () => {
      const el = document.createElement('pm-role-card');
      el.roleId = 'senior-pm';
      const reported = oneEvent(el, 'pm-error');
      container().append(el);
      const { detail } = await reported;
      const message = `"senior-pm" is not a role in this ladder; roles are ${defaultLadder.roles.map((r) => r.id).join(', ')}`;
      expect(detail.errors).to.deep.equal([{ path: 'role-id', message }]);
      expect(visibleText(el, '[part~="error"] li')).to.equal(`role-id: ${message}`);
      expect(visibleText(el, '.error-title')).to.equal('This role could not be shown');
      expect(shows(el, '[part~="details"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('asks for one when it is missing', async () => {
      const el = await fixture<PmRoleCard>(html`<pm-role-card></pm-role-card>`);
      expect(visibleText(el, '[part~="error"] li')).to.match(
        /^role-id: is missing; set it to the id of a role: roles are associate-product-manager, /,
      );
    });

    it('shows the role once it is set right', async () => {
      const el = await fixture<PmRoleCard>(html`<pm-role-card role-id="nope"></pm-role-card>`);
      expect(visibleText(el, '[part~="error"] li')).to.equal(
        `role-id: "nope" is not a role in this ladder; roles are ${defaultLadder.roles.map((r) => r.id).join(', ')}`,
      );
      expect(shows(el, '[part~="role-title"]')).to.equal(false);
      el.roleId = 'vp-product';
      await el.updateComplete;
      expect(shows(el, '[part~="error"]')).to.equal(false);
      expect(visibleText(el, '[part~="role-title"]')).to.equal('Vice President of Product');
    });
  });

  describe('the meta line', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`separates its parts with dots, and starts no line with one, wrapped in a narrow card (${dir})`, async () => {
        const wrapper = container({ dir, style: 'inline-size: 11rem' });
        const el = document.createElement('pm-role-card');
        Object.assign(el, { ladder: await exampleLadder(), roleId: 'engineer' });
        wrapper.append(el);
        await el.updateComplete;
        const header = el.shadowRoot!.querySelector('.details-header')!.getBoundingClientRect();
        const items = shadowAll(el, '[part~="meta"] > *').map((item) => item.getBoundingClientRect());
        expect(metaItems(el)).to.deep.equal(['E1', 'Early career', 'Individual contributor']);
        const lines = new Set(items.map((item) => Math.round(item.top)));
        expect(lines.size, 'lines of the meta line').to.be.at.least(2);
        // Each part starts with its dot, a quarter of the text's size or more; at the start of a
        // line, that dot lies outside the header, which clips it.
        const start = (box: DOMRect) => (dir === 'ltr' ? box.left - header.left : header.right - box.right);
        for (const top of lines) {
          const line = items.filter((item) => Math.round(item.top) === top);
          const first = Math.min(...line.map(start));
          expect(first, `the start of the line at ${top}`).to.be.below(-5);
          for (const item of line) if (start(item) !== first) expect(start(item)).to.be.above(0);
        }
        // The dots are not read out.
        const dot = getComputedStyle(el.shadowRoot!.querySelector('[part~="meta"] > *')!, '::before').content;
        expect(dot).to.match(/^"·" \/ ""$/);
      });
    }
  });

  describe('options', () => {
    it('heading-level sets the title rank and the sections one below', async () => {
      const el = await fixture<PmRoleCard>(
        html`<pm-role-card role-id="product-manager" heading-level="2"></pm-role-card>`,
      );
      expect(el.shadowRoot!.querySelector('[part~="role-title"]')!.tagName).to.equal('H2');
      expect(el.shadowRoot!.querySelector('[part~="section-title"]')!.tagName).to.equal('H3');
    });

    it('hide-pay removes the pay band', async () => {
      const el = await fixture<PmRoleCard>(
        html`<pm-role-card role-id="product-manager" hide-pay locale="en-US"></pm-role-card>`,
      );
      expect(shows(el, '[part~="pay"]')).to.equal(false);
      el.hidePay = false;
      await el.updateComplete;
      expect(shows(el, '[part~="pay"]')).to.equal(true);
      expect(visibleText(el, '[part~="amount"]')).to.equal('$77,000 – $200,000 per year');
    });

    it('compact uses compact money', async () => {
      const el = await fixture<PmRoleCard>(
        html`<pm-role-card role-id="product-manager" compact locale="en-US"></pm-role-card>`,
      );
      expect(visibleText(el, '[part~="amount"]')).to.equal('$77K–$200K per year');
    });

    it('reads at 320 px without sideways scrolling', async () => {
      const wrapper = container();
      wrapper.style.inlineSize = '320px';
      const el = document.createElement('pm-role-card');
      el.roleId = 'senior-engineer';
      el.ladder = await exampleLadder();
      wrapper.append(el);
      await el.updateComplete;
      const card = el.shadowRoot!.querySelector('[part~="card"]')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  });

  describe('slots', () => {
    it("shows the host's own content after the summary, and actions at the foot", async () => {
      const el = await fixture<PmRoleCard>(
        html`<pm-role-card role-id="product-manager">
          <p>Our PMs own one product area each.</p>
          <a slot="actions" href="#apply">Apply</a>
        </pm-role-card>`,
      );
      const slots = shadowAll(el, 'slot') as HTMLSlotElement[];
      const main = slots.find((slot) => !slot.name)!;
      const actions = slots.find((slot) => slot.name === 'actions')!;
      expect(main.assignedElements().map((node) => node.textContent)).to.deep.equal([
        'Our PMs own one product area each.',
      ]);
      expect(actions.assignedElements().map((node) => node.textContent)).to.deep.equal(['Apply']);
      // The notes come after the summary and before the responsibilities.
      const summary = el.shadowRoot!.querySelector('[part~="summary"]')!;
      const responsibilities = el.shadowRoot!.querySelector('[part~="responsibilities"]')!;
      expect(summary.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(main.compareDocumentPosition(responsibilities) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
        0,
      );
      await expect(el).to.be.accessible();
    });
  });
});

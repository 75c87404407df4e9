import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import { defaultLadder } from '../../src/data/default-ladder.js';
import { documents } from '../../src/internal/on-demand.js';
import type { Ladder } from '../../src/data/schema.js';
import type { LadderError } from '../../src/data/validate.js';
import {
  clearHash,
  roleButton,
  container,
  failOnUncaughtErrors,
  shadowAll,
  until,
  visibleText,
  visibleTexts,
  exampleLadder,
  generatedLadder,
  press,
  realKeys,
} from '../helpers.js';

const focusedRole = (el: PmLadder) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-role]')?.dataset.role;
/** The roles whose button is in the page's tab order: the roving tab stop, one at a time. */
const tabStops = (el: PmLadder) =>
  shadowAll(el, '.role-button')
    .filter((b) => b.tabIndex === 0)
    .map((b) => b.closest<HTMLElement>('[data-role]')!.dataset.role);
const details = (el: PmLadder) => el.shadowRoot!.querySelector<HTMLElement>('[part~="role-details"]');

async function ladderAt(width: number, attributes: Record<string, string> = {}, ladder?: Ladder) {
  const wrapper = container();
  wrapper.style.inlineSize = `${width}px`;
  const el = document.createElement('pm-ladder');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (ladder) el.ladder = ladder;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const left = (el: PmLadder, selector: string) =>
  el.shadowRoot!.querySelector(selector)!.getBoundingClientRect().left;
const top = (el: PmLadder, selector: string) =>
  el.shadowRoot!.querySelector(selector)!.getBoundingClientRect().top;

/** The demo's example ladder with an intern, a role on no track. */
async function withIntern(): Promise<Ladder> {
  const ladder = await exampleLadder();
  ladder.roles.push({
    ...ladder.roles[0]!,
    id: 'intern',
    title: 'Intern',
    track: undefined,
    next: undefined,
    reportsTo: undefined,
  });
  return ladder;
}

describe('<pm-ladder> interaction', () => {
  failOnUncaughtErrors();
  afterEach(clearHash);

  describe('details on selection', () => {
    it('opens a role in place on click, reflects selected, and fires pm-select', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      const product = roleButton(el, 'product-manager');
      expect(product.getAttribute('aria-expanded')).to.equal('false');
      setTimeout(() => product.click());
      const { detail } = await oneEvent(el, 'pm-select');
      expect(detail.roleId).to.equal('product-manager');
      expect(detail.role.title).to.equal('Product Manager');
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('product-manager');
      expect(product.getAttribute('aria-expanded')).to.equal('true');
      const region = details(el)!;
      expect(product.getAttribute('aria-controls')).to.equal(region.id);
      expect(region.closest('[data-role]')!.getAttribute('data-role')).to.equal('product-manager');
      expect(visibleText(el, '[part~="role-details"] [part~="summary"]')).to.contain('broad umbrella term');
      expect(visibleText(el, '[part~="role-details"] [part~="responsibilities"]')).to.contain(
        'market segmentation',
      );
      await expect(el).to.be.accessible();
    });

    it('shows requirements, next steps and reports-to with the same rendering as <pm-role-card>', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder selected="junior-product-manager"></pm-ladder>`);
      // What the article says of experience is no requirement of promotion: it is in the summary.
      expect(el.shadowRoot!.querySelector('[part~="role-details"] [part~="requirements"]')).to.equal(null);
      expect(visibleText(el, '[part~="role-details"] [part~="summary"]')).to.contain(
        'typically have a bit more experience or education in product management',
      );
      expect(visibleText(el, '[part~="role-details"] [part~="next"] li')).to.equal('Product Manager');
      expect(visibleText(el, '[part~="role-details"] [part~="reports-to"]')).to.equal(
        'Reports to: Senior Product Manager',
      );
    });

    it('closes on a second click, and on Escape with focus back on the role', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      roleButton(el, 'vp-product').click();
      await el.updateComplete;
      roleButton(el, 'vp-product').click();
      await el.updateComplete;
      expect(details(el) !== null).to.equal(false);
      expect(el.hasAttribute('selected')).to.equal(false);

      roleButton(el, 'vp-product').click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLElement>('[part~="role-link"]')!.focus();
      await press('Escape');
      await el.updateComplete;
      expect(details(el) !== null).to.equal(false);
      expect(focusedRole(el)).to.equal('vp-product');
    });

    it('opens with Enter and with Space', async function () {
      if (!realKeys) this.skip();
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      roleButton(el, 'vp-product').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => details(el) !== null, 'Enter to open the details');
      expect(el.selected).to.equal('vp-product');
      roleButton(el, 'product-director').focus();
      const selected = oneEvent(el, 'pm-select');
      await sendKeys({ type: ' ' });
      expect((await selected).detail.roleId).to.equal('product-director');
    });

    it('moves to a next step from inside the details', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder selected="product-manager"></pm-ladder>`);
      const next = el.shadowRoot!.querySelector<HTMLButtonElement>(
        '[part~="role-details"] [data-select="product-lead"]',
      )!;
      next.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.selected).to.equal('product-lead');
      expect(focusedRole(el)).to.equal('product-lead');
    });

    it("leaves a next step's link to the browser when a key is held, for a new tab or window", async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder selected="product-manager"></pm-ladder>`);
      const next = el.shadowRoot!.querySelector<HTMLAnchorElement>(
        '[part~="role-details"] [data-select="product-lead"]',
      )!;
      expect(next.getAttribute('href')).to.equal('#product-manager-career-path/product-lead');
      // What the element decided, seen where the click ends; the test then keeps the page where it is.
      const taken: boolean[] = [];
      const record = (event: Event) => {
        taken.push(event.defaultPrevented);
        event.preventDefault();
      };
      document.addEventListener('click', record);
      try {
        for (const key of ['ctrlKey', 'metaKey', 'shiftKey'] as const) {
          next.dispatchEvent(
            new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, [key]: true }),
          );
        }
        next.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      } finally {
        document.removeEventListener('click', record);
      }
      expect(taken).to.deep.equal([false, false, false, true]);
      await el.updateComplete;
      expect(el.selected).to.equal('product-lead');
    });
  });

  describe('keyboard', () => {
    /** Presses each key in turn, and expects focus on its role after it. */
    async function walkThrough(el: PmLadder, walk: [key: string, role: string][]) {
      for (const [key, expected] of walk) {
        await press(key);
        expect(focusedRole(el), key).to.equal(expected);
      }
    }

    it('is one tab stop, whichever role was last focused', async () => {
      // Two roles a row, the first two side by side, whatever the window's width.
      const el = await fixture<PmLadder>(
        html`<pm-ladder layout="vertical" style="inline-size: 32rem"></pm-ladder>`,
      );
      expect(tabStops(el)).to.deep.equal(['associate-product-manager']);
      roleButton(el, 'associate-product-manager').focus();
      await press('ArrowRight');
      await el.updateComplete;
      expect(tabStops(el)).to.deep.equal(['junior-product-manager']);
      expect(focusedRole(el)).to.equal('junior-product-manager');
      if (!realKeys) return;
      // Out of the ladder and back in: at the role last focused.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement).not.to.equal(el);
      await sendKeys({ press: 'Tab' });
      expect(focusedRole(el)).to.equal('junior-product-manager');
    });

    it('walks the roles with the arrow keys as they are drawn, tiers stacked', async () => {
      // Two roles a row: entry [APM, Junior PM], core [PM], tenured [Lead, Senior PM],
      // leadership [Director, VP] [CPO].
      const wrapper = container({ style: 'inline-size: 32rem' });
      const el = document.createElement('pm-ladder');
      el.layout = 'vertical';
      wrapper.append(el);
      await el.updateComplete;
      roleButton(el, 'associate-product-manager').focus();
      await (await documents.load()).loadArrows();
      const walk: [string, string][] = [
        ['ArrowRight', 'junior-product-manager'],
        // Nothing drawn right below it: the closest role of the tier below.
        ['ArrowDown', 'product-manager'],
        ['ArrowDown', 'product-lead'],
        ['ArrowRight', 'senior-product-manager'],
        ['ArrowDown', 'vp-product'],
        ['ArrowDown', 'chief-product-officer'],
        ['ArrowUp', 'product-director'],
        // The start of a row: the ladder's order. Above, the tier's row with none right above
        // it: its closest role.
        ['ArrowLeft', 'senior-product-manager'],
        ['ArrowUp', 'product-manager'],
        ['ArrowUp', 'associate-product-manager'],
        ['End', 'chief-product-officer'],
        ['ArrowDown', 'chief-product-officer'],
        ['Home', 'associate-product-manager'],
        ['ArrowUp', 'associate-product-manager'],
      ];
      await walkThrough(el, walk);
    });

    it('goes down into the next tier where nothing stands right below', async () => {
      // Three roles in the first tier's row, one in the second's, below the first.
      const ladder = {
        id: 'gap',
        title: 'Gap',
        tiers: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
        roles: [
          { id: 'a1', title: 'A one', tier: 'a' },
          { id: 'a2', title: 'A two', tier: 'a' },
          { id: 'a3', title: 'A three', tier: 'a' },
          { id: 'b1', title: 'B one', tier: 'b' },
        ],
      };
      const wrapper = container({ style: 'inline-size: 48rem' });
      const el = document.createElement('pm-ladder');
      el.layout = 'vertical';
      el.ladder = ladder;
      wrapper.append(el);
      await el.updateComplete;
      roleButton(el, 'a2').focus();
      await walkThrough(el, [
        ['ArrowDown', 'b1'],
        ['ArrowUp', 'a1'],
        ['ArrowRight', 'a2'],
        ['ArrowRight', 'a3'],
        // The end of the row: the next role of the ladder.
        ['ArrowRight', 'b1'],
      ]);
    });

    it('walks across the tiers drawn side by side', async () => {
      const wrapper = container({ style: 'inline-size: 48rem' });
      const el = document.createElement('pm-ladder');
      el.layout = 'horizontal';
      wrapper.append(el);
      await el.updateComplete;
      roleButton(el, 'associate-product-manager').focus();
      await (await documents.load()).loadArrows();
      const walk: [string, string][] = [
        ['ArrowRight', 'product-manager'],
        ['ArrowRight', 'product-lead'],
        ['ArrowRight', 'product-director'],
        ['ArrowDown', 'vp-product'],
        ['ArrowUp', 'product-director'],
        ['ArrowLeft', 'product-lead'],
        ['ArrowDown', 'senior-product-manager'],
        ['ArrowUp', 'product-lead'],
        ['ArrowLeft', 'product-manager'],
        ['ArrowLeft', 'associate-product-manager'],
        ['ArrowDown', 'junior-product-manager'],
        // The foot of a tier: the next role of the ladder, at the head of the next tier.
        ['ArrowDown', 'product-manager'],
      ];
      await walkThrough(el, walk);
    });

    it('mirrors left and right in a right-to-left page', async () => {
      const wrapper = container({ dir: 'rtl', style: 'inline-size: 32rem' });
      const el = document.createElement('pm-ladder');
      el.layout = 'vertical';
      wrapper.append(el);
      await el.updateComplete;
      roleButton(el, 'product-manager').focus();
      await press('ArrowLeft');
      expect(focusedRole(el)).to.equal('product-lead');
      await press('ArrowRight');
      expect(focusedRole(el)).to.equal('product-manager');
      // As drawn: the second role of a row is to the left of the first.
      await (await documents.load()).loadArrows();
      roleButton(el, 'associate-product-manager').focus();
      await press('ArrowLeft');
      expect(focusedRole(el)).to.equal('junior-product-manager');
      await press('ArrowRight');
      expect(focusedRole(el)).to.equal('associate-product-manager');
    });

    it('tabs into the ladder at the selected role and out again in one step', async function () {
      if (!realKeys) this.skip();
      const wrapper = container();
      wrapper.innerHTML =
        '<button id="before">before</button><pm-ladder selected="senior-product-manager" hide-guidance></pm-ladder><button id="after">after</button>';
      const el = wrapper.querySelector('pm-ladder')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedRole(el)).to.equal('senior-product-manager');
      // Through the open details' own buttons and link, then out: no other role is a tab stop.
      const inDetails = shadowAll(el, '[part~="role-details"] :is(a[href], button)');
      expect(inDetails.length, 'tab stops in the details').to.be.at.least(1);
      for (const stop of inDetails) {
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement, 'focus in the details').to.equal(stop);
      }
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
    });

    it('keeps one tab stop when a filter hides the role that had it', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      roleButton(el, 'associate-product-manager').focus();
      await press('End');
      expect(focusedRole(el)).to.equal('chief-product-officer');
      el.tiers = 'entry core';
      await el.updateComplete;
      expect(tabStops(el)).to.deep.equal(['associate-product-manager']);
    });

    it('shows where focus is', async function () {
      if (!realKeys) this.skip();
      const wrapper = container();
      wrapper.innerHTML = '<button>before</button><pm-ladder></pm-ladder>';
      const el = wrapper.querySelector('pm-ladder')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedRole(el)).to.equal('associate-product-manager');
      const style = getComputedStyle(roleButton(el, 'associate-product-manager'));
      // As the README promises: 3 px, outside the control.
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
      expect(parseFloat(style.outlineOffset)).to.be.above(0);
    });
  });

  describe('you are here', () => {
    it('marks the current role and the goal, and counts the steps between them', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder current="junior-product-manager" target="product-director"></pm-ladder>`,
      );
      expect(roleButton(el, 'junior-product-manager').getAttribute('aria-current')).to.equal('step');
      expect(visibleText(el, '[part~="current"] .badge')).to.equal('You are here');
      expect(visibleText(el, '[part~="target"] .badge')).to.equal('Goal');
      // Of the two tenured roles that lead to Product Director, the first the ladder lists.
      expect(visibleText(el, '[part~="path"]')).to.equal(
        'From Junior Product Manager to Product Director: 3 steps. Through Product Manager, then Product Lead / Principal Product Manager.',
      );
      expect(shadowAll(el, '[part~="on-path"]').map((li) => li.dataset.role)).to.deep.equal([
        'junior-product-manager',
        'product-manager',
        'product-lead',
        'product-director',
      ]);
      expect(visibleText(el, '[data-role="product-lead"] .badge')).to.equal('Step 2');
      // The tab stop starts at "you are here".
      expect(roleButton(el, 'junior-product-manager').tabIndex).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('says so plainly when there is no path', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder current="product-director" target="product-manager"></pm-ladder>`,
      );
      expect(visibleText(el, '[part~="path"]')).to.equal(
        'There is no path of promotions from Product Director to Product Manager in this ladder.',
      );
      expect(shadowAll(el, '[part~="on-path"]')).to.have.length(0);
    });

    it('follows the shortest of several paths', async () => {
      const ladder = await exampleLadder();
      const el = await ladderAt(900, { current: 'engineer', target: 'engineering-manager' }, ladder);
      expect(visibleText(el, '[part~="path"]')).to.equal(
        'From Engineer to Engineering Manager: 2 steps. Through Senior Engineer.',
      );
    });

    it('says when you are at your goal', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder current="vp-product" target="vp-product"></pm-ladder>`,
      );
      expect(visibleText(el, '[part~="path"]')).to.equal('You are at your goal: Vice President of Product.');
    });
  });

  describe('settings that name nothing', () => {
    it('lists each one where it is, fires pm-error, and still shows the ladder', async () => {
      const el = document.createElement('pm-ladder');
      Object.assign(el, { current: 'ceo', target: 'product-ninja', track: 'ic', tiers: 'entry senoir' });
      const reported = oneEvent(el, 'pm-error');
      container().append(el);
      const { detail } = await reported;
      expect(detail.errors.map((error: LadderError) => error.path)).to.deep.equal([
        'current',
        'target',
        'tiers',
        'track',
      ]);
      expect(visibleText(el, '[part~="error"]')).to.contain(
        'tiers: "senoir" is not a tier id; tiers are entry, core, tenured, leadership',
      );
      expect(visibleText(el, '[part~="error"]')).to.contain(
        'track: "ic" is not a track id; this ladder has no tracks',
      );
      expect(shadowAll(el, '[part~="tier"]').map((tier) => tier.dataset.tier)).to.deep.equal(['entry']);
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('tiers shows only the tiers named', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder tiers="entry leadership"></pm-ladder>`);
      expect(shadowAll(el, '[part~="tier"]').map((tier) => tier.dataset.tier)).to.deep.equal([
        'entry',
        'leadership',
      ]);
      expect(shadowAll(el, '[part~="role"]')).to.have.length(5);
    });

    it('says so when the settings leave no role on show', async () => {
      const ladder = await exampleLadder();
      const el = await ladderAt(900, { track: 'management', tiers: 'early' }, ladder);
      expect(visibleText(el, '[part~="empty"]')).to.equal(
        'No roles of this ladder match its tiers and track settings.',
      );
    });

    it('shows a related role the filters hide as its title, not as a link', async () => {
      const ladder = await exampleLadder();
      const el = await ladderAt(900, { track: 'ic', selected: 'senior-engineer' }, ladder);
      const next = el.shadowRoot!.querySelector('[part~="role-details"] [part~="next"]')!;
      expect([...next.querySelectorAll('a')].map((link) => link.textContent!.trim())).to.deep.equal([
        'Staff Engineer',
      ]);
      expect(next.textContent!.replace(/\s+/g, ' ')).to.contain('Engineering Manager');
    });

    it('an open role follows a change of tiers: a related role now hidden is its title, not a link', async () => {
      const ladder = await exampleLadder();
      const el = await ladderAt(900, { selected: 'senior-engineer' }, ladder);
      const links = () =>
        shadowAll(el, '[part~="role-details"] [part~="next"] a').map((link) => link.textContent!.trim());
      expect(links()).to.deep.equal(['Staff Engineer', 'Engineering Manager']);
      el.tiers = 'early mid';
      await el.updateComplete;
      expect(links()).to.deep.equal([]);
      expect(visibleTexts(el, '[part~="role-details"] [part~="next"] li')).to.deep.equal([
        'Staff Engineer',
        'Engineering Manager',
      ]);
      el.tiers = undefined;
      await el.updateComplete;
      expect(links()).to.deep.equal(['Staff Engineer', 'Engineering Manager']);
    });

    it('track shows one track, and roles without a track', async () => {
      const el = await ladderAt(900, { track: 'management' }, await withIntern());
      expect(shadowAll(el, '[part~="role"]').map((role) => role.dataset.role)).to.deep.equal([
        'intern',
        'engineering-manager',
      ]);
    });
  });

  describe('layout', () => {
    it('puts the tracks side by side, each role in its track column', async () => {
      const el = await ladderAt(900, {}, await exampleLadder());
      expect(shadowAll(el, '[part~="track-header"] > *').map((name) => name.textContent)).to.deep.equal([
        'Individual contributor',
        'Management',
      ]);
      expect(left(el, '[data-role="engineering-manager"]')).to.be.greaterThan(
        left(el, '[data-role="staff-engineer"]') + 200,
      );
      expect(left(el, '[data-role="engineer"]')).to.equal(left(el, '[data-role="staff-engineer"]'));
      await expect(el).to.be.accessible();
    });

    it("keeps an open role's pay band in its track's column, to compare with its neighbours'", async () => {
      const el = await ladderAt(900, {}, await exampleLadder());
      const bar = (id: string) =>
        el.shadowRoot!.querySelector(`[data-role="${id}"] [part~="bar"]`)!.getBoundingClientRect();
      const closed = { staff: bar('staff-engineer'), manager: bar('engineering-manager') };
      el.selected = 'senior-engineer';
      await el.updateComplete;
      const open = bar('senior-engineer');
      expect(
        el.shadowRoot!.querySelector('[data-role="senior-engineer"]')!.getBoundingClientRect().width,
      ).to.be.above(closed.staff.width * 1.8);
      expect(Math.abs(open.left - closed.staff.left), 'left').to.be.below(1.5);
      expect(Math.abs(open.width - closed.staff.width), 'width').to.be.below(1.5);
      el.selected = 'engineering-manager';
      await el.updateComplete;
      const manager = bar('engineering-manager');
      expect(Math.abs(manager.left - closed.manager.left), 'left in the second column').to.be.below(1.5);
      expect(Math.abs(manager.width - closed.manager.width), 'width in the second column').to.be.below(1.5);
    });

    it('keeps the full width of a role without a track, open or closed', async () => {
      const el = await ladderAt(900, {}, await withIntern());
      const bar = () =>
        el.shadowRoot!.querySelector('[data-role="intern"] [part~="bar"]')!.getBoundingClientRect();
      const closed = bar();
      expect(closed.width, 'across both tracks').to.be.above(
        el.shadowRoot!.querySelector('[data-role="engineer"] [part~="bar"]')!.getBoundingClientRect().width *
          1.8,
      );
      el.selected = 'intern';
      await el.updateComplete;
      expect(Math.abs(bar().width - closed.width), 'width, open').to.be.below(1.5);
      expect(Math.abs(bar().left - closed.left), 'left, open').to.be.below(1.5);
    });

    it('stacks the tracks in one column at 320 px, naming each role its track', async () => {
      const el = await ladderAt(320, {}, await exampleLadder());
      expect(left(el, '[data-role="engineering-manager"]')).to.equal(
        left(el, '[data-role="staff-engineer"]'),
      );
      expect(visibleText(el, '[data-role="engineering-manager"] .role-meta')).to.equal('M1 · Management');
    });

    it('auto: tiers side by side when wide, stacked when narrow', async () => {
      const wide = await ladderAt(1100);
      expect(left(wide, '[data-tier="core"]')).to.be.greaterThan(left(wide, '[data-tier="entry"]'));
      const narrow = await ladderAt(500);
      expect(left(narrow, '[data-tier="core"]')).to.equal(left(narrow, '[data-tier="entry"]'));
      expect(top(narrow, '[data-tier="core"]')).to.be.greaterThan(top(narrow, '[data-tier="entry"]'));
    });

    it('vertical and horizontal force one or the other', async () => {
      const vertical = await ladderAt(1100, { layout: 'vertical' });
      expect(left(vertical, '[data-tier="core"]')).to.equal(left(vertical, '[data-tier="entry"]'));
      const horizontal = await ladderAt(700, { layout: 'horizontal' });
      expect(left(horizontal, '[data-tier="core"]')).to.be.greaterThan(
        left(horizontal, '[data-tier="entry"]'),
      );
    });

    for (const layout of ['horizontal', 'auto'] as const) {
      it(`starts every tier's roles level, side by side, whichever name takes two lines (${layout})`, async () => {
        const el = await ladderAt(layout === 'auto' ? 900 : 700, { layout });
        // The height of each name's text (its box may be as tall as the tallest).
        const names = shadowAll(el, '[part~="tier-name"]').map((name) => {
          const range = document.createRange();
          range.selectNodeContents(name);
          return range.getBoundingClientRect().height;
        });
        expect(Math.max(...names), 'the tallest tier name').to.be.above(Math.min(...names) * 1.5);
        const firsts = shadowAll(el, '[part~="roles"] > :first-child').map(
          (role) => role.getBoundingClientRect().top,
        );
        expect(new Set(firsts).size, `tops of the first roles: ${firsts.join(', ')}`).to.equal(1);
        expect(left(el, '[data-tier="core"]')).to.be.greaterThan(left(el, '[data-tier="entry"]'));
      });
    }

    it('starts the ladder on the right in a right-to-left page', async () => {
      const wrapper = container({ dir: 'rtl' });
      wrapper.style.inlineSize = '1100px';
      const el = document.createElement('pm-ladder');
      wrapper.append(el);
      await el.updateComplete;
      expect(left(el, '[data-tier="entry"]')).to.be.greaterThan(left(el, '[data-tier="core"]'));
    });

    for (const which of ['default', 'example'] as const) {
      it(`reads at 320 px without sideways scrolling (${which} ladder, a role open)`, async () => {
        const ladder = which === 'default' ? defaultLadder : await exampleLadder();
        const selected = which === 'default' ? 'product-lead' : 'senior-engineer';
        const el = await ladderAt(320, { selected, current: ladder.roles[0]!.id }, ladder);
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
      });
    }
  });

  describe('print', () => {
    it('prints every role with its details', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(shadowAll(el, '[part~="role-details"]')).to.have.length(8);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(shadowAll(el, '[part~="role-details"]')).to.have.length(0);
    });
  });

  describe('deep links', () => {
    it('writes the open role into the URL fragment, and clears it on closing', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      roleButton(el, 'senior-product-manager').click();
      await el.updateComplete;
      expect(location.hash).to.equal('#product-manager-career-path/senior-product-manager');
      expect(el.shadowRoot!.querySelector('[part~="role-link"]')!.getAttribute('href')).to.equal(
        '#product-manager-career-path/senior-product-manager',
      );
      roleButton(el, 'senior-product-manager').click();
      await el.updateComplete;
      expect(location.hash).to.equal('');
    });

    it('opens the role a link names, on arrival and on a change of fragment', async () => {
      history.replaceState(null, '', '#product-manager-career-path/product-lead');
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      await until(() => el.selected === 'product-lead', 'the linked role to open');
      location.hash = 'product-manager-career-path/chief-product-officer';
      await until(() => el.selected === 'chief-product-officer', 'the newly linked role to open');
      expect(details(el)!.closest<HTMLElement>('[data-role]')!.dataset.role).to.equal(
        'chief-product-officer',
      );
    });

    it('ignores a fragment that is not percent-encoding, without throwing', async () => {
      history.replaceState(null, '', '#100%');
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
    });

    it('ignores a fragment meant for another ladder', async () => {
      history.replaceState(null, '', '#another-ladder/product-lead');
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      // A link to this ladder opens its role in the update that first shows the ladder.
      expect(el.selected).to.equal(undefined);
      expect(details(el)).to.equal(null);
      // Changes of fragment come in order: the one for this ladder, after another's, is the only one taken.
      const chosen: string[] = [];
      el.addEventListener('pm-select', (event) => chosen.push(event.detail.roleId));
      location.hash = 'another-ladder/vp-product';
      location.hash = 'product-manager-career-path/product-director';
      await until(() => el.selected === 'product-director', 'the role this ladder is linked to');
      expect(chosen).to.deep.equal(['product-director']);
    });
  });

  it('walks a 1,000-role ladder by keyboard', async () => {
    const el = await fixture<PmLadder>(
      html`<pm-ladder current="role-0" target="role-999" .ladder=${generatedLadder(1000)}></pm-ladder>`,
    );
    expect(visibleText(el, '[part~="path"]')).to.match(/: 999 steps\./);
    roleButton(el, 'role-0').focus();
    await press('End');
    expect(focusedRole(el)).to.equal('role-999');
  });
});

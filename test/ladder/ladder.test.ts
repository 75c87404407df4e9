import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import { defaultLadder } from '../../src/data/default-ladder.js';
import {
  container,
  failOnUncaughtErrors,
  fixtureUrl,
  shadowAll,
  visibleText,
  visibleTexts,
  exampleLadder,
  generatedLadder,
  shows,
} from '../helpers.js';

describe('<pm-ladder>', () => {
  failOnUncaughtErrors();

  describe('with the default ladder', () => {
    let el: PmLadder;
    beforeEach(async () => {
      el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
    });

    it('shows the title and description in a level-2 heading', () => {
      const title = el.shadowRoot!.querySelector('[part~="title"]')!;
      expect(title.tagName).to.equal('H2');
      expect(title.textContent).to.equal('Product Manager career path');
      expect(visibleText(el, '[part~="description"]')).to.contain('from entry level to the C-suite');
    });

    it('shows the four tiers in order, as an ordered list of groups under their headings', () => {
      const tiers = el.shadowRoot!.querySelector('[part~="tiers"]')!;
      expect(tiers.tagName).to.equal('OL');
      // No aria-label: some screen readers do not read one on a list. The ladder's title heads it.
      expect(tiers.hasAttribute('aria-label')).to.equal(false);
      expect(shadowAll(el, '[part~="tier-name"]').map((name) => name.textContent)).to.deep.equal([
        'Entry level',
        'Basic product management role',
        'Tenured',
        'Leadership',
      ]);
      expect(shadowAll(el, '[part~="tier-name"]').every((name) => name.tagName === 'H3')).to.equal(true);
    });

    it('shows the eight roles in the article order, with their abbreviations', () => {
      const roles = shadowAll(el, '[part~="role"]');
      expect(roles.map((role) => role.querySelector('.role-title')!.textContent)).to.deep.equal(
        defaultLadder.roles.map((role) => role.title),
      );
      expect(roles.every((role) => role.tagName === 'LI' && role.parentElement!.tagName === 'OL')).to.equal(
        true,
      );
      // An entry shows its title and abbreviation, each a line of its own, and nothing else.
      for (const [id, title, abbreviation] of [
        ['associate-product-manager', 'Associate Product Manager', 'APM'],
        ['chief-product-officer', 'Chief Product Officer', 'CPO'],
      ]) {
        expect(visibleTexts(el, `[data-role="${id}"] > .role-button > *`)).to.deep.equal([
          title,
          abbreviation,
        ]);
        expect(visibleTexts(el, `[data-role="${id}"] > :not(.role-button)`).filter(Boolean)).to.deep.equal(
          [],
        );
      }
    });

    it('shows the ladder-wide market estimate with its label and source', () => {
      // Each piece is a line of its own (the range is a column), in this order.
      expect(
        visibleTexts(
          el,
          '.overview [part~="pay"] :is(.range-label, .amount, .currency, .range-note, .range-source)',
        ),
      ).to.deep.equal([
        'Market estimate · Range across all roles',
        '$77,000 – $200,000 per year',
        'USD',
        'Salaries for product managers, depending on role and experience.',
        'Glassdoor, according to John Mansour, 2023',
      ]);
    });

    it('shows the key skill, its five questions and the advice', () => {
      const guidance = el.shadowRoot!.querySelector('[part~="guidance"]')!;
      expect(guidance.querySelector('h3')!.textContent).to.equal('How to advance');
      expect(visibleText(el, '[part~="guidance"]')).to.contain(
        'Understand the business of your target customers',
      );
      const questions = [...guidance.querySelectorAll('ol > li')].map((item) => item.textContent);
      expect(questions).to.deep.equal(defaultLadder.guidance.questions);
      expect(guidance.querySelectorAll('ul > li')).to.have.length(defaultLadder.guidance.advice.length);
    });

    it('credits the article at the foot', () => {
      expect(visibleText(el, '[part~="sources"]')).to.equal(
        'Sources: Product Manager Career Path: Positions, Responsibilities, and How to Advance, John Mansour, 2023-02-27',
      );
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it('fires pm-load with the ladder it shows', async () => {
    const el = document.createElement('pm-ladder');
    const loaded = oneEvent(el, 'pm-load');
    container().append(el);
    const { detail } = await loaded;
    expect(detail.ladder).to.equal(defaultLadder);
  });

  describe('attributes', () => {
    it('heading-level sets the rank of the title, and of the tiers one below', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder heading-level="4"></pm-ladder>`);
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.tagName).to.equal('H4');
      expect(el.shadowRoot!.querySelector('[part~="tier-name"]')!.tagName).to.equal('H5');
      el.headingLevel = 6;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="tier-name"]')!.tagName).to.equal('H6');
    });

    it('heading-level out of range falls back to 2', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder heading-level="9"></pm-ladder>`);
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.tagName).to.equal('H2');
    });

    it('hide-pay removes every pay band', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder hide-pay .ladder=${await exampleLadder()}></pm-ladder>`,
      );
      expect(shadowAll(el, '[part~="pay"]')).to.have.length(0);
      el.hidePay = false;
      await el.updateComplete;
      expect(shadowAll(el, '[part~="pay"]')).to.have.length(5);
    });

    it('hide-guidance removes the guidance section', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder hide-guidance></pm-ladder>`);
      expect(shows(el, '[part~="guidance"]')).to.equal(false);
    });
  });

  describe('pay in other currencies and locales', () => {
    it("shows each role's band in its currency, compact, on the ladder's scale", async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder locale="en-US" .ladder=${await exampleLadder()}></pm-ladder>`,
      );
      expect(visibleText(el, '[data-role="engineer"] .amount')).to.equal('€60K–€80K per year');
      expect(visibleText(el, '[data-role="engineer"] .range-label')).to.equal('Pay range');
      // The bands of the entries share one scale: a bar each, with no labels of the scale's ends.
      const band = el.shadowRoot!.querySelector<HTMLElement>('[data-role="senior-engineer"] [part~="band"]')!;
      expect(band.style.getPropertyValue('--_start')).to.equal('26.667%');
      expect(shows(el, '[data-role="engineer"] [part~="scale"]')).to.equal(false);
      expect(visibleText(el, '.ladder-pay .amount')).to.equal('€60,000 – €135,000 per year');
    });

    it('formats money for the locale attribute, else the closest lang', async () => {
      const ladder = await exampleLadder();
      const el = await fixture<PmLadder>(html`<pm-ladder locale="de-DE" .ladder=${ladder}></pm-ladder>`);
      expect(visibleText(el, '.ladder-pay .amount')).to.match(/^60\.000\s?–\s?135\.000\s€ per year$/);
      const inIndia = document.createElement('pm-ladder');
      inIndia.ladder = ladder;
      container({ lang: 'en-IN' }).append(inIndia);
      await inIndia.updateComplete;
      expect(visibleText(inIndia, '.ladder-pay .amount')).to.match(/^€60,000\s?–\s?€1,35,000 per year$/);
    });
  });

  describe('states', () => {
    it('says so when the ladder has no roles, and stays accessible', async () => {
      const empty = { id: 'empty', title: 'Our new ladder', tiers: [], roles: [] };
      const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${empty}></pm-ladder>`);
      expect(visibleText(el, '[part~="empty"]')).to.equal('This ladder has no roles yet.');
      expect(shows(el, '[part~="tiers"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows located errors for a bad document, and stays accessible', async () => {
      const bad = { ...defaultLadder, roles: [{ ...defaultLadder.roles[0], tier: 'senoir' }] };
      const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${bad}></pm-ladder>`);
      expect(visibleText(el, '[part~="error"] li')).to.equal(
        'roles[0].tier: "senoir" is not a tier id; tiers are entry, core, tenured, leadership',
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder src=${fixtureUrl('ladder.json', { delay: 1000 })}></pm-ladder>`,
      );
      expect(visibleText(el, '[part~="status"]')).to.equal('Loading the ladder…');
      await expect(el).to.be.accessible();
    });

    it('renders a 10,000-role ladder', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${generatedLadder(10000)}></pm-ladder>`);
      expect(shadowAll(el, '[part~="role"]')).to.have.length(10000);
      expect(visibleText(el, '[data-role="role-9999"] .role-title')).to.equal('Role 9999');
    });
  });

  describe('text from the document', () => {
    it('is shown verbatim, never as HTML', async () => {
      const payload = '<img src=x onerror="window.__pwned = true"><script>window.__pwned = true</script>';
      const ladder = {
        ...defaultLadder,
        title: payload,
        roles: defaultLadder.roles.map((role) => ({ ...role, title: `${role.title} ${payload}` })),
      };
      const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${ladder}></pm-ladder>`);
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(payload);
      expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
      // An image of the page's own that fails to load, asked for after the element rendered: an
      // image injected by the element would have failed, and run its handler, before it.
      const control = document.createElement('img');
      const failed = new Promise((resolve) => control.addEventListener('error', resolve, { once: true }));
      control.src = `/fixtures/status/404?image=${Math.random()}`;
      container().append(control);
      await failed;
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('links a source only when its URL is http, https or mailto', async () => {
      const sources = [
        { title: 'Safe', url: 'https://example.com/ladder' },
        { title: 'Script', url: 'javascript:alert(1)' },
        { title: 'Padded', url: '  JaVaScRiPt:alert(1)' },
        { title: 'Mail', url: 'mailto:people@example.com' },
      ];
      const el = await fixture<PmLadder>(
        html`<pm-ladder .ladder=${{ ...defaultLadder, sources }}></pm-ladder>`,
      );
      const links = shadowAll(el, '[part~="sources"] a');
      expect(links.map((link) => link.textContent)).to.deep.equal(['Safe', 'Mail']);
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://example.com/ladder',
        'mailto:people@example.com',
      ]);
      expect(visibleText(el, '[part~="sources"]')).to.contain('Script (javascript:alert(1))');
    });
  });
});

describe('a second copy of the library on the page', () => {
  failOnUncaughtErrors();

  it('registers nothing twice and throws nothing', async () => {
    const tags = ['pm-ladder', 'pm-role-card', 'pm-salary-range'];
    const first = tags.map((tag) => customElements.get(tag));
    // The bundle is a second copy, with Lit and classes of its own.
    await import(/* @vite-ignore */ `/dist/pm-ladder.bundle.js?copy=${Date.now()}`);
    expect(tags.map((tag) => customElements.get(tag))).to.deep.equal(first);
    const el = fixtureSync<PmLadder>(html`<pm-ladder></pm-ladder>`);
    expect(el).to.be.instanceOf(first[0]!);
    await oneEvent(el, 'pm-load');
    expect(visibleText(el, '[part~="title"]')).to.equal('Product Manager career path');
  });
});

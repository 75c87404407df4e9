import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/define.js';
import type { PmSalaryRange } from '../../src/salary-range/salary-range.js';
import { defaultLadder } from '../../src/data/default-ladder.js';
import type { LadderError } from '../../src/data/validate.js';
import {
  container,
  failOnUncaughtErrors,
  visibleText,
  visibleTexts,
  exampleLadder,
  shows,
} from '../helpers.js';

const amount = (el: Element) => visibleText(el, '[part~="amount"]');
const errorLines = (el: Element) => visibleTexts(el, '[part~="error"] li');

/** The band's place on the bar, as the percentages the element drew it at. */
function bandPlace(el: Element) {
  const band = el.shadowRoot!.querySelector<HTMLElement>('[part~="band"]')!;
  return { start: band.style.getPropertyValue('--_start'), size: band.style.getPropertyValue('--_size') };
}

describe('<pm-salary-range>', () => {
  failOnUncaughtErrors();

  describe('standalone', () => {
    it('shows the band as text with its period and currency', async () => {
      const el = await fixture<PmSalaryRange>(
        html`<pm-salary-range min="77000" max="200000" locale="en-US"></pm-salary-range>`,
      );
      expect(amount(el)).to.equal('$77,000 – $200,000 per year');
      expect(visibleText(el, '[part~="currency"]')).to.equal('USD');
      await expect(el).to.be.accessible();
    });

    it('formats for the locale and currency', async () => {
      const el = await fixture<PmSalaryRange>(
        html`<pm-salary-range min="50000" max="80000" currency="EUR" locale="de-DE"></pm-salary-range>`,
      );
      expect(amount(el)).to.match(/^50\.000\s?–\s?80\.000\s€ per year$/);
      el.locale = 'fr-FR';
      el.currency = 'CHF';
      el.period = 'month';
      await el.updateComplete;
      expect(amount(el)).to.match(/^50\s000\s?–\s?80\s000\sCHF per month$/);
      el.locale = 'ja-JP';
      el.currency = 'JPY';
      el.period = 'hour';
      el.min = 1500;
      el.max = 3000;
      await el.updateComplete;
      expect(amount(el)).to.match(/^[￥¥]1,500\s?～\s?[￥¥]3,000 per hour$/);
    });

    it('takes the locale from the closest lang', async () => {
      const el = document.createElement('pm-salary-range');
      el.setAttribute('min', '1000000');
      el.setAttribute('max', '2500000');
      el.setAttribute('currency', 'INR');
      container({ lang: 'hi-IN' }).append(el);
      await el.updateComplete;
      expect(amount(el)).to.match(/10,00,000/);
    });

    it('has a compact notation', async () => {
      const el = await fixture<PmSalaryRange>(
        html`<pm-salary-range min="77000" max="200000" notation="compact" locale="en-US"></pm-salary-range>`,
      );
      expect(amount(el)).to.equal('$77K–$200K per year');
    });

    it('shows one amount when min equals max', async () => {
      const el = await fixture<PmSalaryRange>(
        html`<pm-salary-range min="90000" max="90000" locale="en-US"></pm-salary-range>`,
      );
      expect(amount(el)).to.equal('$90,000 per year');
    });

    it('shows a label when given one', async () => {
      const el = await fixture<PmSalaryRange>(
        html`<pm-salary-range min="1" max="2" label="Example Co. band B"></pm-salary-range>`,
      );
      expect(visibleText(el, '[part~="range-label"]')).to.equal('Example Co. band B');
    });

    it('draws the band on its own scale with a margin, or on the given scale', async () => {
      const el = await fixture<PmSalaryRange>(html`<pm-salary-range min="100" max="200"></pm-salary-range>`);
      // Default scale: 75 to 225, the band a quarter of its width in from each end.
      expect(bandPlace(el)).to.deep.equal({ start: '16.667%', size: '66.666%' });
      el.scaleMin = 0;
      el.scaleMax = 400;
      await el.updateComplete;
      expect(bandPlace(el)).to.deep.equal({ start: '25%', size: '25%' });
      expect(visibleText(el, '[part~="scale"]')).to.equal('$0$400');
    });

    it('ends its own scale on round numbers', async () => {
      const ends = async (min: number, max: number, currency: string, marker?: number) => {
        const el = await fixture<PmSalaryRange>(
          html`<pm-salary-range
            min=${min}
            max=${max}
            currency=${currency}
            marker=${marker ?? nothing}
            locale="en-US"
          ></pm-salary-range>`,
        );
        return visibleTexts(el, '[part~="scale"] bdi');
      };
      expect(await ends(90000, 120000, 'USD')).to.deep.equal(['$80,000', '$130,000']);
      expect(await ends(80000, 105000, 'EUR')).to.deep.equal(['€70,000', '€115,000']);
      expect(await ends(4000, 6500, 'GBP')).to.deep.equal(['£3,000', '£7,500']);
      // Widened to show the marked value, still on round numbers.
      expect(await ends(90000, 120000, 'USD', 150000)).to.deep.equal(['$70,000', '$170,000']);
    });

    it('marks a value on the bar and says where it falls', async () => {
      const el = await fixture<PmSalaryRange>(
        html`<pm-salary-range
          min="80000"
          max="100000"
          marker="95000"
          marker-label="Your offer"
          locale="en-US"
          scale-min="0"
          scale-max="200000"
        ></pm-salary-range>`,
      );
      expect(visibleText(el, '[part~="marker-text"]')).to.equal('Your offer: $95,000, within the range');
      const marker = el.shadowRoot!.querySelector<HTMLElement>('[part~="marker"]')!;
      expect(marker.style.getPropertyValue('--_at')).to.equal('47.5%');
      el.marker = 70000;
      await el.updateComplete;
      expect(visibleText(el, '[part~="marker-text"]')).to.equal('Your offer: $70,000, below the range');
      await expect(el).to.be.accessible();
    });

    it('widens its default scale to show the marked value', async () => {
      const el = await fixture<PmSalaryRange>(
        html`<pm-salary-range min="100" max="200" marker="300"></pm-salary-range>`,
      );
      expect(visibleText(el, '[part~="marker-text"]')).to.contain('above the range');
      expect(shows(el, '[part~="error"]')).to.equal(false);
    });

    it('hides the bar from assistive technology: the text says it all', async () => {
      const el = await fixture<PmSalaryRange>(html`<pm-salary-range min="1" max="2"></pm-salary-range>`);
      expect(el.shadowRoot!.querySelector('[part~="bar"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(el.shadowRoot!.querySelector('[part~="scale"]')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('draws the band from the start edge in right-to-left pages too', async () => {
      const wrapper = container({ dir: 'rtl' });
      const el = document.createElement('pm-salary-range');
      Object.assign(el, { min: 100, max: 200, scaleMin: 0, scaleMax: 400 });
      wrapper.append(el);
      await el.updateComplete;
      const bar = el.shadowRoot!.querySelector('[part~="bar"]')!.getBoundingClientRect();
      const band = el.shadowRoot!.querySelector('[part~="band"]')!.getBoundingClientRect();
      // A quarter of the way in from the right-hand edge.
      expect(Math.round(bar.right - band.right)).to.be.closeTo(Math.round(bar.width / 4), 2);
    });
  });

  describe('bad input', () => {
    const cases: [string, Record<string, string>, string[]][] = [
      ['a missing max', { min: '50000' }, ['max: is required']],
      ['a missing min', { max: '50000' }, ['min: is required']],
      [
        'min above max',
        { min: '90000', max: '80000' },
        ['min: 90000 is more than max 80000; min must not exceed max'],
      ],
      ['a negative amount', { min: '-1', max: '10' }, ['min: should be 0 or more, not -1']],
      ['an amount that is not a number', { min: '50k', max: '80000' }, ['min: "50k" is not a number']],
      [
        'an unknown currency',
        { min: '1', max: '2', currency: 'EURO' },
        ['currency: "EURO" is not an ISO 4217 currency code (three capital letters, like USD, EUR or GBP)'],
      ],
      [
        'an unknown period',
        { min: '1', max: '2', period: 'annum' },
        ['period: "annum" is not a pay period; use one of year, month, week, day, hour'],
      ],
      [
        'a marker outside the given scale',
        { min: '10', max: '20', marker: '50', 'scale-min': '0', 'scale-max': '40' },
        ['marker: 50 is outside the scale (0 to 40)'],
      ],
      [
        'a scale that cuts the band',
        { min: '10', max: '20', 'scale-min': '15' },
        ['scale-min: the scale (15 to 22.5) must hold the whole band (10 to 20)'],
      ],
      [
        'a marker that is not a number',
        { min: '10', max: '20', marker: 'lots' },
        ['marker: "lots" is not a number'],
      ],
      [
        'ends upside down and an unknown currency, both at once',
        { min: '90000', max: '70000', currency: 'EURO' },
        [
          'min: 90000 is more than max 70000; min must not exceed max',
          'currency: "EURO" is not an ISO 4217 currency code (three capital letters, like USD, EUR or GBP)',
        ],
      ],
      [
        'an amount that is not a number and an unknown period, both at once',
        { min: '50k', max: '80000', period: 'annum' },
        [
          'min: "50k" is not a number',
          'period: "annum" is not a pay period; use one of year, month, week, day, hour',
        ],
      ],
    ];
    for (const [what, attributes, expected] of cases) {
      it(`says so plainly for ${what}, fires pm-error, and draws no bar`, async () => {
        const el = document.createElement('pm-salary-range');
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        const reported = oneEvent(el, 'pm-error');
        container().append(el);
        const { detail } = await reported;
        expect(detail.errors.map((error: LadderError) => `${error.path}: ${error.message}`)).to.deep.equal(
          expected,
        );
        expect(errorLines(el)).to.deep.equal(expected);
        expect(visibleText(el, '.error-title')).to.equal('This pay band could not be shown');
        expect(shows(el, '[part~="bar"]')).to.equal(false);
        expect(shows(el, '[part~="amount"]')).to.equal(false);
        await expect(el).to.be.accessible();
      });
    }

    it('recovers when the input is put right', async () => {
      const el = await fixture<PmSalaryRange>(html`<pm-salary-range min="90" max="80"></pm-salary-range>`);
      expect(errorLines(el)).to.have.length(1);
      el.max = 100;
      await el.updateComplete;
      expect(shows(el, '[part~="error"]')).to.equal(false);
      expect(shows(el, '[part~="bar"]')).to.equal(true);
    });
  });

  describe('bound to a ladder', () => {
    it('shows the default ladder-wide market estimate, labelled as such, with source and date', async () => {
      const el = await fixture<PmSalaryRange>(html`<pm-salary-range locale="en-US"></pm-salary-range>`);
      expect(visibleText(el, '[part~="range-label"]')).to.equal('Market estimate · Range across all roles');
      expect(amount(el)).to.equal('$77,000 – $200,000 per year');
      expect(visibleText(el, '[part~="source"]')).to.equal('Glassdoor, according to John Mansour, 2023');
      // The band is the ladder's whole range: no bar full from end to end.
      expect(shows(el, '[part~="bar"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it("shows a role's employer range, labelled Pay range, on the whole ladder's scale", async () => {
      const ladder = await exampleLadder();
      const el = await fixture<PmSalaryRange>(
        html`<pm-salary-range role-id="senior-engineer" locale="en-US" .ladder=${ladder}></pm-salary-range>`,
      );
      expect(visibleText(el, '[part~="range-label"]')).to.equal('Pay range');
      expect(amount(el)).to.equal('€80,000 – €105,000 per year');
      // The ladder spans 60,000 to 135,000.
      expect(visibleText(el, '[part~="scale"]')).to.equal('€60,000€135,000');
      expect(bandPlace(el).start).to.equal('26.667%');
    });

    it('falls back to the ladder-wide band for a role without its own, and says so', async () => {
      const el = await fixture<PmSalaryRange>(
        html`<pm-salary-range role-id="product-director"></pm-salary-range>`,
      );
      expect(visibleText(el, '[part~="range-label"]')).to.equal('Market estimate · Range across all roles');
    });

    it('lists the valid ids for an unknown role-id', async () => {
      const el = document.createElement('pm-salary-range');
      el.roleId = 'product-ninja';
      const reported = oneEvent(el, 'pm-error');
      container().append(el);
      const { detail } = await reported;
      expect(detail.errors[0].message).to.equal(
        `"product-ninja" is not a role in this ladder; roles are ${defaultLadder.roles.map((role) => role.id).join(', ')}`,
      );
      expect(errorLines(el)[0]).to.match(/^role-id: "product-ninja" is not a role/);
    });

    it('says when the ladder gives no band', async () => {
      const ladder = { id: 'no-pay', title: 'No pay', tiers: [{ id: 't', name: 'T' }], roles: [] };
      const el = await fixture<PmSalaryRange>(html`<pm-salary-range .ladder=${ladder}></pm-salary-range>`);
      expect(visibleText(el, '[part~="empty"]')).to.equal('This ladder gives no pay band.');
      await expect(el).to.be.accessible();
    });

    it('compares the bands of every role on one page', async () => {
      const ladder = await exampleLadder();
      const wrapper = container();
      const ranges = ladder.roles.map((role) => {
        const el = document.createElement('pm-salary-range');
        Object.assign(el, { ladder, roleId: role.id, locale: 'en-US' });
        return el;
      });
      wrapper.append(...ranges);
      await Promise.all(ranges.map((el) => el.updateComplete));
      expect(ranges.map((el) => visibleText(el, '[part~="scale"]'))).to.deep.equal(
        ladder.roles.map(() => '€60,000€135,000'),
      );
      expect(ranges.map((el) => bandPlace(el).start)).to.deep.equal(['0%', '26.667%', '60%', '53.333%']);
    });
  });
});

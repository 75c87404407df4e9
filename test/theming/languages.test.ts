import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { LANGUAGES, englishMessages as en, loadMessages, type Messages } from '../../src/index.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { PmRoleCard } from '../../src/role-card/role-card.js';
import type { PmSalaryRange } from '../../src/salary-range/salary-range.js';
import { container, failOnUncaughtErrors, frame, shadowAll, until, visibleText } from '../helpers.js';

/** Text with every kind of space made plain, since number formats use narrow and no-break spaces. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/**
 * Whether the last `mark` in an element's text (its full stop, its colon) is drawn to the right of
 * its first letter, as in left-to-right text.
 */
function endsOnTheRight(element: Element, mark: string): boolean {
  const text = [...element.childNodes].find(
    (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes(mark),
  )!;
  const left = (index: number) => {
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range.getBoundingClientRect().left;
  };
  return left(text.textContent!.lastIndexOf(mark)) > left(text.textContent!.search(/\S/));
}

async function shown(el: Element & { updateComplete: Promise<boolean> }, text: string) {
  await until(() => plain(visibleText(el)).includes(text), `"${text}" in <${el.localName}>`);
}

describe('languages', () => {
  failOnUncaughtErrors();

  describe('message tables', () => {
    // Whole tables, English too, though the labels of a document of its own load with the
    // validator, which nothing here has asked for.
    for (const language of LANGUAGES) {
      it(`${language} has every label of the English table`, async () => {
        const table = await loadMessages(language);
        const shape = (messages: Messages) =>
          Object.entries(messages)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, value]) => [
              key,
              typeof value,
              typeof value === 'object' ? Object.keys(value).sort().join() : '',
            ]);
        expect(shape(table)).to.deep.equal(shape(en));
        expect(table.step(3)).to.be.a('string').and.not.equal('');
        expect(table.pathSteps('A', 'B', 2))
          .to.contain('A')
          .and.contain('B');
        if (language !== 'en') expect(table.youAreHere).not.to.equal(en.youAreHere);
      });
    }

    it('counts steps in Arabic in its four forms', async () => {
      const ar = await loadMessages('ar-EG');
      expect(ar.pathSteps('أ', 'ب', 1)).to.contain('خطوة واحدة');
      expect(ar.pathSteps('أ', 'ب', 2)).to.contain('خطوتان');
      expect(ar.pathSteps('أ', 'ب', 3)).to.contain('خطوات');
      expect(ar.pathSteps('أ', 'ب', 11)).to.match(/خطوة\.$/);
    });

    it('falls back to English for a language that does not ship', async () => {
      expect(await loadMessages('pt-BR')).to.deep.equal(en);
    });
  });

  describe('in the elements', () => {
    it('labels the ladder in German from `locale`, with German money', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder locale="de-DE" current="product-manager" target="product-director"></pm-ladder>`,
      );
      await shown(el, 'Sie sind hier');
      const text = plain(visibleText(el));
      expect(text).to.contain('Ziel');
      expect(text).to.contain('So kommen Sie weiter');
      expect(text).to.contain('Marktschätzung');
      expect(text).to.match(/77\.000–200\.000 \$ pro Jahr/);
      expect(text).to.contain('Von Product Manager zu Product Director: 2 Schritte.');
    });

    it('takes the closest `lang` when `locale` is not set: French', async () => {
      const wrapper = container({ lang: 'fr-CA' });
      wrapper.innerHTML = '<section><pm-role-card role-id="junior-product-manager"></pm-role-card></section>';
      const el = wrapper.querySelector<PmRoleCard>('pm-role-card')!;
      await shown(el, 'Responsabilités');
      const text = plain(visibleText(el));
      expect(text).to.contain('Étape suivante');
      expect(text).to.contain('Rend compte à : Senior Product Manager');
      expect(text).to.contain('Fourchette pour l’ensemble des postes');
      expect(text).to.match(/77 000 ?– ?200 000 \$ US par an/);
    });

    it('finds the closest `lang` across shadow roots', async () => {
      const host = document.createElement('div');
      container({ lang: 'de' }).append(host);
      const el = document.createElement('pm-salary-range');
      el.setAttribute('min', '50000');
      el.setAttribute('max', '60000');
      host.attachShadow({ mode: 'open' }).append(el);
      await shown(el, 'pro Jahr');
      expect(plain(visibleText(el))).to.match(/50\.000–60\.000 \$/);
    });

    it('says a pay band in Spanish, with a marked value', async () => {
      const el = await fixture<PmSalaryRange>(
        html`<pm-salary-range
          locale="es-ES"
          min="30000"
          max="40000"
          currency="EUR"
          marker="45000"
        ></pm-salary-range>`,
      );
      await shown(el, 'al año');
      const text = plain(visibleText(el));
      expect(text).to.contain('Valor marcado');
      expect(text).to.contain('por encima de la banda');
      expect(text).to.match(/30\.000 ?- ?40\.000 €|30\.000–40\.000 €/);
    });

    it('shows Arabic labels and Arabic number formats, and starts the ladder on the right', async () => {
      const wrapper = container({ lang: 'ar', dir: 'rtl', style: 'inline-size: 1100px' });
      wrapper.innerHTML = '<pm-ladder current="product-manager" layout="horizontal"></pm-ladder>';
      const el = wrapper.querySelector<PmLadder>('pm-ladder')!;
      await shown(el, 'أنت هنا');
      const text = visibleText(el);
      expect(text).to.contain('كيف تتقدّم');
      expect(text).to.contain('سنويًا');
      // Whichever digits this browser's Arabic locale data chooses, the band uses them.
      const money = new Intl.NumberFormat('ar', {
        style: 'currency',
        currency: 'USD',
        maximumFractionDigits: 0,
      });
      expect(plain(text)).to.contain(plain(money.formatRange(77000, 200000)));
      const [first, second] = shadowAll(el, '.tier').map((tier) => tier.getBoundingClientRect());
      expect(first!.left).to.be.greaterThan(second!.left);
      // An English sentence from the document keeps its full stop at its end, on the right.
      expect(endsOnTheRight(el.shadowRoot!.querySelector('[part~="description"]')!, '.')).to.equal(true);
      // The vertical layout puts each tier's rule on the right, through logical properties.
      el.layout = 'vertical';
      await el.updateComplete;
      const tier = getComputedStyle(shadowAll(el, '.tier')[0]!);
      expect(tier.borderRightWidth).to.equal('4px');
      expect(tier.borderLeftWidth).to.equal('0px');
    });

    it('keeps English labels and labels from the document in their own order on a right-to-left page', async () => {
      const wrapper = container({ lang: 'he', dir: 'rtl' });
      wrapper.innerHTML = `<pm-ladder hide-guidance></pm-ladder>
        <pm-salary-range min="80000" max="105000" currency="EUR" label="Senior Engineer, Example Co."></pm-salary-range>`;
      const ladder = wrapper.querySelector<PmLadder>('pm-ladder')!;
      const range = wrapper.querySelector<PmSalaryRange>('pm-salary-range')!;
      await Promise.all([ladder.updateComplete, range.updateComplete]);
      expect(visibleText(ladder, '.sources-label')).to.equal('Sources:');
      expect(endsOnTheRight(ladder.shadowRoot!.querySelector('.sources-label')!, ':')).to.equal(true);
      const label = range.shadowRoot!.querySelector('[part~="range-label"]')!;
      expect(endsOnTheRight(label, '.')).to.equal(true);
      // It stays on the page's side, the right, as the amount beneath it does.
      const text = document.createRange();
      text.selectNodeContents(label);
      expect(text.getBoundingClientRect().right).to.be.closeTo(label.getBoundingClientRect().right, 1);
      expect(text.getBoundingClientRect().left).to.be.greaterThan(label.getBoundingClientRect().left + 50);
    });

    it('keeps English labels, with the locale’s numbers, for a language that does not ship', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder locale="pt-BR" current="product-manager"></pm-ladder>`,
      );
      await el.updateComplete;
      const text = plain(visibleText(el));
      expect(text).to.contain('You are here');
      expect(text).to.match(/77\.000/);
    });

    it('changes language when `locale` changes', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder current="product-manager" locale="en"></pm-ladder>`);
      expect(visibleText(el)).to.contain('You are here');
      el.locale = 'es';
      await shown(el, 'Estás aquí');
      el.locale = 'en-GB';
      await shown(el, 'You are here');
    });

    it('lets `strings` replace any label, and ignores what is not a label or fails', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder current="product-manager" target="product-director"></pm-ladder>`,
      );
      el.strings = {
        youAreHere: 'Your role',
        step: (n: number) => `Stage ${n}`,
        period: { year: 'a year' },
        goal: 42 as unknown as string,
        nonsense: 'x',
        pathSteps: () => {
          throw new Error('a replacement that fails');
        },
      } as PmLadder['strings'];
      await el.updateComplete;
      const text = plain(visibleText(el));
      expect(text).to.contain('Your role');
      expect(text).to.contain('Stage 1');
      expect(text).to.contain('a year');
      expect(text).to.contain('Goal');
      expect(text).not.to.contain('per year');
      // A replacement that throws gives way to the table's own label.
      expect(text).to.contain('From Product Manager to Product Director: 2 steps.');
      // Replacements lie over the language's own table.
      el.locale = 'de';
      await shown(el, 'Ziel');
      expect(plain(visibleText(el))).to.contain('Your role');
    });

    it('loads a language from beside the bundle', async () => {
      const page = frame('/test/theming/bundle-in-german.html', 900);
      await until(
        () => {
          const el = page.contentDocument?.querySelector('pm-ladder');
          return !!el?.shadowRoot && plain(visibleText(el)).includes('Sie sind hier');
        },
        'German labels from the bundle',
        10000,
      );
    });

    it('asks again for a language file that failed to load: English meanwhile, then the language', async () => {
      const page = frame(
        `/test/theming/bundle-in-german.html?flaky=${Math.random().toString(36).slice(2)}`,
        900,
      );
      const ladder = () => page.contentDocument?.querySelector<PmLadder>('pm-ladder');
      const labels = (el: PmLadder | null | undefined) => (el?.shadowRoot ? plain(visibleText(el)) : '');
      // The German file answered 503: the labels are English, and the console says why, once for
      // the two elements that asked for it.
      const warnings = () =>
        (page.contentWindow as (Window & { warnings?: string[] }) | null)?.warnings ?? [];
      await until(() => warnings().length > 0, 'a warning', 5000);
      await until(() => labels(ladder()).includes('You are here'), 'English labels');
      expect(warnings()).to.deep.equal([
        'pm-ladder: the de labels could not be loaded; English is shown instead.',
      ]);
      expect(labels(ladder())).to.contain('You are here');
      const first = ladder()!;
      // The next element that needs German asks again, and is answered.
      const second = page.contentDocument!.createElement('pm-ladder') as PmLadder;
      second.current = 'product-manager';
      page.contentDocument!.body.append(second);
      await until(
        () => labels(second).includes('Sie sind hier'),
        'German labels on the second ladder',
        10000,
      );
      // The first takes them at its next update.
      expect(labels(first)).to.contain('You are here');
      first.target = 'product-director';
      await until(() => labels(first).includes('Sie sind hier'), 'German labels on the first ladder');
      expect(labels(first)).to.contain('Ziel');
    });
  });
});

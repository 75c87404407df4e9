import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { PmRoleCard } from '../../src/role-card/role-card.js';
import type { PmSalaryRange } from '../../src/salary-range/salary-range.js';
import { container, failOnUncaughtErrors, shadowAll, visibleText } from '../helpers.js';
import { contrast, rgb, tokenColour } from './colour.js';

type Element3 = PmLadder | PmRoleCard | PmSalaryRange;

/** Every element in the state that shows the most of it, in `page`. */
async function everyElement(attributes = '', page: HTMLElement = container()): Promise<Element3[]> {
  page.innerHTML = `
    <pm-ladder current="product-manager" target="product-director" selected="product-lead" ${attributes}></pm-ladder>
    <pm-role-card role-id="senior-product-manager" ${attributes}><button slot="actions">Apply</button></pm-role-card>
    <pm-salary-range min="90000" max="120000" marker="105000" marker-label="Your offer" ${attributes}></pm-salary-range>`;
  const elements = [...page.querySelectorAll<Element3>('pm-ladder, pm-role-card, pm-salary-range')];
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

/** Text pairs need 4.5:1; bars, borders that carry meaning and focus rings 3:1 (WCAG 2.2 AA). */
const TEXT: [string, string][] = [
  ['--_text', '--_surface'],
  ['--_text', '--_raised'],
  ['--_text', '--_error-surface'],
  ['--_muted', '--_surface'],
  ['--_muted', '--_raised'],
  ['--_accent', '--_surface'],
  ['--_accent', '--_raised'],
  ['--_on-current', '--_current'],
  ['--_on-current', '--_target'],
];
const GRAPHICS: [string, string][] = [
  ['--_border', '--_surface'],
  ['--_border', '--_raised'],
  ['--_current', '--_surface'],
  ['--_current', '--_raised'],
  ['--_target', '--_surface'],
  ['--_target', '--_raised'],
  ['--_focus', '--_surface'],
  ['--_focus', '--_raised'],
  ['--_accent', '--_track'],
  ['--_text', '--_track'],
  ['--_error', '--_surface'],
  ['--_error', '--_error-surface'],
  ['--_tier-1', '--_surface'],
  ['--_tier-2', '--_surface'],
  ['--_tier-3', '--_surface'],
  ['--_tier-4', '--_surface'],
];

describe('theming', () => {
  failOnUncaughtErrors();

  describe('contrast of the default tokens', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`meets WCAG 2.2 AA in the ${theme} scheme`, async () => {
        const el = await fixture<PmLadder>(html`<pm-ladder theme=${theme}></pm-ladder>`);
        const failures: string[] = [];
        for (const [pairs, minimum] of [
          [TEXT, 4.5],
          [GRAPHICS, 3],
        ] as const) {
          for (const [fore, back] of pairs) {
            // A token left undefined would measure the inherited colour instead.
            for (const token of [fore, back]) {
              expect(getComputedStyle(el).getPropertyValue(token).trim(), token).not.to.equal('');
            }
            const ratio = contrast(tokenColour(el, fore), tokenColour(el, back));
            if (ratio < minimum) failures.push(`${fore} on ${back}: ${ratio.toFixed(2)} < ${minimum}`);
          }
        }
        expect(failures).to.deep.equal([]);
      });
    }
  });

  describe('a brand colour', () => {
    /** The pairs a brand colour takes part in: text on the surfaces, and the ring and bars. */
    const ACCENT_TEXT: [string, string][] = [
      ['--_accent', '--_surface'],
      ['--_accent', '--_raised'],
    ];
    const ACCENT_GRAPHICS: [string, string][] = [
      ['--_focus', '--_surface'],
      ['--_focus', '--_raised'],
      ['--_accent', '--_track'],
    ];

    it('reads at 4.5:1 as text, and 3:1 as a ring or a bar, in either scheme, whatever the colour', async () => {
      const page = container();
      page.innerHTML =
        '<pm-ladder theme="light" hide-guidance></pm-ladder><pm-ladder theme="dark" hide-guidance></pm-ladder>';
      const ladders = [...page.querySelectorAll('pm-ladder')];
      await Promise.all(ladders.map((el) => el.updateComplete));
      const hex = fc
        .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
        .map((channels) => `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
      // Dark and light brands of every hue, the themes gallery's two among them.
      const accents = fc.oneof(hex, fc.constantFrom('#0f766e', '#9d174d', '#fbbf24', '#000000', '#ffffff'));
      fc.assert(
        fc.property(accents, (accent) => {
          for (const el of ladders) {
            el.style.setProperty('--pm-accent', accent);
            for (const [pairs, minimum] of [
              [ACCENT_TEXT, 4.5],
              [ACCENT_GRAPHICS, 3],
            ] as const) {
              for (const [fore, back] of pairs) {
                const ratio = contrast(tokenColour(el, fore), tokenColour(el, back));
                expect(ratio, `${accent}: ${fore} on ${back}, theme ${el.theme}`).to.be.at.least(minimum);
              }
            }
          }
        }),
        { numRuns: 150 },
      );
    });

    it('keeps a colour that reads well already, and takes a dark variant of its own', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder theme="light" style="--pm-accent: #0f766e; --pm-accent-dark: #5eead4"></pm-ladder>`,
      );
      expect(rgb(tokenColour(el, '--_accent'))).to.deep.equal([15, 118, 110]);
      el.theme = 'dark';
      await el.updateComplete;
      expect(rgb(tokenColour(el, '--_accent'))).to.deep.equal([94, 234, 212]);
      // Without one, the brand is lightened for the dark surface, in its own hue.
      el.style.removeProperty('--pm-accent-dark');
      const [r, g, b] = rgb(tokenColour(el, '--_accent'));
      expect(contrast(`rgb(${r}, ${g}, ${b})`, tokenColour(el, '--_surface'))).to.be.at.least(4.5);
      expect(g).to.be.above(r);
      expect(g).to.be.above(b - 5);
    });
  });

  describe('colour scheme', () => {
    const light = 'rgb(31, 41, 55)';
    const dark = 'rgb(229, 231, 235)';

    it('is light on a page that says nothing', async () => {
      for (const el of await everyElement()) expect(tokenColour(el, '--_text')).to.equal(light);
    });

    it('follows a page whose color-scheme is dark, and `theme` overrides it', async () => {
      const page = container({ style: 'color-scheme: dark' });
      page.innerHTML = '<pm-ladder></pm-ladder><pm-ladder theme="light"></pm-ladder>';
      const [auto, forced] = [...page.querySelectorAll('pm-ladder')];
      await Promise.all([auto!.updateComplete, forced!.updateComplete]);
      expect(tokenColour(auto!, '--_text')).to.equal(dark);
      expect(tokenColour(forced!, '--_text')).to.equal(light);
      expect(rgb(getComputedStyle(forced!).backgroundColor)).to.deep.equal([255, 255, 255]);
    });

    it('forces dark on a light page, painting its own background', async () => {
      for (const el of await everyElement('theme="dark"')) {
        expect(el.getAttribute('theme')).to.equal('dark');
        expect(tokenColour(el, '--_text')).to.equal(dark);
        expect(rgb(getComputedStyle(el).backgroundColor)).to.deep.equal([22, 27, 34]);
      }
    });

    it('reflects the theme property, and a brand needs only --pm-accent', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder layout="vertical" style="--pm-accent: #7c3aed"></pm-ladder>`,
      );
      // Light surfaces take the brand as it is; dark ones a lighter variant of it.
      expect(rgb(tokenColour(el, '--_accent'))).to.deep.equal([124, 58, 237]);
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      const accent = rgb(tokenColour(el, '--_accent'));
      expect(accent[0]).to.be.above(124);
      // The derived tokens follow the brand: the tier rules and the raised surface are mixed from it.
      expect(rgb(tokenColour(el, '--_tier-1'))).to.deep.equal(accent);
      const plain = await fixture<PmLadder>(html`<pm-ladder theme="dark"></pm-ladder>`);
      expect(rgb(tokenColour(el, '--_raised'))).not.to.deep.equal(rgb(tokenColour(plain, '--_raised')));
      const rule = getComputedStyle(shadowAll(el, '.tier')[0]!).borderLeftColor;
      expect(rgb(rule)).to.deep.equal(accent);
    });

    for (const theme of ['light', 'dark', 'auto'] as const) {
      it(`leaves axe nothing to report with theme="${theme}"`, async () => {
        const page = container(theme === 'auto' ? { style: 'color-scheme: dark; background: #0d1117' } : {});
        page.innerHTML = `
          <pm-ladder theme="${theme}" current="product-manager" target="product-director" selected="product-lead"></pm-ladder>
          <pm-role-card theme="${theme}" role-id="senior-product-manager"></pm-role-card>
          <pm-salary-range theme="${theme}" min="90000" max="120000" marker="105000"></pm-salary-range>
          <pm-salary-range theme="${theme}" min="9" max="1"></pm-salary-range>`;
        for (const el of page.querySelectorAll<Element3>('*')) await el.updateComplete;
        await expect(page).to.be.accessible();
      });
    }
  });

  describe('the host page', () => {
    const hostile = `
      * { all: revert; color: red !important; }
      p { display: none; }
      html { font-size: 40px; }`;

    function addStyle(text: string): HTMLStyleElement {
      const style = document.createElement('style');
      style.textContent = text;
      document.head.append(style);
      return style;
    }

    it('cannot break the layout with a hostile stylesheet', async () => {
      const style = addStyle(hostile);
      try {
        const wrapper = container({ style: 'inline-size: 900px' });
        wrapper.innerHTML = `
          <pm-ladder selected="product-lead"></pm-ladder>
          <pm-role-card role-id="product-manager"></pm-role-card>
          <pm-salary-range min="90000" max="120000" marker="105000"></pm-salary-range>`;
        const [ladder, card, range] = [...wrapper.children] as Element3[];
        await Promise.all([ladder!.updateComplete, card!.updateComplete, range!.updateComplete]);
        const red = 'rgb(255, 0, 0)';
        for (const el of [ladder!, card!, range!]) {
          const root = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"], [part~="card"]')!;
          // The page's rules stop at the host: the content keeps its own colour and type.
          expect(getComputedStyle(root).color).not.to.equal(red);
          expect(root.scrollWidth).to.be.at.most(root.clientWidth);
          expect(root.getBoundingClientRect().width).to.be.at.most(900);
        }
        // Paragraphs inside stay shown, roles keep their boxes, the bar keeps its size.
        const summary = ladder!.shadowRoot!.querySelector('[part~="summary"]')!;
        expect(getComputedStyle(summary).display).to.equal('block');
        expect(getComputedStyle(summary).color).not.to.equal(red);
        const roles = shadowAll(ladder!, '.role-button');
        expect(roles.length).to.equal(8);
        for (const button of roles) expect(button.getBoundingClientRect().height).to.be.greaterThan(24);
        const bar = range!.shadowRoot!.querySelector('[part~="band"]')!.getBoundingClientRect();
        expect(bar.width).to.be.greaterThan(10);
        expect(visibleText(card!)).to.contain('Product Manager');
      } finally {
        style.remove();
      }
    });

    it('is left with no style from the elements', async () => {
      const probeHtml =
        '<p>text</p><button>button</button><ol><li>item</li></ol><h2>heading</h2><a href="#x">link</a>';
      const snapshot = (root: Element) =>
        [...root.querySelectorAll('*')].map((node) => {
          const style = getComputedStyle(node);
          return [style.color, style.font, style.margin, style.padding, style.display, style.border].join(
            '|',
          );
        });
      const before = container();
      before.innerHTML = probeHtml;
      const expected = snapshot(before);
      const wrapper = container();
      wrapper.innerHTML = `<pm-ladder selected="product-lead" current="product-manager"></pm-ladder>
        <pm-role-card role-id="product-manager"></pm-role-card><pm-salary-range min="1" max="2"></pm-salary-range>
        <div class="after">${probeHtml}</div>`;
      for (const el of wrapper.querySelectorAll<Element3>('pm-ladder, pm-role-card, pm-salary-range')) {
        await el.updateComplete;
      }
      expect(snapshot(wrapper.querySelector('.after')!)).to.deep.equal(expected);
    });
  });

  describe('accessibility', () => {
    it('gives every control a target of at least 24 by 24 px', async () => {
      const failures: string[] = [];
      for (const el of await everyElement()) {
        for (const control of shadowAll(el, 'button, a[href]')) {
          const box = control.getBoundingClientRect();
          if (box.width < 24 || box.height < 24) {
            failures.push(`${el.localName} ${control.className}: ${box.width}×${box.height}`);
          }
        }
      }
      expect(failures).to.deep.equal([]);
    });

    it('reflows at 320 px without sideways scrolling, in every element', async () => {
      for (const el of await everyElement('', container({ style: 'inline-size: 320px' }))) {
        expect(el.scrollWidth, el.localName).to.be.at.most(320);
        const root = el.shadowRoot!.querySelector('[part~="base"], [part~="card"]')!;
        expect(root.scrollWidth, el.localName).to.be.at.most(root.clientWidth);
      }
    });

    it('moves its roles’ colours in 0.15 s transitions (media.test.ts: reduced motion stops them)', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      expect(getComputedStyle(shadowAll(el, '.role')[0]!).transitionDuration).to.contain('0.15s');
    });
  });
});

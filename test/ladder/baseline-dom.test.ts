import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { PmRoleCard } from '../../src/role-card/role-card.js';
import type { PmRoleCompare } from '../../src/role-compare/role-compare.js';
import type { PmSalaryRange } from '../../src/salary-range/salary-range.js';
import type { Ladder } from '../../src/data/schema.js';
import * as vanilla from '../../bench/vanilla.js';
import { container, failOnUncaughtErrors, generatedLadder } from '../helpers.js';

/**
 * The benchmark's baseline (bench/vanilla.js) must build what the elements build, or its figures
 * compare the elements with less work than they do. Each case renders a benchmark document and
 * setting both ways and compares the shadow roots, normalised as below.
 */

/**
 * A shadow root as lines, one a node: comments and whitespace-only text left out, text with its
 * whitespace collapsed, attributes sorted, class and part as sorted sets of tokens, and a style
 * attribute as its sorted declarations (an empty one as none).
 */
function normalised(root: ParentNode): string[] {
  const lines: string[] = [];
  const walk = (node: ParentNode, depth: number) => {
    const pad = '  '.repeat(depth);
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = (child as Text).data.replace(/\s+/g, ' ').trim();
        if (text) lines.push(`${pad}${JSON.stringify(text)}`);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        const attributes = [...element.attributes]
          .map(({ name, value }): [string, string] => {
            if (name === 'class' || name === 'part') {
              return [name, [...new Set(value.split(/\s+/).filter(Boolean))].sort().join(' ')];
            }
            if (name === 'style') {
              const declarations = value.split(';').map((declaration) => declaration.replace(/\s+/g, ''));
              return [name, declarations.filter(Boolean).sort().join(';')];
            }
            return [name, value];
          })
          .filter(([name, value]) => !(name === 'style' && !value))
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const written = attributes.map(([name, value]) => ` ${name}=${JSON.stringify(value)}`).join('');
        lines.push(`${pad}<${element.localName}${written}>`);
        walk(element, depth + 1);
      }
    }
  };
  walk(root, 0);
  return lines;
}

/**
 * Where two normalised trees first differ, with the lines around it; undefined when they are the
 * same. The test asserts on this short text: a failing assertion on a whole tree can stall a browser.
 */
function difference(element: ParentNode, baseline: ParentNode): string | undefined {
  const ours = normalised(element);
  const theirs = normalised(baseline);
  const length = Math.max(ours.length, theirs.length);
  for (let i = 0; i < length; i++) {
    if (ours[i] === theirs[i]) continue;
    const around = (lines: string[]) => lines.slice(Math.max(0, i - 3), i + 3).join('\n');
    return `line ${i + 1}\nelement:\n${around(ours)}\nbaseline:\n${around(theirs)}`;
  }
  return undefined;
}

/** A page in English, the language the baseline writes. */
const page = () => container({ lang: 'en' });

/** A shadow root on the page, for the baseline to render into. */
function baselineRoot(on: HTMLElement): ShadowRoot {
  const host = document.createElement('div');
  on.append(host);
  return host.attachShadow({ mode: 'open' });
}

interface Settings {
  current?: string;
  target?: string;
  selected?: string;
  view?: 'ladder' | 'matrix';
}

async function ladderElement(on: HTMLElement, ladder: Ladder, settings: Settings): Promise<PmLadder> {
  const el = document.createElement('pm-ladder');
  el.ladder = ladder;
  el.hideGuidance = true;
  Object.assign(el, settings);
  on.append(el);
  await el.updateComplete;
  return el;
}

const middle = (size: number) => `role-${Math.floor(size / 2)}`;

describe('the benchmark baseline builds the DOM of the elements', () => {
  failOnUncaughtErrors();

  describe('<pm-ladder>, rendered afresh', () => {
    const cases: [string, number, Settings][] = [
      ['8 roles', 8, {}],
      ['100 roles', 100, {}],
      ['1,000 roles (a long ladder)', 1000, {}],
      ['a role selected', 100, { selected: middle(100) }],
      ['current set', 100, { current: middle(100) }],
      ['current and target set: the path and its steps', 8, { current: 'role-1', target: 'role-5' }],
      [
        'current, target and selected set',
        100,
        { current: 'role-10', target: 'role-14', selected: 'role-12' },
      ],
      ['a target one step away', 8, { current: 'role-3', target: 'role-4' }],
      ['a target that is the current role', 8, { current: 'role-3', target: 'role-3' }],
      ['a target below the current role: no path', 8, { current: 'role-5', target: 'role-2' }],
      ['the last role selected, with no next step', 8, { selected: 'role-7' }],
    ];
    for (const [name, size, settings] of cases) {
      it(name, async () => {
        const on = page();
        const ladder = generatedLadder(size);
        const el = await ladderElement(on, ladder, settings);
        const root = baselineRoot(on);
        vanilla.renderLadder(root, ladder, settings);
        expect(difference(el.shadowRoot!, root)).to.equal(undefined);
      });
    }
  });

  describe('<pm-ladder>, updated in place after each change', () => {
    const sequences: [string, number, Settings[]][] = [
      [
        'selecting a role, another, then none',
        100,
        [{ selected: middle(100) }, { selected: 'role-3' }, { selected: undefined }],
      ],
      [
        'changing current, with and without a target',
        100,
        [
          { current: middle(100) },
          { target: 'role-56' },
          { current: 'role-52' },
          { current: 'role-60' },
          { current: 'role-20' },
          { target: undefined },
          { current: undefined },
        ],
      ],
      [
        'changing current at 1,000 roles',
        1000,
        [{ current: middle(1000) }, { current: 'role-10', target: 'role-13', selected: 'role-11' }],
      ],
    ];
    for (const [name, size, steps] of sequences) {
      it(name, async () => {
        const on = page();
        const ladder = generatedLadder(size);
        const el = await ladderElement(on, ladder, {});
        const root = baselineRoot(on);
        vanilla.renderLadder(root, ladder, {});
        for (const [i, changes] of steps.entries()) {
          Object.assign(el, changes);
          await el.updateComplete;
          vanilla.updateLadder(root, changes);
          expect(difference(el.shadowRoot!, root), `after change ${i + 1}`).to.equal(undefined);
        }
      });
    }
  });

  describe('<pm-ladder view="matrix">, rendered afresh', () => {
    const cases: [string, number, Settings][] = [
      ['100 roles, 20 competencies', 100, {}],
      [
        '8 roles, 20 competencies, with current, target and selected',
        8,
        { current: 'role-1', target: 'role-5', selected: 'role-3' },
      ],
      ['a target that is the current role', 8, { current: 'role-3', target: 'role-3' }],
    ];
    for (const [name, size, settings] of cases) {
      it(name, async () => {
        const on = page();
        const ladder = generatedLadder(size, 20);
        const el = await ladderElement(on, ladder, { ...settings, view: 'matrix' });
        expect(el.shadowRoot!.querySelector('[part="matrix"]'), 'the matrix is on show').to.not.equal(null);
        const root = baselineRoot(on);
        vanilla.renderMatrix(root, ladder, settings);
        expect(difference(el.shadowRoot!, root)).to.equal(undefined);
      });
    }
  });

  describe('<pm-role-compare>', () => {
    const cases: [string, number, string, string][] = [
      ['four steps up a ladder of 100 roles, 20 competencies', 100, 'role-10', 'role-14'],
      ['four steps up a ladder of 8 roles, 20 competencies', 8, 'role-1', 'role-5'],
      ['a role with itself: nothing changes', 8, 'role-3', 'role-3'],
      ['a role below: no path', 8, 'role-5', 'role-2'],
    ];
    for (const [name, size, from, to] of cases) {
      it(name, async () => {
        const on = page();
        const ladder = generatedLadder(size, 20);
        const el = document.createElement('pm-role-compare') as PmRoleCompare;
        el.ladder = ladder;
        el.from = from;
        el.to = to;
        on.append(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="comparison"]'), 'the comparison is on show').to.not.equal(
          null,
        );
        const root = baselineRoot(on);
        vanilla.renderComparison(root, ladder, from, to);
        expect(difference(el.shadowRoot!, root)).to.equal(undefined);
      });
    }
  });

  describe('<pm-role-card>', () => {
    const cases: [string, Ladder][] = [
      ['of the plain ladder', generatedLadder(100)],
      ['of the ladder of 20 competencies', generatedLadder(100, 20)],
    ];
    for (const [name, ladder] of cases) {
      it(name, async () => {
        const on = page();
        for (const role of [ladder.roles[0]!, ladder.roles[50]!, ladder.roles[99]!]) {
          const el = document.createElement('pm-role-card') as PmRoleCard;
          el.ladder = ladder;
          el.roleId = role.id;
          on.append(el);
          await el.updateComplete;
          const root = baselineRoot(on);
          vanilla.renderRoleCard(root, ladder, role);
          expect(difference(el.shadowRoot!, root), role.id).to.equal(undefined);
        }
      });
    }
  });

  it('<pm-salary-range>', async () => {
    const on = page();
    for (const i of [0, 1, 7, 999]) {
      const el = document.createElement('pm-salary-range') as PmSalaryRange;
      el.min = 1000 * i;
      el.max = 1000 * i + 500;
      el.currency = 'EUR';
      on.append(el);
      await el.updateComplete;
      const root = baselineRoot(on);
      vanilla.renderSalaryRange(root, {
        min: 1000 * i,
        max: 1000 * i + 500,
        currency: 'EUR',
        period: 'year',
      });
      expect(difference(el.shadowRoot!, root), `band ${i}`).to.equal(undefined);
    }
  });
});

import { expect, oneEvent } from '@open-wc/testing';
import type { Ladder } from '../../src/data/schema.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { PmRoleCard } from '../../src/role-card/role-card.js';
import type { PmSalaryRange } from '../../src/salary-range/salary-range.js';
import { roleButton, until, visibleText } from '../helpers.js';

/**
 * A ladder that exists only in these tests: its titles on screen prove that the object itself
 * reached the element as its `ladder` property (an attribute would carry "[object Object]").
 */
export function trailLadder(): Ladder {
  return {
    id: 'trail-guides',
    title: 'Trail guide ladder',
    tiers: [
      { id: 'field', name: 'In the field' },
      { id: 'lead', name: 'Leading' },
    ],
    roles: [
      {
        id: 'trail-guide',
        title: 'Trail Guide',
        tier: 'field',
        summary: 'Takes small groups up the marked trails.',
        responsibilities: ['Checks the weather before every walk.'],
        next: ['senior-trail-guide'],
        pay: { min: 30000, max: 40000, currency: 'EUR', period: 'year' },
      },
      {
        id: 'senior-trail-guide',
        title: 'Senior Trail Guide',
        tier: 'field',
        summary: 'Leads the long routes and trains new guides.',
        responsibilities: ['Plans the routes for the season.'],
        next: ['head-of-trails'],
        pay: { min: 42000, max: 52000, currency: 'EUR', period: 'year' },
      },
      {
        id: 'head-of-trails',
        title: 'Head of Trails',
        tier: 'lead',
        summary: 'Runs the guiding team.',
        responsibilities: ['Hires the guides.'],
        pay: { min: 60000, max: 75000, currency: 'EUR', period: 'year' },
      },
    ],
  };
}

/** The role titles a reader sees in a `<pm-ladder>`, in order. */
export function roleTitles(ladder: Element): string[] {
  return [...ladder.shadowRoot!.querySelectorAll('[part~="role"] .role-title')].map((title) =>
    title.textContent!.trim(),
  );
}

/** The id of the role marked "You are here" in a `<pm-ladder>`. */
export function currentRole(ladder: Element): string | undefined {
  return ladder.shadowRoot!.querySelector<HTMLElement>('[part~="current"]')?.dataset.role;
}

/** The ladder object the framework passed is the one on show: as a property, not an attribute. */
export function expectLadderProperty(el: PmLadder, ladder: Ladder) {
  expect(roleTitles(el)).to.deep.equal(['Trail Guide', 'Senior Trail Guide', 'Head of Trails']);
  expect(visibleText(el, '[part~="title"]')).to.equal('Trail guide ladder');
  expect(el.ladder === ladder).to.equal(true);
  expect(el.hasAttribute('ladder')).to.equal(false);
}

/**
 * A click on a role fires `pm-select` with its id, and the framework's handler renders its
 * choice into `#chosen` in `host`.
 */
export async function expectSelectionHandled(el: PmLadder, host: Element, framework: string) {
  setTimeout(() => roleButton(el, 'head-of-trails').click());
  const { detail } = await oneEvent(el, 'pm-select');
  expect(detail.roleId).to.equal('head-of-trails');
  const chosen = host.querySelector('#chosen')!;
  await until(() => chosen.textContent !== '', `${framework} to render the choice`);
  expect(chosen.textContent).to.equal('head-of-trails: Head of Trails');
}

/**
 * Fails the test when anything is written to `console.error` or `console.warn` while it runs: a
 * framework reports there what it did not understand (an unknown element, a prop it could not
 * set), and Lit's development build its own warnings. Call once at the top of a `describe`.
 */
export function failOnConsoleWarnings() {
  const logged: string[] = [];
  const original = { error: console.error, warn: console.warn };
  beforeEach(() => {
    logged.length = 0;
    for (const level of ['error', 'warn'] as const) {
      console[level] = (...args: unknown[]) => {
        logged.push(`console.${level}: ${args.map(String).join(' ')}`);
        original[level].apply(console, args);
      };
    }
  });
  afterEach(() => {
    console.error = original.error;
    console.warn = original.warn;
    expect(logged, 'warnings on the console').to.deep.equal([]);
  });
}

/** Resolves once the three elements the framework rendered in `host` have drawn. */
export async function elementsReady(host: Element) {
  await Promise.all(
    (['pm-ladder', 'pm-role-card', 'pm-salary-range'] as const).map(
      (tag) => host.querySelector(tag)!.updateComplete,
    ),
  );
}

/** The ladder shows the generated three-role ladder the framework's state switched to. */
export function expectGeneratedLadder(el: PmLadder) {
  expect(roleTitles(el)).to.deep.equal(['Role 0', 'Role 1', 'Role 2']);
  expect(visibleText(el, '[part~="title"]')).to.equal('Generated ladder of 3 roles');
}

/** The card shows the role its `role-id` attribute names, from the ladder object. */
export function expectRoleCardShown(card: PmRoleCard) {
  expect(card.getAttribute('role-id')).to.equal('senior-trail-guide');
  expect(visibleText(card, '[part~="role-title"]')).to.equal('Senior Trail Guide');
  expect(visibleText(card, '[part~="summary"]')).to.equal('Leads the long routes and trains new guides.');
  expect(visibleText(card, '[part~="amount"]')).to.equal('€42,000 – €52,000 per year');
}

/**
 * The pay band shows the numbers the framework passed, as properties: the element reflects none
 * of them, so an attribute would mean the framework set a string the element converted.
 */
export function expectSalaryRangeShown(range: PmSalaryRange) {
  expect(range.min).to.equal(90000);
  expect(range.max).to.equal(120000);
  expect(range.marker).to.equal(105000);
  for (const name of ['min', 'max', 'marker']) {
    expect(range.hasAttribute(name), `the ${name} attribute`).to.equal(false);
  }
  expect(visibleText(range, '[part~="amount"]')).to.equal('$90,000 – $120,000 per year');
  expect(visibleText(range, '[part~="marker-text"]')).to.equal('Your offer: $105,000, within the range');
}

/** After the framework unmounts, none of the elements is left in `host`, nor `el` on the page. */
export function expectNothingLeft(host: Element, el: Element) {
  expect(host.querySelector('pm-ladder, pm-role-card, pm-salary-range') === null).to.equal(true);
  expect(el.isConnected).to.equal(false);
}

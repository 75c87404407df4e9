import { expect } from '@open-wc/testing';
import { createElement as h, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/define.js';
import type { Ladder } from '../../src/data/schema.js';
import type { PmSelectEvent } from '../../src/internal/events.js';
import { clearHash, container, failOnUncaughtErrors, generatedLadder, visibleText } from '../helpers.js';
import {
  currentRole,
  elementsReady,
  expectGeneratedLadder,
  expectNothingLeft,
  expectRoleCardShown,
  expectSalaryRangeShown,
  expectLadderProperty,
  expectSelectionHandled,
  failOnConsoleWarnings,
  trailLadder,
} from './helpers.js';

/** Set by the component below while it renders: how a test changes its React state. */
interface Controls {
  setLadder(ladder: Ladder): void;
  setCurrent(roleId: string | undefined): void;
  setRoleId(roleId: string): void;
}

/**
 * A React 19 component that uses the elements as plain tags, with no wrapper: the rich `ladder`
 * object and `current` become properties (React sets a prop as a property when the element has
 * one), `role-id` and `marker-label` attributes, and `onpm-select` a listener for `pm-select`.
 */
function CareerPage({ initial, controls }: { initial: Ladder; controls: Partial<Controls> }) {
  const [ladder, setLadder] = useState(initial);
  const [current, setCurrent] = useState<string | undefined>('trail-guide');
  const [roleId, setRoleId] = useState('senior-trail-guide');
  const [chosen, setChosen] = useState('');
  Object.assign(controls, { setLadder, setCurrent, setRoleId });
  return h(
    'main',
    null,
    h('pm-ladder', {
      ladder,
      current,
      'onpm-select': (event: PmSelectEvent) =>
        setChosen(`${event.detail.roleId}: ${event.detail.role.title}`),
    }),
    h('p', { id: 'chosen' }, chosen),
    h('pm-role-card', { ladder, 'role-id': roleId, locale: 'en-US' }),
    h('pm-salary-range', {
      min: 90000,
      max: 120000,
      currency: 'USD',
      marker: 105000,
      'marker-label': 'Your offer',
      locale: 'en-US',
    }),
  );
}

describe('the elements in a React 19 component', () => {
  failOnUncaughtErrors();
  failOnConsoleWarnings();
  afterEach(clearHash);

  let host: HTMLElement;
  let root: Root;
  let ladder: Ladder;
  let controls: Partial<Controls>;
  const find = <K extends keyof HTMLElementTagNameMap>(tag: K) => host.querySelector(tag)!;

  beforeEach(async () => {
    host = container();
    root = createRoot(host);
    ladder = trailLadder();
    controls = {};
    flushSync(() => root.render(h(CareerPage, { initial: ladder, controls })));
    await elementsReady(host);
  });

  afterEach(() => root.unmount());

  it('shows the roles of the ladder object passed as a prop, not the default ladder', () => {
    expectLadderProperty(find('pm-ladder'), ladder);
  });

  it('marks the role in `current` as "You are here"', () => {
    expect(currentRole(find('pm-ladder'))).to.equal('trail-guide');
  });

  it("calls the component's onpm-select handler with detail.roleId when a role is clicked", async () => {
    await expectSelectionHandled(find('pm-ladder'), host, 'React');
  });

  it('follows a change of React state: a new `current`, then a new ladder object', async () => {
    const el = find('pm-ladder');
    flushSync(() => controls.setCurrent!('senior-trail-guide'));
    await el.updateComplete;
    expect(currentRole(el)).to.equal('senior-trail-guide');

    flushSync(() => {
      controls.setLadder!(generatedLadder(3));
      controls.setCurrent!('role-1');
    });
    await el.updateComplete;
    expectGeneratedLadder(el);
    expect(currentRole(el)).to.equal('role-1');

    const card = find('pm-role-card');
    flushSync(() => controls.setRoleId!('role-2'));
    await card.updateComplete;
    expect(visibleText(card, '[part~="role-title"]')).to.equal('Role 2');
  });

  it('shows a role card from the ladder object and its role-id attribute', () => {
    expectRoleCardShown(find('pm-role-card'));
  });

  it('shows a salary range from numbers passed as props', () => {
    expectSalaryRangeShown(find('pm-salary-range'));
  });

  it('leaves nothing behind when the component unmounts', () => {
    const el = find('pm-ladder');
    root.unmount();
    expectNothingLeft(host, el);
  });
});

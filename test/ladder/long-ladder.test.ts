import { expect, fixtureCleanup, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import { failOnUncaughtErrors, generatedLadder, press, roleButton, shadowAll, until } from '../helpers.js';

/**
 * A long ladder draws what may be on screen in its first update and the rest in slices, a task
 * each, after the page can paint. What must not change for a reader: every role is there once the
 * element is complete, a role a link or a key goes to is there at once, print shows all, and
 * nothing on screen moves while the rest comes in.
 */

const roles = (el: PmLadder) => shadowAll(el, '[part~="role"]').length;

/** Puts a ladder of `size` roles on the page; resolves once it is shown (its first update). */
async function shown(size: number) {
  const el = fixtureSync<PmLadder>(html`<pm-ladder .ladder=${generatedLadder(size)}></pm-ladder>`);
  await oneEvent(el, 'pm-load');
  return el;
}

/** The browser supports this kind of performance entry (Chromium: long tasks, layout shifts). */
const observes = (type: string) => PerformanceObserver.supportedEntryTypes.includes(type);

describe('a long ladder', () => {
  failOnUncaughtErrors();
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows its first roles in its first update, and every role by updateComplete', async () => {
    const el = await shown(1000);
    const first = roles(el);
    expect(first, 'roles in the first update').to.be.at.least(100).and.below(1000);
    expect(shadowAll(el, '[part~="role"]')[first - 1]!.dataset.role).to.equal(`role-${first - 1}`);
    await el.updateComplete;
    expect(roles(el)).to.equal(1000);
    expect(shadowAll(el, '[part~="role"]').map((role) => role.dataset.role)).to.deep.equal(
      Array.from({ length: 1000 }, (_, i) => `role-${i}`),
    );
  });

  it('renders the rest of 10,000 roles 200 at a time, an update each', async () => {
    const el = await shown(10000);
    const added: number[] = [];
    const observer = new MutationObserver((records) => {
      const roles = records.flatMap((record) =>
        [...record.addedNodes].filter(
          (node) => node instanceof HTMLElement && node.matches('[part~="role"]'),
        ),
      );
      added.push(roles.length);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    const first = roles(el);
    await el.updateComplete;
    observer.disconnect();
    expect(first, 'roles in the first update').to.be.at.least(100).and.below(10000);
    expect(roles(el)).to.equal(10000);
    const slices = added.filter((count) => count > 0);
    expect(slices.reduce((sum, count) => sum + count, 0)).to.equal(10000 - first);
    expect(slices.length, 'updates that added roles').to.be.at.least(Math.ceil((10000 - first) / 200));
    expect(Math.max(...slices), 'roles added by one update').to.be.at.most(200);
  });

  it('moves nothing on screen while the rest comes in', async () => {
    // Where the browser reports layout shifts (Chromium does), there are none; in every browser,
    // what is on screen keeps its place.
    if (navigator.userAgent.includes('Chrome/'))
      expect(observes('layout-shift'), 'layout-shift entries').to.equal(true);
    const shifts: (PerformanceEntry & { value: number })[] = [];
    const observer = observes('layout-shift')
      ? new PerformanceObserver((list) =>
          shifts.push(...(list.getEntries() as (PerformanceEntry & { value: number })[])),
        )
      : undefined;
    observer?.observe({ type: 'layout-shift' });
    const el = await shown(1000);
    // Two frames: the first one painted (roles near the screen are laid out at their own size in
    // it, the rest at a placeholder size), and the next one's callbacks.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    const start = performance.now();
    // What is on screen keeps its box. WebKit driven by WebDriver, as the tests run it, lays some
    // roles on screen out at their placeholder size after an update, which a MiniBrowser window
    // of the same page does not: there, the tiers' names and first roles keep their place.
    const webkit = !/Chrome\/|Firefox\//.test(navigator.userAgent);
    const onScreen = webkit
      ? shadowAll(el, '[part~="tier-name"], [part~="role"]:first-child')
      : shadowAll(el, '[part~="role"], [part~="tier-name"]').filter(
          (node) => node.getBoundingClientRect().bottom < innerHeight,
        );
    const places = () =>
      onScreen.map((node) => {
        const { top, left, width, height } = node.getBoundingClientRect();
        return webkit ? { top, left } : { top, left, width, height };
      });
    const before = places();
    expect(onScreen.length, 'roles and tiers on screen').to.be.at.least(webkit ? 6 : 8);
    await el.updateComplete;
    // Two frames: the one that lays out the last slice, and one after it, whose entries are in.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    if (observer) shifts.push(...(observer.takeRecords() as (PerformanceEntry & { value: number })[]));
    observer?.disconnect();
    expect(roles(el)).to.equal(1000);
    expect(places(), 'where the first roles are').to.deep.equal(before);
    const after = shifts.filter((shift) => shift.startTime >= start);
    expect(
      after.reduce((sum, shift) => sum + shift.value, 0),
      'layout shift',
    ).to.equal(0);
  });

  it('renders no slice while off the page, and the rest once back', async () => {
    const el = await shown(1000);
    // A second long ladder stays on the page: its slices are the sign that tasks have passed.
    const other = await shown(1000);
    const first = roles(el);
    expect(first, 'roles drawn before it leaves').to.be.below(1000);
    const parent = el.parentElement!;
    el.remove();
    const start = roles(other);
    await until(
      () => roles(other) >= Math.min(1000, start + 400),
      'two slices in the ladder still on the page',
    );
    expect(roles(el), 'roles while away').to.equal(first);
    parent.append(el);
    await el.updateComplete;
    expect(roles(el)).to.equal(1000);
  });

  it('opens a role a link in the URL points to far down, in its first update', async () => {
    history.replaceState(null, '', '#generated/role-900');
    const el = fixtureSync<PmLadder>(html`<pm-ladder .ladder=${generatedLadder(1000)}></pm-ladder>`);
    const selected = oneEvent(el, 'pm-select');
    await oneEvent(el, 'pm-load');
    expect(roleButton(el, 'role-900')?.getAttribute('aria-expanded')).to.equal('true');
    expect((await selected).detail.roleId).to.equal('role-900');
  });

  it('prints every role, in the update that printing asks for', async () => {
    const el = await shown(1000);
    expect(roles(el)).to.be.below(1000);
    window.dispatchEvent(new Event('beforeprint'));
    // Microtasks only: no slice, which waits for a task, can come in between.
    for (let i = 0; i < 10; i++) await null;
    expect(roles(el)).to.equal(1000);
    expect(shadowAll(el, '[part~="role-details"]')).to.have.length(1000);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
  });

  it('moves focus with End to the last role before its slice has come', async () => {
    const el = await shown(10000);
    expect(roleButton(el, 'role-9999'), 'the last role, before End').to.equal(null);
    roleButton(el, 'role-0').focus();
    await press('End');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(roleButton(el, 'role-9999'));
    expect(roleButton(el, 'role-9999').tabIndex).to.equal(0);
    expect(roleButton(el, 'role-0').tabIndex).to.equal(-1);
  });
});

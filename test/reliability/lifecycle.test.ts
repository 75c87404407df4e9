import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { PmLadder } from '../../src/ladder/ladder.js';
import type { PmLoadEvent } from '../../src/internal/events.js';
import {
  container,
  failOnUncaughtErrors,
  fixtureUrl,
  inlineDocument,
  serverRecord,
  until,
  visibleText,
} from '../helpers.js';

const small = {
  id: 'small',
  title: 'Small ladder',
  tiers: [{ id: 'one', name: 'One' }],
  roles: [
    {
      id: 'first',
      title: 'First role',
      tier: 'one',
      summary: 'Starts.',
      responsibilities: [],
      next: ['second'],
    },
    { id: 'second', title: 'Second role', tier: 'one', summary: 'Goes on.', responsibilities: [] },
  ],
};

/** Attaches a new <pm-ladder> to `host`, lets it render, and removes it, `times` over. */
async function cycle(host: HTMLElement, times: number) {
  for (let i = 0; i < times; i++) {
    const el = document.createElement('pm-ladder');
    host.append(el);
    await el.updateComplete;
    el.remove();
  }
}

describe('lifecycle', () => {
  failOnUncaughtErrors();

  it('applies properties set before the element is defined', async () => {
    const el = document.createElement('pm-ladder-defined-late') as PmLadder;
    el.ladder = small;
    el.current = 'first';
    el.target = 'second';
    container().append(el);
    customElements.define('pm-ladder-defined-late', class extends PmLadder {});
    await el.updateComplete;
    expect(visibleText(el, '[part~="title"]')).to.equal('Small ladder');
    expect(visibleText(el, '[part~="path"]')).to.equal('From First role to Second role: 1 step.');
  });

  it('keeps its state, and its one request, when moved in the page', async () => {
    const url = fixtureUrl('ladder.json', { delay: 300, title: 'Moved' });
    const el = document.createElement('pm-ladder');
    el.src = url;
    el.selected = 'staff-engineer';
    const first = container();
    const second = container();
    first.append(el);
    await until(async () => (await serverRecord(url)).requests === 1, 'the request');
    second.append(el);
    await until(() => visibleText(el, '[part~="title"]') === 'Moved', 'the ladder after the move', 8000);
    expect(el.selected).to.equal('staff-engineer');
    expect(el.shadowRoot!.querySelector('[part~="role-details"]') !== null).to.equal(true);
    expect(await serverRecord(url)).to.deep.equal({ requests: 1, aborted: 0 });
  });

  it('releases what it listens to on window when removed', async () => {
    type Entry = [type: string, listener: unknown, capture: boolean];
    /** The listeners on window, each as its type, its function and its capture flag. */
    const listening: Entry[] = [];
    const added = new Set<string>();
    const capture = (options: unknown) =>
      typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | undefined)?.capture;
    const original = { add: window.addEventListener, remove: window.removeEventListener };
    window.addEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
      const entry: Entry = [type, listener, capture(options)];
      if (!listening.some((other) => other.every((value, i) => value === entry[i]))) listening.push(entry);
      added.add(type);
      return (original.add as (...args: unknown[]) => void).call(this, type, listener, options);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
      const entry: Entry = [type, listener, capture(options)];
      const i = listening.findIndex((other) => other.every((value, j) => value === entry[j]));
      if (i >= 0) listening.splice(i, 1);
      return (original.remove as (...args: unknown[]) => void).call(this, type, listener, options);
    } as typeof window.removeEventListener;
    const types = ['hashchange', 'beforeprint', 'afterprint'];
    try {
      await cycle(container(), 20);
    } finally {
      window.addEventListener = original.add;
      window.removeEventListener = original.remove;
    }
    for (const type of types) expect(added.has(type), `listened to ${type}`).to.equal(true);
    const left = listening.filter(([type]) => types.includes(type)).map(([type]) => type);
    expect(left, 'listeners left on window').to.deep.equal([]);
  });

  it('stops following its inline document once removed', async () => {
    const el = document.createElement('pm-ladder');
    const script = inlineDocument(small);
    el.append(script);
    container().append(el);
    await el.updateComplete;
    el.remove();
    // Whoever asks the element to update while it is away: the observer of its inline document would.
    let asked = 0;
    const requestUpdate = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof requestUpdate>) => {
      asked++;
      requestUpdate(...args);
    };
    // Observers are told of a change in the order they were made: the element's, made when it
    // was first attached, would have been told before this one.
    const observed = new Promise<void>((resolve) =>
      new MutationObserver((_, observer) => {
        observer.disconnect();
        resolve();
      }).observe(el, { childList: true, subtree: true, characterData: true }),
    );
    script.textContent = JSON.stringify({ ...small, title: 'Changed while away' });
    await observed;
    expect(asked, 'updates asked for while away').to.equal(0);
    expect(visibleText(el, '[part~="title"]')).to.equal('Small ladder');
    // Back on the page, it reads the document as it now is.
    container().append(el);
    await el.updateComplete;
    expect(visibleText(el, '[part~="title"]')).to.equal('Changed while away');
  });

  it('does not grow the heap by more than 20% over 1,000 attach and detach cycles', async function () {
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    const gc = (window as Window & { gc?: () => void }).gc;
    // Chromium only: the other browsers give a page no heap size to read. The runner starts
    // Chromium with a garbage collection on demand and exact heap sizes (web-test-runner.config.mjs).
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    expect(memory !== undefined, 'performance.memory').to.equal(true);
    expect(typeof gc, 'window.gc').to.equal('function');
    this.timeout(60000);
    const host = container();
    await cycle(host, 50);
    gc!();
    const before = memory!.usedJSHeapSize;
    await cycle(host, 1000);
    gc!();
    const after = memory!.usedJSHeapSize;
    expect(after / before - 1).to.be.at.most(0.2);
  });

  it('fires pm-load again after being moved only when its source changed', async () => {
    const el = document.createElement('pm-ladder');
    const loaded = oneEvent(el, 'pm-load');
    container().append(el);
    await loaded;
    const loads: PmLoadEvent[] = [];
    el.addEventListener('pm-load', (event) => loads.push(event));
    // Moved: the same source, no new load.
    container().append(el);
    await el.updateComplete;
    expect(loads).to.have.length(0);
    // Away from the page while its ladder changes, then back: one load, of the new ladder.
    el.remove();
    el.ladder = small;
    await el.updateComplete;
    const reloaded = oneEvent(el, 'pm-load');
    container().append(el);
    await reloaded;
    await el.updateComplete;
    expect(loads.map((event) => event.detail.ladder.title)).to.deep.equal(['Small ladder']);
    expect(visibleText(el, '[part~="title"]')).to.equal('Small ladder');
  });
});

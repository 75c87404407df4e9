import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { PmLadder } from '../../src/ladder/ladder.js';
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
    const added = new Map<string, number>();
    const original = { add: window.addEventListener, remove: window.removeEventListener };
    const count = (type: string, by: number) => added.set(type, (added.get(type) ?? 0) + by);
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      count(type, 1);
      return (original.add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      count(type, -1);
      return (original.remove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      await cycle(container(), 20);
    } finally {
      window.addEventListener = original.add;
      window.removeEventListener = original.remove;
    }
    for (const type of ['hashchange', 'beforeprint', 'afterprint']) expect(added.get(type), type).to.equal(0);
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
    script.textContent = JSON.stringify({ ...small, title: 'Changed while away' });
    // Mutation records are delivered in a microtask; a task later, any would have been.
    await new Promise((resolve) => setTimeout(resolve, 0));
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
    // Chromium only: the other browsers give a page no heap size to read.
    if (!memory || !gc) this.skip();
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
    let loads = 0;
    el.addEventListener('pm-load', () => loads++);
    container().append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loads).to.equal(0);
  });
});

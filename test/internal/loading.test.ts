import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { PmElement } from '../../src/base/pm-element.js';
import { defaultLadder } from '../../src/data/default-ladder.js';
import type { LadderError } from '../../src/data/validate.js';
import {
  container,
  failOnUncaughtErrors,
  fixtureUrl,
  inlineDocument,
  serverRecord,
  until,
  visibleText,
  shows,
} from '../helpers.js';

const titleOf = (el: PmLadder) => visibleText(el, '[part~="title"]');
const errorOf = (el: PmLadder) => visibleText(el, '[part~="error"]');

/** A small valid ladder, different from the default one. */
function smallLadder(title: string) {
  return {
    id: 'small',
    title,
    tiers: [{ id: 'one', name: 'One' }],
    roles: [{ id: 'only', title: 'Only role', tier: 'one', summary: 'Does it all.', responsibilities: [] }],
  };
}

describe('loading a ladder', () => {
  failOnUncaughtErrors();

  describe('where it comes from', () => {
    it('shows the default ladder when given nothing', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      expect(titleOf(el)).to.equal(defaultLadder.title);
    });

    /**
     * Renders `template`, whose `<pm-ladder>` has `src`, and beside it a sentinel whose src is
     * served as slowly: once the sentinel has its ladder, an answer for the first `src` would
     * have arrived too.
     */
    async function beforeSrc(title: string, template: (src: string) => unknown) {
      const src = fixtureUrl('ladder.json', { title: 'From src', delay: 100 });
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          ${template(src)}
          <pm-ladder class="sentinel" src=${fixtureUrl('ladder.json', { delay: 100 })}></pm-ladder>
        </div>`,
      );
      const el = wrapper.querySelector<PmLadder>('pm-ladder')!;
      await oneEvent(wrapper.querySelector('.sentinel')!, 'pm-load');
      await el.updateComplete;
      expect(titleOf(el)).to.equal(title);
      expect(await serverRecord(src)).to.deep.equal({ requests: 0, aborted: 0 });
    }

    it('takes the ladder property before an inline document and src', async () => {
      await beforeSrc(
        'From the property',
        (src) =>
          html`<pm-ladder src=${src} .ladder=${smallLadder('From the property')}
            ><script type="application/json">
              ${JSON.stringify(smallLadder('Inline'))}
            </script></pm-ladder
          >`,
      );
    });

    it('takes an inline JSON document before src', async () => {
      await beforeSrc(
        'Inline',
        (src) =>
          html`<pm-ladder src=${src}
            ><script type="application/json">
              ${JSON.stringify(smallLadder('Inline'))}
            </script></pm-ladder
          >`,
      );
    });

    it('follows an inline document that changes after the element is on the page', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      const script = inlineDocument(smallLadder('Added later'));
      el.append(script);
      await until(() => titleOf(el) === 'Added later', 'the inline document to be shown');
      script.textContent = JSON.stringify(smallLadder('Edited'));
      await until(() => titleOf(el) === 'Edited', 'the edited document to be shown');
      script.remove();
      await until(() => titleOf(el) === defaultLadder.title, 'the default ladder to come back');
    });

    it('loads src, says it is loading meanwhile, and fires pm-load with the ladder', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      el.src = fixtureUrl('ladder.json', { title: 'Fetched', delay: 300 });
      await el.updateComplete;
      expect(visibleText(el, '[part~="status"]')).to.equal('Loading the ladder…');
      const { detail } = await oneEvent(el, 'pm-load');
      expect(detail.ladder.title).to.equal('Fetched');
      await el.updateComplete;
      expect(titleOf(el)).to.equal('Fetched');
      expect(visibleText(el, '[part~="status"]')).to.equal('');
    });

    it('says once that a load has ended, and not that it began', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      const live = el.shadowRoot!.querySelector('[role="status"]')!;
      // The loading message is no live region, nor in one: a dozen elements would say it at once.
      expect(
        el.shadowRoot!.querySelector('[part~="status"]')!.closest('[role="status"], [aria-live]'),
      ).to.equal(null);
      el.src = fixtureUrl('ladder.json', { title: 'Fetched', delay: 200 });
      await el.updateComplete;
      expect(live.textContent!.trim()).to.equal('');
      await oneEvent(el, 'pm-load');
      await until(() => live.textContent!.trim() !== '', 'the announcement');
      expect(live.textContent!.trim()).to.equal('Loaded: Fetched.');
      // The region is the same one, there before the load, as a screen reader needs it.
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(live);
      el.src = fixtureUrl('ladder.json', { title: 'Again' });
      await el.updateComplete;
      expect(live.textContent!.trim(), 'emptied for the next load').to.equal('');
      await until(() => live.textContent!.trim() === 'Loaded: Again.', 'the second announcement');
    });

    it('says nothing of a load that another has replaced before it was said', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      const live = el.shadowRoot!.querySelector('[role="status"]')!;
      el.src = fixtureUrl('ladder.json', { title: 'Replaced' });
      await oneEvent(el, 'pm-load');
      // Within the moment before it is said, another load begins.
      el.src = fixtureUrl('ladder.json', { title: 'Newer', delay: 400 });
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(live.textContent!.trim(), 'while the newer one loads').to.equal('');
      await until(() => live.textContent!.trim() === 'Loaded: Newer.', 'the newer announcement');
    });

    it('says it once for a page of elements that load together', async () => {
      const wrapper = container();
      const url = fixtureUrl('ladder.json', { title: 'Shared', delay: 100 });
      const other = fixtureUrl('ladder.json', { title: 'Other', delay: 100 });
      const elements = [
        ...Array.from({ length: 11 }, () =>
          Object.assign(document.createElement('pm-role-card'), { src: url, roleId: 'engineer' }),
        ),
        Object.assign(document.createElement('pm-ladder'), { src: other }),
      ];
      wrapper.append(...elements);
      await Promise.all(elements.map((el) => oneEvent(el, 'pm-load')));
      const said = () =>
        elements
          .map((el) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim())
          .filter(Boolean);
      await until(() => said().length > 0, 'the announcement');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(said()).to.have.length(1);
      expect(said()[0]).to.be.oneOf(['Loaded: Shared, Other.', 'Loaded: Other, Shared.']);
    });

    it('accepts a JSON document served as text/plain', async () => {
      const el = fixtureSync<PmLadder>(html`<pm-ladder src=${fixtureUrl('plain-text.json')}></pm-ladder>`);
      await oneEvent(el, 'pm-load');
      await el.updateComplete;
      expect(titleOf(el)).to.equal('Example Co. engineering ladder');
    });
  });

  describe('over the network', () => {
    it('asks once per URL however many elements show it', async () => {
      const url = fixtureUrl('ladder.json', { title: 'Shared', delay: 100 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <pm-ladder src=${url}></pm-ladder><pm-ladder src=${url}></pm-ladder
          ><pm-ladder src=${url}></pm-ladder>
        </div>`,
      );
      const ladders = [...wrapper.querySelectorAll('pm-ladder')];
      await until(() => ladders.every((el) => titleOf(el) === 'Shared'), 'all three to show the ladder');
      // A fourth element, later, is answered from the same request.
      const late = document.createElement('pm-ladder');
      late.src = url;
      wrapper.append(late);
      await until(() => titleOf(late) === 'Shared', 'the late element to show the ladder');
      expect(await serverRecord(url)).to.deep.equal({ requests: 1, aborted: 0 });
    });

    it('shows the newest src when an older, slower one answers last', async () => {
      const slow = fixtureUrl('ladder.json', { title: 'Old and slow', delay: 600 });
      // A second element waits for the older src too, so its answer does arrive.
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><pm-ladder src=${slow}></pm-ladder><pm-ladder src=${slow}></pm-ladder></div>`,
      );
      const [el, other] = wrapper.querySelectorAll('pm-ladder');
      const otherLoaded = oneEvent(other!, 'pm-load');
      await until(
        async () => (await serverRecord(slow)).requests === 1,
        'the server to see the first request',
      );
      el!.src = fixtureUrl('ladder.json', { title: 'New and fast' });
      await until(() => titleOf(el!) === 'New and fast', 'the newer ladder');
      const { detail } = await otherLoaded;
      expect(detail.ladder.title).to.equal('Old and slow');
      await el!.updateComplete;
      expect(titleOf(el!)).to.equal('New and fast');
      expect(await serverRecord(slow)).to.deep.equal({ requests: 1, aborted: 0 });
    });

    it('drops the request for an older src that no other element waits for', async () => {
      const slow = fixtureUrl('ladder.json', { title: 'Old and slow', delay: 600 });
      const el = await fixture<PmLadder>(html`<pm-ladder src=${slow}></pm-ladder>`);
      await until(
        async () => (await serverRecord(slow)).requests === 1,
        'the server to see the first request',
      );
      el.src = fixtureUrl('ladder.json', { title: 'New and fast' });
      await until(() => titleOf(el) === 'New and fast', 'the newer ladder');
      await until(
        async () => (await serverRecord(slow)).aborted === 1,
        'the server to see the older request dropped',
      );
      await el.updateComplete;
      expect(titleOf(el)).to.equal('New and fast');
    });

    it('aborts the request when the element leaves the page, and asks again when it comes back', async () => {
      const url = fixtureUrl('ladder.json', { title: 'Came back', delay: 500 });
      const el = await fixture<PmLadder>(html`<pm-ladder src=${url}></pm-ladder>`);
      const parent = el.parentElement!;
      await until(async () => (await serverRecord(url)).requests === 1, 'the server to see the request');
      el.remove();
      await until(
        async () => (await serverRecord(url)).aborted === 1,
        'the server to see the request dropped',
      );
      parent.append(el);
      await until(() => titleOf(el) === 'Came back', 'the ladder after coming back');
      expect(await serverRecord(url)).to.deep.equal({ requests: 2, aborted: 1 });
    });

    const failures: [string, string, RegExp][] = [
      ['a 404', 'status/404', /answered 404/],
      ['a 500', 'status/500', /answered 500/],
      [
        'a web page instead of JSON',
        'page.html',
        /answered with a web page \(text\/html.*\), not a ladder document/,
      ],
      ['broken JSON', 'broken.json', /^document: is not valid JSON: /],
      ['markup served as JSON (its content type first)', 'markup.json', /^document: is not valid JSON: /],
      ['a dropped connection', 'drop', /the network request failed/],
      ['a picture instead of JSON', 'picture.png', /^document: is not valid JSON: /],
    ];
    for (const [what, route, message] of failures) {
      it(`reports ${what} with pm-error and an error view`, async () => {
        const url = fixtureUrl(route);
        const el = fixtureSync<PmLadder>(html`<pm-ladder src=${url}></pm-ladder>`);
        const { detail } = await oneEvent(el, 'pm-error');
        expect(detail.errors).to.have.length(1);
        await el.updateComplete;
        const error = el.shadowRoot!.querySelector('[part~="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(errorOf(el)).to.match(/^This ladder could not be shown /);
        expect(visibleText(el, '[part~="error"] li')).to.match(message);
        expect(shows(el, '[part~="tiers"]')).to.equal(false);
        await expect(el).to.be.accessible();
      });
    }

    it('gives up on a server that does not answer within load-timeout, and drops the request', async () => {
      const url = fixtureUrl('ladder.json', { delay: 3000 });
      const el = document.createElement('pm-ladder');
      el.src = url;
      el.loadTimeout = 300;
      const reported = oneEvent(el, 'pm-error');
      container().append(el);
      const { detail } = await reported;
      expect(detail.errors[0].message).to.match(/: no answer within 0\.3 s$/);
      await until(
        async () => (await serverRecord(url)).aborted === 1,
        'the server to see the request dropped',
      );
    });

    it('reports a document that fails validation at its location', async () => {
      const el = fixtureSync<PmLadder>(html`<pm-ladder src=${fixtureUrl('invalid.json')}></pm-ladder>`);
      const { detail } = await oneEvent(el, 'pm-error');
      expect(detail.errors.map((error: LadderError) => error.path)).to.deep.equal(['roles[0].tier']);
      await el.updateComplete;
      expect(errorOf(el)).to.contain('roles[0].tier: "senoir" is not a tier id');
    });

    it('asks again after a failure instead of keeping it', async () => {
      const url = fixtureUrl('status/503');
      const first = fixtureSync<PmLadder>(html`<pm-ladder src=${url}></pm-ladder>`);
      await oneEvent(first, 'pm-error');
      const second = fixtureSync<PmLadder>(html`<pm-ladder src=${url}></pm-ladder>`);
      await oneEvent(second, 'pm-error');
      expect((await serverRecord(url)).requests).to.equal(2);
    });

    it('reports a src that is not a URL', async () => {
      const el = document.createElement('pm-ladder');
      el.src = 'http://[not a host]/ladder.json';
      const reported = oneEvent(el, 'pm-error');
      container().append(el);
      const { detail } = await reported;
      expect(detail.errors[0]!.message).to.equal('"http://[not a host]/ladder.json" is not a valid URL');
    });
  });

  describe('the last good ladder', () => {
    it('stays on show when a newer src fails', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder src=${fixtureUrl('ladder.json', { title: 'Good' })}></pm-ladder>`,
      );
      await until(() => titleOf(el) === 'Good', 'the good ladder');
      el.src = fixtureUrl('status/500');
      await oneEvent(el, 'pm-error');
      await el.updateComplete;
      expect(titleOf(el)).to.equal('Good');
      expect(errorOf(el)).to.match(/^The new ladder could not be shown; this is the last one that could /);
      await expect(el).to.be.accessible();
    });

    it('stays on show when a newer property value is invalid, and the error clears on a good one', async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${smallLadder('First')}></pm-ladder>`);
      const broken = { ...smallLadder('Broken'), roles: [{ id: 'only', tier: 'two' }] };
      setTimeout(() => (el.ladder = broken as never));
      const { detail } = await oneEvent(el, 'pm-error');
      expect(detail.errors.map((error: LadderError) => error.path)).to.include('roles[0].title');
      await el.updateComplete;
      expect(titleOf(el)).to.equal('First');
      el.ladder = smallLadder('Second');
      await el.updateComplete;
      expect(titleOf(el)).to.equal('Second');
      expect(shows(el, '[part~="error"]')).to.equal(false);
    });

    it('shows only the error, never a half-rendered ladder, when the first document is bad', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder .ladder=${{ id: 'x', title: 'Half', tiers: [] }}></pm-ladder>`,
      );
      expect(errorOf(el)).to.contain('roles: is required');
      expect(shows(el, '[part~="title"]')).to.equal(false);
    });

    it('reports a property that cannot even be read, without throwing', async () => {
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('no reading');
          },
        },
      );
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      el.ladder = hostile as never;
      await el.updateComplete;
      expect(errorOf(el)).to.contain('could not be read: Error: no reading');
    });
  });

  describe('holding its place while it loads', () => {
    /** More than any of these elements shows: once they show, their own size has taken over. */
    const HELD = 3000;
    const height = (element: Element) => Math.round(element.getBoundingClientRect().height);
    const elements = {
      '<pm-ladder>': (src: string) => html`<pm-ladder src=${src}></pm-ladder>`,
      '<pm-role-card>': (src: string) =>
        html`<pm-role-card role-id="senior-engineer" src=${src}
          ><a slot="actions" href="#apply">Apply</a></pm-role-card
        >`,
      '<pm-salary-range>': (src: string) =>
        html`<pm-salary-range role-id="senior-engineer" src=${src}></pm-salary-range>`,
    };

    for (const [name, template] of Object.entries(elements)) {
      it(`${name} holds --pm-loading-block-size while its src loads, and no more once it shows`, async () => {
        const src = fixtureUrl('ladder.json', { delay: 300 });
        const wrapper = fixtureSync<HTMLDivElement>(
          html`<div>
            <div class="held" style="--pm-loading-block-size: ${HELD}px">
              ${template(src)}
              <div>After</div>
            </div>
            <div class="free">
              ${template(src)}
              <div>After</div>
            </div>
          </div>`,
        );
        const [held, free] = [...wrapper.querySelectorAll<PmElement>('.held > *, .free > *')].filter(
          (element) => element.localName.startsWith('pm-'),
        );
        await held!.updateComplete;
        await free!.updateComplete;
        expect(visibleText(held!, '[part~="status"]')).to.equal('Loading the ladder…');
        // The element holds the size exactly, and the content after it starts where it ends.
        expect(height(held!)).to.equal(HELD);
        expect(
          Math.round(
            held!.nextElementSibling!.getBoundingClientRect().top - held!.getBoundingClientRect().top,
          ),
        ).to.equal(HELD);
        // A card's actions are at the foot of the place it holds, near where they are once it shows.
        const action = held!.querySelector('a');
        if (action) {
          expect(held!.getBoundingClientRect().bottom - action.getBoundingClientRect().bottom).to.be.below(
            50,
          );
        }
        // Without the token, the loading state is the message alone (and a card's actions).
        expect(height(free!)).to.be.below(150);

        await until(
          () => !visibleText(held!, '[part~="status"]') && !visibleText(free!, '[part~="status"]'),
          'both to show the ladder',
        );
        await held!.updateComplete;
        expect(height(free!)).to.be.below(HELD);
        expect(height(held!)).to.equal(height(free!));
      });
    }

    it('keeps a ladder on show in place while a newer src loads', async () => {
      const el = await fixture<PmLadder>(
        html`<pm-ladder
          style="--pm-loading-block-size: ${HELD}px"
          src=${fixtureUrl('ladder.json', { title: 'Shown' })}
        ></pm-ladder>`,
      );
      await until(() => titleOf(el) === 'Shown', 'the first ladder');
      const shown = height(el);
      el.src = fixtureUrl('ladder.json', { title: 'Newer', delay: 300 });
      await el.updateComplete;
      expect(visibleText(el, '[part~="status"]')).to.equal('Loading the ladder…');
      expect(titleOf(el)).to.equal('Shown');
      // Only the message is added above it.
      expect(height(el) - shown).to.be.within(0, 60);
      await until(() => titleOf(el) === 'Newer', 'the newer ladder');
      expect(height(el)).to.equal(shown);
    });
  });
});

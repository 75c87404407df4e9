import { expect } from '@open-wc/testing';
// The browser build compiles templates at run time; an app built with Vite or vue-loader
// compiles them ahead and passes the same isCustomElement option to its build.
import { createApp, nextTick, ref, shallowRef, type App } from 'vue/dist/vue.esm-browser.js';
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
  roleTitles,
  trailLadder,
} from './helpers.js';

/**
 * A Vue 3 template that uses the elements as plain tags, with no wrapper: Vue sets `:ladder` and
 * `current` as properties (the element has them), `role-id` and `marker-label` as attributes, and
 * `@pm-select` listens for the event.
 */
const template = `
  <main>
    <pm-ladder :ladder="ladder" :current="current" @pm-select="onSelect"></pm-ladder>
    <p id="chosen">{{ chosen }}</p>
    <pm-role-card :ladder="ladder" :role-id="roleId" locale="en-US"></pm-role-card>
    <pm-salary-range
      :min="90000"
      :max="120000"
      currency="USD"
      :marker="105000"
      marker-label="Your offer"
      locale="en-US"
    ></pm-salary-range>
  </main>
`;

describe('the elements in a Vue 3 template', () => {
  failOnUncaughtErrors();
  failOnConsoleWarnings();
  afterEach(clearHash);

  let host: HTMLElement;
  let app: App | undefined;
  let initial: Ladder;
  // A shallow ref hands the element the ladder object itself; see the last test for a deep ref.
  const ladder = shallowRef<Ladder>();
  const current = ref<string>();
  const roleId = ref('');
  const chosen = ref('');
  const find = <K extends keyof HTMLElementTagNameMap>(tag: K) => host.querySelector(tag)!;

  async function mount(ladderRef: { value: Ladder | undefined } = ladder) {
    host = container();
    app = createApp({
      template,
      setup: () => ({
        ladder: ladderRef,
        current,
        roleId,
        chosen,
        onSelect: (event: PmSelectEvent) => {
          chosen.value = `${event.detail.roleId}: ${event.detail.role.title}`;
        },
      }),
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('pm-');
    app.mount(host);
    await elementsReady(host);
  }

  beforeEach(async () => {
    initial = trailLadder();
    ladder.value = initial;
    current.value = 'trail-guide';
    roleId.value = 'senior-trail-guide';
    chosen.value = '';
    await mount();
  });

  /** Unmounts the app once: Vue warns about a second unmount. */
  function unmount() {
    app?.unmount();
    app = undefined;
  }

  afterEach(unmount);

  it('shows the roles of the ladder object bound with :ladder, not the default ladder', () => {
    expectLadderProperty(find('pm-ladder'), initial);
  });

  it('marks the role in `current` as "You are here"', () => {
    expect(currentRole(find('pm-ladder'))).to.equal('trail-guide');
  });

  it('calls the @pm-select handler with detail.roleId when a role is clicked', async () => {
    await expectSelectionHandled(find('pm-ladder'), host, 'Vue');
  });

  it('follows a change of state: a new `current`, then a new ladder object', async () => {
    const el = find('pm-ladder');
    current.value = 'senior-trail-guide';
    await nextTick();
    await el.updateComplete;
    expect(currentRole(el)).to.equal('senior-trail-guide');

    ladder.value = generatedLadder(3);
    current.value = 'role-1';
    await nextTick();
    await el.updateComplete;
    expectGeneratedLadder(el);
    expect(currentRole(el)).to.equal('role-1');

    const card = find('pm-role-card');
    roleId.value = 'role-2';
    await nextTick();
    await card.updateComplete;
    expect(visibleText(card, '[part~="role-title"]')).to.equal('Role 2');
  });

  it('shows a role card from the ladder object and its role-id attribute', () => {
    expectRoleCardShown(find('pm-role-card'));
  });

  it('shows a salary range from numbers bound with v-bind', () => {
    expectSalaryRangeShown(find('pm-salary-range'));
  });

  it('leaves nothing behind when the app unmounts', () => {
    const el = find('pm-ladder');
    unmount();
    expectNothingLeft(host, el);
  });

  it('takes a ladder held in a deep ref too, which Vue passes as its reactive proxy', async () => {
    unmount();
    await mount(ref(trailLadder()));
    const el = find('pm-ladder');
    expect(roleTitles(el)).to.deep.equal(['Trail Guide', 'Senior Trail Guide', 'Head of Trails']);
    expect(visibleText(find('pm-role-card'), '[part~="role-title"]')).to.equal('Senior Trail Guide');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { PmSalaryRange } from '../../src/salary-range/salary-range.js';
import { failOnUncaughtErrors, shadowAll, until } from '../helpers.js';
import { computedColour, tokenColour } from './colour.js';

/*
 * The reader's media features: forced colours and reduced motion. Chromium turns them on for a
 * test through the DevTools protocol (test/media-features-plugin.mjs); Firefox runs this file in
 * a second instance started with both turned on in its preferences (web-test-runner.config.mjs).
 */

type Feature = { name: string; value: string };
const emulateMedia = (features: Feature[]) => executeServerCommand('emulate-media-features', features);

/** Turns a media feature on, unless the browser was started with it; skips where neither can be. */
async function turnOn(this: Mocha.Context, feature: Feature) {
  if (matchMedia(`(${feature.name}: ${feature.value})`).matches) return;
  if (!(await emulateMedia([feature]))) this.skip();
  expect(matchMedia(`(${feature.name}: ${feature.value})`).matches).to.equal(true);
}

describe('media features', () => {
  failOnUncaughtErrors();
  afterEach(() => emulateMedia([]));

  it('stops transitions when the reader prefers reduced motion', async function () {
    await turnOn.call(this, { name: 'prefers-reduced-motion', value: 'reduce' });
    const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
    for (const role of shadowAll(el, '.role')) {
      expect(getComputedStyle(role).transitionDuration).to.match(/^0s(, 0s)*$/);
    }
  });

  it('draws with system colours in forced-colours mode', async function () {
    await turnOn.call(this, { name: 'forced-colors', value: 'active' });
    const el = await fixture<PmLadder>(
      html`<pm-ladder current="product-manager" target="product-lead"></pm-ladder>`,
    );
    const range = await fixture<PmSalaryRange>(
      html`<pm-salary-range min="90000" max="120000" marker="105000"></pm-salary-range>`,
    );
    const highlight = computedColour('Highlight');
    // The browser may apply an emulated mode a moment after it says so.
    await until(() => tokenColour(el, '--_accent') === highlight, 'the accent to be Highlight');
    expect(tokenColour(el, '--_text')).to.equal(computedColour('CanvasText'));
    // The border reaches Highlight at the end of its transition, where motion is not reduced.
    const current = shadowAll(el, '[part~="current"]')[0]!;
    await until(
      () => getComputedStyle(current).borderTopColor === highlight,
      'the current role in Highlight',
    );
    const band = range.shadowRoot!.querySelector('[part~="band"]')!;
    const bar = range.shadowRoot!.querySelector('[part~="bar"]')!;
    expect(getComputedStyle(band).backgroundColor).to.not.equal(getComputedStyle(bar).backgroundColor);
  });
});

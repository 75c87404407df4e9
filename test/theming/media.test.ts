import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { PmSalaryRange } from '../../src/salary-range/salary-range.js';
import type { PmRoleCompare } from '../../src/role-compare/role-compare.js';
import { failOnUncaughtErrors, shadowAll, until } from '../helpers.js';
import { computedColour, tokenColour } from './colour.js';

/*
 * The reader's media features: forced colours and reduced motion. Chromium turns them on for a
 * test through the DevTools protocol (test/media-features-plugin.mjs); Firefox runs this file in
 * a second instance started with both turned on in its preferences (web-test-runner.config.mjs).
 */

type Feature = { name: string; value: string };
const emulateMedia = (features: Feature[]) => executeServerCommand('emulate-media-features', features);

const matches = ({ name, value }: Feature) => matchMedia(`(${name}: ${value})`).matches;

/**
 * Turns a media feature on, unless the browser was started with it. Resolves to whether it was
 * off before (emulated for this test). This file runs only where one or the other is possible,
 * and fails elsewhere.
 */
async function turnOn(feature: Feature): Promise<boolean> {
  if (matches(feature)) return false;
  const emulated = await emulateMedia([feature]);
  expect(emulated, `${feature.name} emulated in ${navigator.userAgent}`).to.equal(true);
  expect(matches(feature), `${feature.name}: ${feature.value}`).to.equal(true);
  return true;
}

describe('media features', () => {
  failOnUncaughtErrors();
  afterEach(() => emulateMedia([]));

  it('stops transitions when the reader prefers reduced motion', async () => {
    const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
    const roles = shadowAll(el, '.role');
    expect(roles).to.have.length(8);
    const durations = () => roles.map((role) => getComputedStyle(role).transitionDuration);
    const motion = !matches({ name: 'prefers-reduced-motion', value: 'reduce' });
    // Where motion is not reduced yet, the roles' colours move: the change is the feature's doing.
    if (motion) expect(durations()).to.deep.equal(roles.map(() => '0.15s, 0.15s'));
    await turnOn({ name: 'prefers-reduced-motion', value: 'reduce' });
    for (const duration of durations()) expect(duration).to.match(/^0s(, 0s)*$/);
  });

  it('draws with system colours in forced-colours mode', async () => {
    await turnOn({ name: 'forced-colors', value: 'active' });
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
    const text = computedColour('CanvasText');
    const goal = shadowAll(el, '[part~="target"]')[0]!;
    await until(() => getComputedStyle(goal).borderTopColor === highlight, 'the goal in Highlight');
    for (const badge of shadowAll(el, '.badge'))
      expect(getComputedStyle(badge).borderTopColor).to.equal(text);
    const part = (name: string) => getComputedStyle(range.shadowRoot!.querySelector(`[part~="${name}"]`)!);
    expect(part('band').backgroundColor, 'the band').to.equal(highlight);
    expect(part('marker').backgroundColor, 'the marker').to.equal(text);
    expect(part('bar').borderTopColor, "the bar's edge").to.equal(text);
  });

  it('draws the profile chart and the matrix marks with system colours, told apart by their lines', async () => {
    await turnOn({ name: 'forced-colors', value: 'active' });
    const ladder = await (await fetch('/demo/ladders/example-engineering.json')).json();
    const el = await fixture<PmRoleCompare>(
      html`<pm-role-compare .ladder=${ladder} from="engineer" to="senior-engineer"></pm-role-compare>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('[part~="profile"] .series'), 'the chart');
    const series = (kind: string) =>
      getComputedStyle(el.shadowRoot!.querySelector(`.series.${kind} polygon`)!);
    await until(() => series('from').stroke === computedColour('CanvasText'), 'the chart in CanvasText');
    expect(series('to').stroke).to.equal(computedColour('Highlight'));
    // Not by colour alone: one dashed, one solid.
    expect(series('from').strokeDasharray).not.to.equal('none');
    expect(series('to').strokeDasharray).to.equal('none');
    const matrix = await fixture<PmLadder>(html`<pm-ladder .ladder=${ladder} view="matrix"></pm-ladder>`);
    await until(() => !!matrix.shadowRoot!.querySelector('td.rises'), 'the matrix');
    expect(getComputedStyle(matrix.shadowRoot!.querySelector('td.rises')!).borderInlineStartStyle).to.equal(
      'solid',
    );
  });
});

import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Ladder } from '../src/data/schema.js';
import type { PmRoleCompare } from '../src/role-compare/role-compare.js';

/** The text a reader sees in an element's shadow root, with whitespace collapsed. */
export function visibleText(element: Element, selector?: string): string {
  const root = element.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The text of a node as its pieces read: each child's text, whitespace collapsed, a space between
 * pieces. A table cell holds its level, its lines and its examples as pieces of their own, written
 * without whitespace between them.
 */
export function piecesText(node: Node): string {
  return [...node.childNodes]
    .map((child) => (child.nodeType === Node.COMMENT_NODE ? '' : (child.textContent ?? '')))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The button that opens a role in a `<pm-ladder>`, as a reader clicks it. */
export function roleButton(ladder: Element, roleId: string): HTMLButtonElement {
  return ladder.shadowRoot!.querySelector<HTMLButtonElement>(`[data-role="${roleId}"] > .role-button`)!;
}

/** The text of each match of `selector` in `element`'s shadow root, its whitespace collapsed as in `visibleText`. */
export function visibleTexts(element: Element, selector: string): string[] {
  return shadowAll(element, selector).map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** An inline ladder document: a `<script type="application/json">` holding `document` as JSON. */
export function inlineDocument(document: unknown): HTMLScriptElement {
  const script = window.document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(document);
  return script;
}

/**
 * Whether `selector` matches a shown (not hidden) element in `element`'s shadow root. Tests assert
 * on this boolean rather than on the element: a failing assertion that prints a whole element
 * can stall the browser.
 */
export function shows(element: Element, selector: string): boolean {
  const found = element.shadowRoot!.querySelector<HTMLElement>(selector);
  return !!found && !found.closest('[hidden]');
}

export function shadowAll(element: Element, selector: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/**
 * Resolves when `check` holds, polling every 10 ms (timers, not animation frames, which a
 * background tab may never run); fails the test with `what` after a timeout.
 */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeout = 4000) {
  const end = performance.now() + timeout;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Fails the test when an error or an unhandled rejection reaches the page, which is where a host
 * page would see it. Call once at the top of a `describe`.
 */
export function failOnUncaughtErrors() {
  const caught: string[] = [];
  const onError = (event: ErrorEvent) => caught.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => caught.push(String(event.reason));
  beforeEach(() => {
    caught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    // Let pending promises settle so a late rejection is counted in the test that caused it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(caught, 'uncaught errors on the page').to.deep.equal([]);
  });
}

/** A fresh URL of the fixture server, so the per-page request cache never answers from an earlier test. */
let counter = 0;
export function fixtureUrl(route: string, query: Record<string, string | number> = {}): string {
  const params = new URLSearchParams({
    ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
    n: `${Date.now()}-${counter++}`,
  });
  return `/fixtures/${route}?${params}`;
}

/** How often the fixture server was asked for `url`, and how often the asker hung up first. */
export async function serverRecord(url: string): Promise<{ requests: number; aborted: number }> {
  const response = await fetch(`/fixtures/record?url=${encodeURIComponent(url)}`);
  return response.json();
}

/** A container on the page for elements a test attaches itself; removed after the test by @open-wc. */
export function container(attributes: Record<string, string> = {}): HTMLElement {
  const div = fixtureSync<HTMLDivElement>(html`<div></div>`);
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  return div;
}

/** An iframe of `src`, `width` CSS px wide, in a container that @open-wc removes after the test. */
export function frame(src: string, width: number, style = ''): HTMLIFrameElement {
  const element = document.createElement('iframe');
  element.style.cssText = `inline-size: ${width}px; ${style}`;
  element.src = src;
  container().append(element);
  return element;
}

/** Leaves the page's URL without a fragment, so no deep link carries over into the next test. */
export function clearHash() {
  history.replaceState(history.state, '', location.pathname + location.search);
}

export { generatedLadder } from '../bench/ladders.js';

/** The demo's example ladder: two tracks, employer pay ranges in euros. */
export async function exampleLadder(): Promise<Ladder> {
  return (await fetch('/demo/ladders/example-engineering.json')).json();
}

/**
 * WebKit's WebDriver cannot send keys into the frame @web/test-runner-webdriver runs tests in,
 * so there a key press is a keydown event dispatched where focus is. That reaches the ladder's
 * own key handling; what only the browser does on a real key (Tab, a button's Enter and Space)
 * is tested in Chromium and Firefox.
 */
export const realKeys = !/AppleWebKit/.test(navigator.userAgent) || /Chrome/.test(navigator.userAgent);

/** Presses `key` where focus is: a real key press, or in WebKit a keydown event (see above). */
export async function press(key: string) {
  if (realKeys) return sendKeys({ press: key });
  let target = document.activeElement;
  while (target?.shadowRoot?.activeElement) target = target.shadowRoot.activeElement;
  target!.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
  );
}

/** Where `<pm-role-compare assess>` keeps the marks of Engineer to Senior Engineer in the example ladder. */
export const ASSESSMENT_KEY = 'pm-ladder-assessment:example-engineering-ladder:engineer:senior-engineer';

/** `<pm-role-compare assess>` of Engineer to Senior Engineer in `ladder` (the example ladder's roles). */
export const assessedComparison = (ladder: Ladder) =>
  fixture<PmRoleCompare>(
    html`<pm-role-compare .ladder=${ladder} from="engineer" to="senior-engineer" assess></pm-role-compare>`,
  );

/** Waits for the reader's marks of a `<pm-role-compare assess>` (their code loads on demand). */
export async function marksOf(el: PmRoleCompare): Promise<HTMLElement> {
  await until(() => !!el.shadowRoot!.querySelector('[part~="assessment"]'), 'the marks');
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="assessment"]')!;
}

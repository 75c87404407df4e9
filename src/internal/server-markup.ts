import type { LitElement } from 'lit';

/**
 * The render root of an element whose shadow root may have come from a server (as written by
 * `pm-ladder render`). With Lit's hydration support loaded first (pm-ladder.hydrate.bundle.js)
 * the element takes that markup over. Without it (pm-ladder.bundle.js) Lit would draw the element
 * a second time beside it, so the server's markup is dropped and the element drawn once, afresh.
 *
 * @param serverRendered whether the element had a shadow root before `createRenderRoot()`
 */
export function renderRootOf(
  element: LitElement,
  serverRendered: boolean,
  root: HTMLElement | DocumentFragment,
): HTMLElement | DocumentFragment {
  // Without hydration support, Lit draws in front of what the root already holds (renderBefore).
  if (serverRendered && element.renderOptions.renderBefore) {
    root.replaceChildren();
    element.renderOptions.renderBefore = null;
  }
  return root;
}

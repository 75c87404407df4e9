import { css, html, nothing } from 'lit';
import type { LadderError } from '../data/validate.js';
import type { Messages } from './messages.js';

/** The one error view of all elements: what could not be shown, then each problem with its location. */
export function renderErrors(errors: readonly LadderError[], title: string, messages: Messages) {
  if (!errors.length) return nothing;
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${title}</p>
    <ul>
      ${errors.map(
        (error) => html`<li><code>${error.path || messages.documentPath}</code>: ${error.message}</li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The loading message, and beside it the live region that says, once, which ladders a load has
 * put on show (announce.ts). The message itself is not live: a page of a dozen elements loading
 * at once would have them all say it together. While it is the only thing of a ladder on show,
 * it is marked `busy`: the element then holds `--pm-loading-block-size` for what is to come.
 */
export function renderStatus(
  source: { loading: boolean; ladder?: unknown; said?: string[] },
  messages: Messages,
) {
  return html`<p part="status" class="status ${source.loading && !source.ladder ? 'busy' : ''}">
      ${source.loading ? messages.loading : nothing}
    </p>
    <span class="said" role="status">${source.said ? messages.loaded(source.said) : nothing}</span>`;
}

/** The problems of a ladder document, saying whether the last good ladder is still on show. */
export function renderLoadErrors(
  source: { errors: readonly LadderError[]; ladder?: unknown },
  messages: Messages,
) {
  return renderErrors(source.errors, source.ladder ? messages.errorKeptTitle : messages.errorTitle, messages);
}

export const errorStyles = css`
  /* The element holds the size of what it loads, its border included: the message at the top, a
     card's actions at its foot. */
  :has(> .busy) {
    min-block-size: var(--pm-loading-block-size);
    display: grid;
    align-content: space-between;
  }
  .error {
    margin-block: 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_error-surface);
    color: var(--_text);
  }
  .error-title {
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: 600;
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
`;

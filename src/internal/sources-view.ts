import { css, html, nothing } from 'lit';
import type { Source } from '../data/schema.js';
import type { Messages } from './messages.js';
import { safeHref } from './safe-url.js';

function renderSource(source: Source) {
  const href = safeHref(source.url);
  const title = href ? html`<a href=${href} rel="noopener noreferrer">${source.title}</a>` : source.title;
  const byline = [source.author, source.publisher, source.date, source.license].filter(Boolean).join(', ');
  return html`<li>
    <cite>${title}</cite>${byline ? html`, ${byline}` : nothing}${
      !href && source.url ? html` (${source.url})` : nothing
    }
  </li>`;
}

/** Attribution for a ladder's data, at the foot of an element. */
export function renderSources(sources: readonly Source[] | undefined, messages: Messages) {
  if (!sources?.length) return nothing;
  return html`<div part="sources" class="sources">
    <span class="sources-label">${messages.sourcesTitle}</span>
    <ul>
      ${sources.map(renderSource)}
    </ul>
  </div>`;
}

export const sourcesStyles = css`
  .sources {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) / 2);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .sources ul {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sources li {
    display: inline;
  }
  .sources a {
    color: var(--_accent);
  }
`;

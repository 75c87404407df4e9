import { css } from 'lit';

export const ladderStyles = css`
  .ladder {
    container: ladder / inline-size;
  }
  [part~='title'] {
    margin: 0 0 calc(var(--_space) / 4);
    font-size: 1.5em;
    line-height: 1.25;
  }
  [part~='description'] {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .overview {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
    justify-content: space-between;
    margin-block-end: var(--_space);
  }
  .ladder-pay {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .status {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .path-summary {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_target);
    background: var(--_raised);
    border-radius: var(--_radius);
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
  }

  /* Tiers stacked, lowest first; roles side by side in each, one column per track. */
  .tiers {
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .tier {
    --_tier: var(--_tier-1);
    min-inline-size: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_tier);
  }
  .tier:nth-child(4n + 2) {
    --_tier: var(--_tier-2);
  }
  .tier:nth-child(4n + 3) {
    --_tier: var(--_tier-3);
  }
  .tier:nth-child(4n) {
    --_tier: var(--_tier-4);
  }
  [part~='tier-name'] {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.25;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .roles {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    /* Roles keep their height in a list taller than they are (tiers side by side). */
    align-content: start;
    gap: calc(var(--_space) / 2);
  }
  .role {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    transition:
      border-color 0.15s,
      background-color 0.15s;
  }
  [part~='selected'] {
    grid-column: 1 / -1;
    border-color: var(--_accent);
  }
  [part~='on-path'] {
    border-color: var(--_accent);
    background: var(--_raised);
  }
  [part~='current'] {
    border: 2px solid var(--_current);
  }
  [part~='target'] {
    border: 2px dashed var(--_target);
  }
  .role-button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125em;
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    padding: calc(var(--_space) * 0.625) calc(var(--_space) * 0.875);
    border: 0;
    border-radius: calc(var(--_radius) - 1px);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .role-button:hover .role-title {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  :is(.role-button, .role-ref, .role-link):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .role-title {
    font-weight: 600;
  }
  .role-meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-block-start: 0.25em;
  }
  .badge {
    padding: 0.0625em 0.5em;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 600;
  }
  .badge.current {
    background: var(--_current);
    color: var(--_on-current);
  }
  .badge.target {
    background: var(--_target);
    color: var(--_on-current);
  }
  .badge.step {
    border: 1px solid var(--_accent);
    color: var(--_text);
  }
  .role-details {
    margin: 0 calc(var(--_space) * 0.875) calc(var(--_space) * 0.875);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .role-ref {
    text-underline-offset: 0.2em;
  }
  /* Links a finger can hit: 24px high at least. */
  :is(.role-ref, .role-link) {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: var(--_accent);
  }
  .role-link {
    margin-block-start: calc(var(--_space) * 0.75);
    font-size: 0.875em;
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  /* Tiers side by side, lowest at the start, when asked or when there is room. */
  @media screen {
    /* Side by side, the tiers share two rows: their names, and their roles, which start level
       whichever name takes two lines. */
    .layout-horizontal .tiers {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      row-gap: 0;
    }
    .layout-horizontal .tier {
      display: grid;
      grid-row: span 2;
      grid-template-rows: subgrid;
      padding-inline-start: 0;
      padding-block-start: calc(var(--_space) / 2);
      border-inline-start: 0;
      border-block-start: 4px solid var(--_tier);
    }
    .layout-horizontal .roles {
      grid-template-columns: minmax(0, 1fr);
    }
    @container ladder (min-width: 56rem) {
      .layout-auto:not(.tracked) .tiers {
        grid-auto-flow: column;
        grid-auto-columns: minmax(0, 1fr);
        row-gap: 0;
      }
      .layout-auto:not(.tracked) .tier {
        display: grid;
        grid-row: span 2;
        grid-template-rows: subgrid;
        padding-inline-start: 0;
        padding-block-start: calc(var(--_space) / 2);
        border-inline-start: 0;
        border-block-start: 4px solid var(--_tier);
      }
      .layout-auto:not(.tracked) .roles {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  }

  [part~='guidance'] {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  [part~='guidance-title'] {
    margin: 0;
    font-size: 1.125em;
  }
  [part~='guidance-subtitle'] {
    margin: var(--_space) 0 calc(var(--_space) / 4);
    font-size: 1em;
  }
  [part~='guidance'] p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  [part~='guidance'] :is(ol, ul) {
    padding-inline-start: 1.5em;
  }
  [part~='guidance'] li + li {
    margin-block-start: 0.25em;
  }

  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
    [part~='current'],
    [part~='target'],
    [part~='on-path'] {
      border-color: Highlight;
    }
  }
  @media print {
    .role {
      break-inside: avoid;
    }
    .role-button {
      break-inside: avoid;
    }
    .section > :is(h3, h4, h5, h6) {
      break-after: avoid;
    }
    .role-link {
      display: none;
    }
    [part~='tier-name'] {
      break-after: avoid;
    }
    /* Paper without background graphics: marks in outline, next steps as text. */
    .badges .badge {
      border: 1px solid;
      background: none;
      color: var(--_text);
    }
    .role-ref {
      color: inherit;
      text-decoration: none;
    }
  }
`;

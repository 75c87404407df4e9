import { css } from 'lit';

/** The styles of the profile chart (profile.view.ts): shapes told apart by their lines and dots, not by colour alone. */
export const profileStyles = css`
  .profile {
    margin: 0;
    max-inline-size: 32rem;
  }
  .profile figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
    font-size: 0.875em;
  }
  .profile-title {
    font-weight: 600;
  }
  .key {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
  }
  .key svg {
    inline-size: 1.5em;
    block-size: 0.5em;
  }
  .profile > svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
    font-size: 11px;
    /* Anchors are physical: the numbers mirror the drawing for right to left. */
    direction: ltr;
  }
  .profile .bars {
    max-inline-size: 22rem;
  }
  .profile .grid {
    fill: none;
    stroke: var(--_border);
    stroke-opacity: 0.5;
  }
  .profile .axis {
    fill: var(--_text);
    font-family: inherit;
  }
  .series,
  .key {
    --_stroke: var(--_muted);
    fill: color-mix(in srgb, var(--_stroke) 15%, transparent);
    stroke: var(--_stroke);
    stroke-width: 2;
  }
  .series circle {
    fill: var(--_stroke);
    stroke: none;
  }
  .key line {
    stroke: var(--_stroke);
    stroke-width: 2.5;
  }
  .from {
    stroke-dasharray: 5 3;
  }
  .to {
    --_stroke: var(--_accent);
  }
  .marks {
    --_stroke: var(--_current);
    stroke-dasharray: 1.5 3;
    stroke-linecap: round;
    fill: none;
  }
  .bars .series rect {
    stroke: none;
    fill: var(--_stroke);
  }
  .bars .from rect {
    fill: color-mix(in srgb, var(--_stroke) 55%, transparent);
  }
  .bars .marks rect {
    fill: none;
    stroke: var(--_stroke);
  }
  .key.from line {
    stroke-dasharray: 5 3;
  }
  .key.marks line {
    stroke-dasharray: 1.5 3;
  }
  @media (forced-colors: active) {
    .series,
    .key {
      --_stroke: CanvasText;
      forced-color-adjust: none;
    }
    .profile .grid {
      stroke: GrayText;
    }
    .profile .axis {
      fill: CanvasText;
    }
    .to {
      --_stroke: Highlight;
    }
  }
  @media print {
    .profile {
      break-inside: avoid;
    }
  }
`;

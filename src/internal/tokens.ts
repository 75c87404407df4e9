import { css } from 'lit';

/**
 * The design tokens shared by every element. Public `--pm-*` properties may be set on the element
 * or any ancestor; the private `--_*` ones hold the resolved value with its default. Defaults
 * use light-dark(), so the elements follow the `color-scheme` of the page around them.
 */
export const tokens = css`
  :host {
    --_accent: var(--pm-accent, light-dark(#1d4ed8, #8ab4ff));
    --_text: var(--pm-text, light-dark(#1f2937, #e5e7eb));
    --_muted: var(--pm-muted, light-dark(#4b5563, #aeb6c2));
    --_surface: var(--pm-surface, light-dark(#ffffff, #161b22));
    --_raised: var(--pm-surface-raised, color-mix(in srgb, var(--_accent) 6%, var(--_surface)));
    --_track: var(--pm-track, color-mix(in srgb, var(--_text) 8%, var(--_surface)));
    --_border: var(--pm-border, light-dark(#8b95a5, #6b7480));
    --_current: var(--pm-current, light-dark(#047857, #6ee7b7));
    --_target: var(--pm-target, light-dark(#b45309, #fbbf24));
    --_on-current: var(--pm-on-current, light-dark(#ffffff, #0d1117));
    --_focus: var(--pm-focus-ring, var(--_accent));
    --_error: var(--pm-error, light-dark(#b91c1c, #f87171));
    --_error-surface: color-mix(in srgb, var(--_error) 8%, var(--_surface));
    --_radius: var(--pm-radius, 8px);
    --_space: var(--pm-space, 1rem);
    --_font: var(--pm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--pm-font-size, 1rem);
    line-height: 1.5;
    /* A long word or URL from a document wraps rather than widening the page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

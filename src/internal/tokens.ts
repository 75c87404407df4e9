import { css } from 'lit';

/** `light` or `dark` forces a colour scheme; `auto` follows the page's `color-scheme`. */
export type Theme = 'auto' | 'light' | 'dark';

/**
 * The design tokens shared by every element. Public `--pm-*` properties may be set on the element
 * or any ancestor; the private `--_*` ones hold the resolved value with its default. Colour
 * defaults use light-dark(), so the elements follow the `color-scheme` of the page around them,
 * unless `theme` forces one. A brand needs `--pm-accent` (and perhaps `--pm-font-family`): the
 * raised surface, the tier colours and the focus ring are mixed from it.
 *
 * The custom-elements manifest lists these tokens for every element: its configuration reads
 * the `@cssprop` lines below.
 *
 * @cssprop [--pm-accent=#1d4ed8] - The brand colour, one colour: tier rules, the path, links, pay bars and the focus ring. Made darker on light surfaces, and lighter on dark ones, where text in it would read below 4.5:1 on the default surfaces; the tokens below mixed from it take it so adjusted.
 * @cssprop [--pm-accent-dark] - The accent in the dark scheme, as given; by default, `--pm-accent` lightened as far as dark surfaces need (#8ab4ff when `--pm-accent` is not set).
 * @cssprop [--pm-text=light-dark(#1f2937, #e5e7eb)] - Body text.
 * @cssprop [--pm-muted=light-dark(#4b5563, #aeb6c2)] - Secondary text: labels, notes, sources.
 * @cssprop [--pm-surface=light-dark(#ffffff, #161b22)] - Background of role entries and cards, and of the whole element when `theme` forces a scheme.
 * @cssprop [--pm-surface-raised=color-mix(in srgb, var(--pm-accent) 6%, var(--pm-surface))] - Background of highlighted panels and of roles on the path.
 * @cssprop [--pm-border=light-dark(#767f8c, #808a98)] - Borders of role entries, cards and pay bars.
 * @cssprop [--pm-current=light-dark(#047857, #6ee7b7)] - "You are here": its mark and its role's border.
 * @cssprop [--pm-target=light-dark(#b45309, #fbbf24)] - The goal: its mark, its role's border and the path sentence's rule.
 * @cssprop [--pm-on-current=light-dark(#ffffff, #0d1117)] - Text on the "You are here" and "Goal" marks.
 * @cssprop [--pm-focus-ring=var(--pm-accent)] - The keyboard focus ring.
 * @cssprop [--pm-track=color-mix(in srgb, var(--pm-text) 8%, var(--pm-surface))] - The track of pay bars.
 * @cssprop [--pm-error=light-dark(#b91c1c, #f87171)] - The error view's border.
 * @cssprop [--pm-tier-1=var(--pm-accent)] - The rule of the first tier (and of every fourth after it).
 * @cssprop [--pm-tier-2=color-mix(in srgb, var(--pm-accent) 75%, var(--pm-text))] - The rule of the second tier.
 * @cssprop [--pm-tier-3=color-mix(in srgb, var(--pm-accent) 50%, var(--pm-text))] - The rule of the third tier.
 * @cssprop [--pm-tier-4=color-mix(in srgb, var(--pm-accent) 25%, var(--pm-text))] - The rule of the fourth tier.
 * @cssprop [--pm-radius=8px] - Corner radius.
 * @cssprop [--pm-space=1rem] - The base spacing unit.
 * @cssprop [--pm-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - The font.
 * @cssprop [--pm-font-size=1rem] - The base font size.
 * @cssprop [--pm-loading-block-size] - The block size an element keeps while it loads a ladder and has none to show yet (from `src`, or a document of its own waiting for pm-ladder.documents.js), so that what follows it on the page moves less when the ladder comes; none by default. The README's `:not(:defined)` rule keeps the same size while the script loads.
 */
export const tokens = css`
  :host {
    /* The accent as text reads at 4.5:1 on the surfaces of either scheme. Too light for light
       surfaces, it is darkened to a luminance (y) of 0.15; too dark for dark ones, mixed with white
       to 0.31: in linear light, so that its hue stays. */
    /* prettier-ignore */
    --_accent: light-dark(
      color(from var(--pm-accent, #1d4ed8) xyz calc(x*min(1,.15/y)) calc(y*min(1,.15/y)) calc(z*min(1,.15/y))),
      var(--pm-accent-dark, color(from var(--pm-accent, #8ab4ff) xyz calc(.95 - (.95 - x)*min(1,.69/(1 - y))) max(y,.31) calc(1.09 - (1.09 - z)*min(1,.69/(1 - y)))))
    );
    --_text: var(--pm-text, light-dark(#1f2937, #e5e7eb));
    --_muted: var(--pm-muted, light-dark(#4b5563, #aeb6c2));
    --_surface: var(--pm-surface, light-dark(#ffffff, #161b22));
    --_raised: var(--pm-surface-raised, color-mix(in srgb, var(--_accent) 6%, var(--_surface)));
    --_track: var(--pm-track, color-mix(in srgb, var(--_text) 8%, var(--_surface)));
    --_border: var(--pm-border, light-dark(#767f8c, #808a98));
    --_current: var(--pm-current, light-dark(#047857, #6ee7b7));
    --_target: var(--pm-target, light-dark(#b45309, #fbbf24));
    --_on-current: var(--pm-on-current, light-dark(#ffffff, #0d1117));
    --_focus: var(--pm-focus-ring, var(--_accent));
    --_error: var(--pm-error, light-dark(#b91c1c, #f87171));
    --_error-surface: color-mix(in srgb, var(--_error) 8%, var(--_surface));
    --_tier-1: var(--pm-tier-1, var(--_accent));
    --_tier-2: var(--pm-tier-2, color-mix(in srgb, var(--_accent) 75%, var(--_text)));
    --_tier-3: var(--pm-tier-3, color-mix(in srgb, var(--_accent) 50%, var(--_text)));
    --_tier-4: var(--pm-tier-4, color-mix(in srgb, var(--_accent) 25%, var(--_text)));
    --_radius: var(--pm-radius, 8px);
    --_space: var(--pm-space, 1rem);
    --_font: var(--pm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);

    display: block;
    box-sizing: border-box;
  }
  /* A forced scheme paints its own background: dark text must not sit on a dark page, nor light on a light one. */
  :host([theme='light']) {
    color-scheme: light;
    background-color: var(--_surface);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    background-color: var(--_surface);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* The elements' own box sets their type, so that the host page's rules on the host (a colour,
     a reset) stop at its edge. */
  [part~='base'],
  [part~='card'] {
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--pm-font-size, 1rem);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    white-space: normal;
    /* A long word or URL from a document wraps rather than widening the page. */
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Sentences and labels take their direction from their own first letters: an English summary
     in an Arabic page keeps its full stop at its end. They stay on the page's side, beside the
     headings and list markers around them. */
  :is(p, li:not(.tier, .role), .sources, .range-label, .range-note, .range-source) {
    unicode-bidi: plaintext;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  /* Forced colours (Windows high contrast): system colours, so that every mark keeps its meaning. */
  @media (forced-colors: active) {
    :host {
      --_accent: Highlight;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_raised: Canvas;
      --_track: Canvas;
      --_border: CanvasText;
      --_current: Highlight;
      --_target: Highlight;
      --_on-current: HighlightText;
      --_focus: Highlight;
      --_error: CanvasText;
      --_error-surface: Canvas;
      --_tier-1: CanvasText;
      --_tier-2: CanvasText;
      --_tier-3: CanvasText;
      --_tier-4: CanvasText;
    }
  }
`;

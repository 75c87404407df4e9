import { css, html, nothing } from 'lit';
import { cssVars } from '../internal/css-vars.js';
import type { PayBand } from '../data/schema.js';
import { formatAmount, formatBand, type Notation } from '../internal/format.js';
import type { Messages } from '../internal/messages.js';
import { position, type Scale } from './range.js';

export interface RangeView {
  band: PayBand;
  locale: string;
  messages: Messages;
  notation: Notation;
  /** Replaces the label that the band's kind gives. */
  label?: string;
  /** The band is the ladder-wide one, standing in for the roles'. */
  acrossRoles?: boolean;
  /**
   * Draws the band as a bar on this scale; no bar without one, nor for a ladder-wide band that
   * spans the whole scale, where a bar full from end to end would say nothing.
   */
  scale?: Scale;
  marker?: number;
  markerLabel?: string;
  /** An extra part and class name for the wrapper, such as `pay` in a ladder's role entry. */
  part?: string;
  /** Whether to label the ends of the scale under the bar; a ladder's entries, all on one scale, do not. */
  axis?: boolean;
}

function markerPlace(band: PayBand, marker: number, messages: Messages): string {
  if (marker < band.min) return messages.markerBelow;
  return marker > band.max ? messages.markerAbove : messages.markerWithin;
}

/**
 * The one rendering of a pay band, shared by `<pm-salary-range>`, `<pm-role-card>` and
 * `<pm-ladder>`: what kind of figure it is, the amounts with period and currency, where it comes
 * from, and, on a scale, a bar. The text carries the whole meaning; the bar repeats it for the eye.
 */
export function renderRange(view: RangeView) {
  const { band, locale, notation, scale, marker, messages } = view;
  const label =
    view.label ??
    [band.kind && messages.payKind[band.kind], view.acrossRoles && messages.payRangeAcrossRoles]
      .filter(Boolean)
      .join(' · ');
  // A date after its source is the source's; alone, it says what it is.
  const date = band.asOf && !band.source ? messages.asOf(band.asOf) : band.asOf;
  const origin = [band.source, date, band.location].filter(Boolean).join(', ');
  const money = (value: number) => formatAmount(value, band.currency, locale, notation);
  const bar =
    scale && !(view.acrossRoles && scale.min === band.min && scale.max === band.max) ? scale : undefined;
  const start = bar ? position(band.min, bar) : 0;
  const size = bar ? Math.round((position(band.max, bar) - start) * 1000) / 1000 : 0;
  // One template with its optional pieces hidden, rather than a template for each: a ladder
  // shows a thousand of these, and each nested template costs more than a hidden element. No
  // whitespace between its tags (and the formatter kept from adding it), since each text node of
  // it would be one more to clone and walk in every role; the range is a column of flex items,
  // where such whitespace shows nothing.
  // prettier-ignore
  return html`<div part="range ${view.part ?? ''}" class="range ${view.part ?? ''}"
    ><span part="range-label" class="range-label" ?hidden=${!label}>${label || nothing}</span
    ><span class="range-text"
      ><bdi part="amount" class="amount">${formatBand(band, locale, notation, messages)}</bdi
      ><span part="currency" class="currency" aria-hidden="true">${band.currency}</span></span
    >${
      marker === undefined
        ? nothing
        : html`<span part="marker-text" class="marker-text"
            >${view.markerLabel ?? messages.markerLabel}${messages.labelSeparator}<bdi>${money(marker)}</bdi>${messages.listSeparator}${markerPlace(band, marker, messages)}</span
          >`
    }<div part="bar" class="bar" aria-hidden="true" ?hidden=${!bar}
      ><span
        part="band"
        class="band"
        style=${cssVars({ '--_start': `${start}%`, '--_size': `${size}%` })}
      ></span
      >${
        marker === undefined || !bar
          ? nothing
          : html`<span
              part="marker"
              class="marker"
              style=${cssVars({ '--_at': `${position(marker, bar)}%` })}
            ></span>`
      }</div
    >${
      bar && view.axis !== false
        ? html`<div part="scale" class="scale" aria-hidden="true"
            ><bdi>${money(bar.min)}</bdi><bdi>${money(bar.max)}</bdi></div
          >`
        : nothing
    }<span part="note" class="range-note" ?hidden=${!band.note}>${band.note ?? nothing}</span
    ><span part="source" class="range-source" ?hidden=${!origin}>${origin || nothing}</span></div
  >`;
}

export const rangeStyles = css`
  .range {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    min-inline-size: 0;
  }
  .range-label {
    color: var(--_muted);
    font-size: 1em;
    font-weight: 600;
    letter-spacing: 0.04em;
    font-variant-caps: all-small-caps;
  }
  .range-text {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
  }
  .amount {
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .currency,
  .range-note,
  .range-source,
  .marker-text,
  .scale {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .bar {
    position: relative;
    block-size: 0.75rem;
    margin-block: 0.5em 0.125em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_track);
  }
  .band {
    position: absolute;
    inset-block: -1px;
    inset-inline-start: var(--_start);
    inline-size: var(--_size);
    min-inline-size: 4px;
    border-radius: 999px;
    background: var(--_accent);
  }
  .marker {
    position: absolute;
    inset-block: -5px;
    inset-inline-start: calc(var(--_at) - 2px);
    inline-size: 4px;
    border-radius: 2px;
    background: var(--_text);
    box-shadow: 0 0 0 1px var(--_surface);
  }
  .scale {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
    }
    .band {
      background: Highlight;
    }
    .marker {
      background: CanvasText;
    }
  }
  /* Paper without background graphics: the band and the mark drawn by their borders. */
  @media print {
    .band {
      border-block: 0.375rem solid var(--_accent);
    }
    .marker {
      border: 2px solid var(--_text);
    }
  }
`;

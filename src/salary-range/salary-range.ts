import { html, nothing } from 'lit';
import { PmElement } from '../base/pm-element.js';
import type { PayBand, PayPeriod } from '../data/schema.js';
import type { LadderError } from '../data/problems.js';
import { validateBandAttributes } from '../data/pay-band.js';
import { numberAttribute } from '../internal/attributes.js';
import { errorStyles, renderErrors, renderLoadErrors, renderStatus } from '../internal/error-view.js';
import type { Notation } from '../internal/format.js';
import { documents } from '../internal/on-demand.js';
import { tokens } from '../internal/tokens.js';
import { defaultScale, type Scale } from './range.js';
import { rangeStyles, renderRange, type RangeView } from './salary-range.view.js';
import { salaryRangeStyles } from './salary-range.styles.js';

type Outcome = { view: RangeView } | { errors: LadderError[] } | { empty: string } | undefined;

/**
 * A pay band as text ("$77,000 – $200,000 per year") and as a bar on a scale, with an optional
 * marked value such as an offer. Standalone from `min` and `max`; or bound to a ladder, showing
 * the band of the role `role-id` names, else the ladder-wide band.
 *
 * Styled by the shared `--pm-*` design tokens (colours, radius, spacing, font), its `::part()`
 * names, and `theme`; labels in its locale's language, or as `strings` replaces them.
 *
 * @summary A pay band, as text and as a bar on a scale.
 * @tagname pm-salary-range
 *
 * @fires {PmLoadEvent} pm-load - A ladder is shown (bound use only). `detail.ladder` is the validated document; `detail.warnings` lists its fields that are not shown (unknown ones), each `{ path, message }`.
 * @fires {PmErrorEvent} pm-error - The band, its scale, the `role-id` or the ladder is wrong. `detail.errors` lists `{ path, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart range - The wrapper of the band's text and bar.
 * @csspart range-label - What kind of figure it is: "Market estimate", "Pay range", or the `label`.
 * @csspart amount - The amounts with their period.
 * @csspart currency - The ISO 4217 currency code.
 * @csspart marker-text - The marked value, and where it falls.
 * @csspart bar - The scale drawn as a bar.
 * @csspart band - The band on the bar.
 * @csspart marker - The marked value on the bar.
 * @csspart scale - The ends of the scale, under the bar.
 * @csspart note - The band's note.
 * @csspart source - Where the figure comes from, and its date.
 * @csspart empty - Said when the ladder gives no band.
 * @csspart status - The loading message.
 * @csspart error - The list of problems.
 */
export class PmSalaryRange extends PmElement {
  static override styles = [tokens, errorStyles, rangeStyles, salaryRangeStyles];

  static override properties = {
    min: { converter: numberAttribute },
    max: { converter: numberAttribute },
    currency: {},
    period: {},
    scaleMin: { attribute: 'scale-min', converter: numberAttribute },
    scaleMax: { attribute: 'scale-max', converter: numberAttribute },
    marker: { converter: numberAttribute },
    markerLabel: { attribute: 'marker-label' },
    notation: {},
    label: {},
    roleId: { attribute: 'role-id' },
  };

  /** The lower end of a standalone band. */
  min?: number;

  /** The upper end of a standalone band. */
  max?: number;

  /** ISO 4217 code of a standalone band's currency. */
  currency = 'USD';

  /**
   * Pay period of a standalone band.
   * @type {'year' | 'month' | 'week' | 'day' | 'hour'}
   */
  period: PayPeriod = 'year';

  /** Start of the bar's scale; defaults to the band with a margin, or the ladder's whole range. */
  scaleMin?: number;

  /** End of the bar's scale. */
  scaleMax?: number;

  /** A value to mark on the band, such as an offer or a current salary. */
  marker?: number;

  /** What the marked value is, e.g. "Your offer"; "Marked value" (in the locale's language) when not given. */
  markerLabel?: string;

  /**
   * `standard` ("$77,000") or `compact` ("$77K").
   * @type {'standard' | 'compact'}
   */
  notation: Notation = 'standard';

  /** A label for the band, in place of the one its kind gives ("Market estimate", "Pay range"). */
  label?: string;

  /** Bound use: the role whose band to show. Without it, the ladder-wide band. */
  roleId?: string;

  #outcome: Outcome;

  /** Without `min` and `max`, the band comes from a ladder: `ladder`, an inline JSON child or `src`. */
  protected override usesLadder(): boolean {
    return this.min === undefined && this.max === undefined;
  }

  protected override settle(): void {
    this.#outcome = this.usesLadder() ? this.#fromLadder() : this.#standalone();
  }

  protected override problemsOnShow(): readonly LadderError[] {
    return this.#outcome && 'errors' in this.#outcome ? this.#outcome.errors : [];
  }

  protected override render() {
    const outcome = this.#outcome;
    const { messages } = this.i18n;
    return html`<div part="base" class="base">
      ${renderLoadErrors(this.source, messages)} ${renderStatus(this.source, messages)}
      ${
        !outcome
          ? nothing
          : 'view' in outcome
            ? renderRange(outcome.view)
            : 'errors' in outcome
              ? renderErrors(outcome.errors, messages.errorBandTitle, messages)
              : html`<p part="empty" class="empty">${outcome.empty}</p>`
      }
    </div>`;
  }

  #view(band: PayBand, scale: Scale, extra: Partial<RangeView> = {}): RangeView {
    return {
      band,
      scale,
      locale: this.i18n.locale,
      messages: this.i18n.messages,
      notation: this.notation === 'compact' ? 'compact' : 'standard',
      marker: this.marker,
      markerLabel: this.markerLabel,
      label: this.label,
      ...extra,
    };
  }

  #standalone(): Outcome {
    const errors: LadderError[] = [];
    const numbers = {
      min: this.min,
      max: this.max,
      'scale-min': this.scaleMin,
      'scale-max': this.scaleMax,
      marker: this.marker,
    };
    for (const [name, value] of Object.entries(numbers)) {
      if (value !== undefined && !Number.isFinite(value)) {
        errors.push({
          path: name,
          message: `${JSON.stringify(this.getAttribute(name) ?? String(value))} is not a number`,
        });
      }
    }
    const result = validateBandAttributes({
      min: this.min,
      max: this.max,
      currency: this.currency,
      period: this.period,
    });
    // Every problem at once: an attribute that is no number is said once, as such.
    const said = new Set(errors.map((error) => error.path));
    if (!result.ok) errors.push(...result.errors.filter((error) => !said.has(error.path)));
    if (errors.length || !result.ok) return { errors };
    return this.#onScale(result.band, defaultScale(result.band, this.marker));
  }

  // Bound to a ladder, the band is found with the views of a document of its own (bound.ts), even
  // in the default ladder: the ladder controller waits for them.
  #fromLadder(): Outcome {
    const ladder = this.source.ladder;
    const bound =
      ladder && documents.now()?.boundBand(this, ladder, this.roleId, this.marker, this.i18n.messages);
    return bound && 'band' in bound
      ? this.#onScale(bound.band, bound.scale, { acrossRoles: bound.acrossRoles })
      : bound;
  }

  /** Applies `scale-min` and `scale-max`, which must hold the band and the marked value. */
  #onScale(band: PayBand, fallback: Scale, extra?: Partial<RangeView>): Outcome {
    const scale = { min: this.scaleMin ?? fallback.min, max: this.scaleMax ?? fallback.max };
    const errors: LadderError[] = [];
    if (!(scale.min < scale.max)) {
      errors.push({ path: 'scale-min', message: `${scale.min} must be below scale-max ${scale.max}` });
    } else if (band.min < scale.min || band.max > scale.max) {
      errors.push({
        path: band.min < scale.min ? 'scale-min' : 'scale-max',
        message: `the scale (${scale.min} to ${scale.max}) must hold the whole band (${band.min} to ${band.max})`,
      });
    }
    if (this.marker !== undefined && (this.marker < scale.min || this.marker > scale.max)) {
      errors.push({
        path: 'marker',
        message: `${this.marker} is outside the scale (${scale.min} to ${scale.max})`,
      });
    }
    return errors.length ? { errors } : { view: this.#view(band, scale, extra) };
  }
}

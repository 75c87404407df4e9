import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Ladder, Role } from '../data/schema.js';
import type { LadderError } from '../data/validate.js';
import { errorStyles, renderErrors, renderLoadErrors, renderStatus } from '../internal/error-view.js';
import { ProblemReporter } from '../internal/events.js';
import { resolveLocale } from '../internal/format.js';
import { headingLevel } from '../internal/heading.js';
import { LadderController } from '../internal/ladder-controller.js';
import { messages } from '../internal/messages.js';
import { findRole } from '../internal/roles.js';
import { tokens } from '../internal/tokens.js';
import { rangeStyles } from '../salary-range/salary-range.view.js';
import { renderRoleDetails, roleDetailsStyles } from './role-card.view.js';
import { roleCardStyles } from './role-card.styles.js';

/**
 * One role of a ladder: its title, tier and track, summary, responsibilities, what it takes to
 * be promoted into it, the next steps, who it reports to, and its pay band (or the ladder-wide
 * one, labelled as such).
 *
 * @summary One role of a career ladder, for recruiting pages and wikis.
 * @tagname pm-role-card
 *
 * @slot - Your own content, shown after the role's summary (team notes, a quote).
 * @slot actions - Buttons or links at the foot of the card, such as "Apply".
 *
 * @fires pm-load - A ladder is shown. `detail.ladder` is the validated document.
 * @fires pm-error - The ladder or the `role-id` is wrong. `detail.errors` lists `{ path, message }`.
 *
 * @csspart card - The card around everything.
 * @csspart details - The role's details.
 * @csspart role-title - The role's title.
 * @csspart meta - Abbreviation, tier and track.
 * @csspart tier-label - The tier's name.
 * @csspart track-label - The track's name.
 * @csspart summary - The role's summary.
 * @csspart responsibilities - The responsibilities section.
 * @csspart requirements - The section on what it takes to be promoted into the role.
 * @csspart next - The next steps section.
 * @csspart section-title - The heading of each section.
 * @csspart reports-to - Who the role reports to.
 * @csspart pay - The pay band section.
 * @csspart actions - The wrapper of the actions slot.
 * @csspart status - The loading message.
 * @csspart error - The list of problems.
 *
 * @cssprop [--pm-accent=light-dark(#1d4ed8, #8ab4ff)] - The brand colour: the card's edge and the pay bar.
 * @cssprop [--pm-text=light-dark(#1f2937, #e5e7eb)] - Body text.
 * @cssprop [--pm-muted=light-dark(#4b5563, #aeb6c2)] - Secondary text.
 * @cssprop [--pm-surface=light-dark(#ffffff, #161b22)] - The card's background.
 * @cssprop [--pm-border=light-dark(#8b95a5, #6b7480)] - The card's border.
 * @cssprop [--pm-radius=8px] - Corner radius.
 * @cssprop [--pm-space=1rem] - The base spacing unit.
 * @cssprop [--pm-font-family=system-ui, sans-serif] - The font.
 * @cssprop [--pm-font-size=1rem] - The base font size.
 */
export class PmRoleCard extends LitElement {
  static override styles = [tokens, errorStyles, rangeStyles, roleDetailsStyles, roleCardStyles];

  /** The id of the role to show. */
  @property({ attribute: 'role-id' }) roleId?: string;

  /** URL of a ladder document. */
  @property({ reflect: true }) src?: string;

  /** Milliseconds a `src` request may take before it is given up with a message (default 20000). */
  @property({ attribute: 'load-timeout', type: Number }) loadTimeout?: number;

  /** The ladder document, as an object. */
  @property({ attribute: false }) ladder?: Ladder;

  /** Hides the pay band. */
  @property({ attribute: 'hide-pay', type: Boolean }) hidePay = false;

  /** The rank of the role's title heading (1–6); its sections sit one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Tighter spacing and a smaller type for narrow columns. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The locale for numbers and money (e.g. `de-DE`); defaults to the closest `lang`. */
  @property() locale?: string;

  private readonly source = new LadderController(this);
  private readonly problems = new ProblemReporter();
  private shown?: { role: Role } | { error: LadderError };

  // In update(), not willUpdate(): the ladder controller has settled the ladder by then.
  protected override update(changed: PropertyValues<this>): void {
    const { ladder } = this.source;
    // The last good ladder stays on show when a newer document fails, as in <pm-ladder>.
    this.shown = ladder ? findRole(ladder, this.roleId) : undefined;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.problems.report(this, this.shown && 'error' in this.shown ? [this.shown.error] : []);
  }

  protected override render() {
    const { ladder } = this.source;
    const shown = this.shown;
    return html`<article part="card" class="card">
      ${renderLoadErrors(this.source)}
      ${shown && 'error' in shown ? renderErrors([shown.error], messages.errorRoleTitle) : nothing}
      ${renderStatus(this.source)}
      ${
        ladder && shown && 'role' in shown
          ? renderRoleDetails(ladder, shown.role, {
              level: headingLevel(this.headingLevel, 3),
              locale: resolveLocale(this, this.locale),
              notation: this.compact ? 'compact' : 'standard',
              hidePay: this.hidePay,
              extra: html`<div class="extra"><slot></slot></div>`,
            })
          : nothing
      }
      <div part="actions" class="actions"><slot name="actions"></slot></div>
    </article>`;
  }
}

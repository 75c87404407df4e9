import { CardElement } from '../base/card-element.js';
import { findRole } from '../internal/roles.js';

/**
 * One role of a ladder: its title, tier and track, summary, responsibilities, what it takes to
 * be promoted into it, the next steps, who it reports to, and its pay band (or the ladder-wide
 * one, labelled as such).
 *
 * Styled by the shared `--pm-*` design tokens (colours, radius, spacing, font), its `::part()`
 * names, and `theme`; labels in its locale's language, or as `strings` replaces them.
 *
 * @summary One role of a career ladder, for recruiting pages and wikis.
 * @tagname pm-role-card
 *
 * @slot - Your own content, shown after the role's summary (team notes, a quote).
 * @slot actions - Buttons or links at the foot of the card, such as "Apply".
 *
 * @fires {PmLoadEvent} pm-load - A ladder is shown. `detail.ladder` is the validated document; `detail.warnings` lists its fields that are not shown (unknown ones), each `{ path, message }`.
 * @fires {PmErrorEvent} pm-error - The ladder or the `role-id` is wrong. `detail.errors` lists `{ path, message }`.
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
 * @csspart expectations - The section on what the role expects in each competency.
 * @csspart competency-group - The heading of a group of competencies (such as "Craft").
 * @csspart competency - One competency with what the role expects in it.
 * @csspart competency-name - The name of a competency.
 * @csspart expectation - What the role expects in a competency: its level and text.
 * @csspart level - A level with its rank, such as "Specializes, 2 of 5".
 * @csspart examples - The disclosure holding an expectation's examples.
 * @csspart profile-fold - The fold holding the profile chart of the role's levels, drawn when it is opened.
 * @csspart profile - The profile chart, in that fold.
 * @csspart lateral - The section on lateral moves (another track at about the same level).
 * @csspart shared - The line that marks what every role on the track shares.
 * @csspart track-description - The track's description, shown with each role on it.
 * @csspart section-title - The heading of each section.
 * @csspart reports-to - Who the role reports to.
 * @csspart pay - The pay band section.
 * @csspart sources - The attribution of the ladder's data, as in `<pm-ladder>`.
 * @csspart actions - The wrapper of the actions slot.
 * @csspart status - The loading message.
 * @csspart error - The list of problems.
 */
export class PmRoleCard extends CardElement {
  static override properties = {
    roleId: { attribute: 'role-id' },
    compact: { type: Boolean, reflect: true },
  };

  /** The id of the role to show. */
  roleId?: string;

  /** Tighter spacing, a smaller type and compact amounts ("$77K") for narrow columns. */
  compact = false;

  protected override settle(): void {
    const { ladder } = this.source;
    // The last good ladder stays on show when a newer document fails, as in <pm-ladder>.
    const found = ladder && findRole(ladder, this.roleId);
    this.problems = found && 'error' in found ? [found.error] : [];
  }
}

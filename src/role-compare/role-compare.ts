import { CardElement } from '../base/card-element.js';
import { documents } from '../internal/on-demand.js';

/**
 * What changes from one role to another: per competency the level and text at `from` and at
 * `to` (the changes marked and counted, the others folded), a profile chart of both roles'
 * levels, what each promotion on the way takes, the responsibilities new at `to`, and both pay
 * bands on one scale with their difference. With `assess`, the reader marks each expectation of
 * `to` (not yet, working on it, met) with a note of evidence: kept in this browser only.
 *
 * Its views load on demand (pm-ladder.documents.js, then pm-ladder.views.js; the reader's marks,
 * pm-ladder.assess.js).
 * Styled by the shared `--pm-*` design tokens, its `::part()` names, and `theme`; labels in its
 * locale's language, or as `strings` replaces them.
 *
 * @summary What changes between two roles of a career ladder, and what the reader still needs.
 * @tagname pm-role-compare
 *
 * @fires {PmLoadEvent} pm-load - A ladder is shown. `detail.ladder` is the validated document; `detail.warnings` lists its fields that are not shown (unknown ones), each `{ path, message }`.
 * @fires {PmErrorEvent} pm-error - The ladder, `from` or `to` is wrong. `detail.errors` lists `{ path, message }`.
 *
 * @csspart card - The card around everything.
 * @csspart comparison - The comparison.
 * @csspart compare-title - Its heading: "From Engineer to Senior Engineer".
 * @csspart competencies - The section on the competencies.
 * @csspart changes-count - "4 of 6 competencies change".
 * @csspart compare-row - A competency's row; also named `changed` when its expectation differs.
 * @csspart change-mark - The "Changes" mark of a changed competency.
 * @csspart unchanged - The fold holding the competencies that do not change.
 * @csspart level - A level with its rank, such as "Specializes, 2 of 5".
 * @csspart examples - The disclosure holding an expectation's examples.
 * @csspart profile - The profile chart of both roles' levels (and of the reader's marks).
 * @csspart steps - What each promotion on the way takes.
 * @csspart step-title - "Into Senior Engineer".
 * @csspart new-responsibilities - The responsibilities new at `to`.
 * @csspart section-title - The heading of each section.
 * @csspart pay - Both pay bands on one scale.
 * @csspart pay-difference - The difference of the two bands.
 * @csspart assessment - The reader's marks against `to`, with `assess`.
 * @csspart assessment-summary - "3 of 8 met".
 * @csspart mark - One expectation of `to` with the reader's mark and note.
 * @csspart assessment-actions - Export, import, clear and print.
 * @csspart sources - The attribution of the ladder's data.
 * @csspart status - The loading message.
 * @csspart error - The list of problems.
 */
export class PmRoleCompare extends CardElement {
  static override properties = {
    from: {},
    to: {},
    assess: { type: Boolean, reflect: true },
  };

  /** The id of the role compared from: the reader's, as a rule. */
  from?: string;

  /** The id of the role compared with it; without it, the first role `from` is promoted to. */
  to?: string;

  /** Lets the reader mark each expectation of `to`: kept in this browser only (`localStorage`). */
  assess = false;

  protected override settle(): void {
    this.problems = documents.now()?.compareProblems(this, this.source.ladder) ?? [];
  }
}

import { html, nothing } from 'lit';
import type { Ladder } from '../data/schema.js';
import type { LadderError } from '../data/problems.js';
import { headingLevel } from '../internal/heading.js';
import type { Messages } from '../internal/messages.js';
import { onDemand } from '../internal/on-demand.js';
import { renderSources } from '../internal/sources-view.js';
import type * as Assess from './assess.js';
import { compareRoles, comparedRoles } from './compare.js';
import { renderComparison } from './compare.view.js';
import { rtlOf } from '../internal/view-loader.js';
import type { PmRoleCompare } from './role-compare.js';

/** The reader's marks (assess.ts): a file of their own, loaded the first time an element has `assess`. */
const assessment = onDemand<typeof Assess>((_again) => import('./assess.js'));

/** The problems of `from` and `to` in this ladder: each a located error that lists the ids. */
export function compareProblems(ladder: Ladder | undefined, from?: string, to?: string): LadderError[] {
  const found = ladder && comparedRoles(ladder, from, to);
  return found && 'errors' in found ? found.errors : [];
}

/** `<pm-role-compare>`'s comparison, with the reader's marks when it has `assess`, and the ladder's sources. */
export function renderCompare(
  host: PmRoleCompare,
  ladder: Ladder | undefined,
  i18n: { messages: Messages; locale: string },
  expand: boolean,
) {
  const found = ladder && comparedRoles(ladder, host.from, host.to);
  if (!found || 'errors' in found) return nothing;
  const comparison = compareRoles(ladder, found.from, found.to);
  const level = headingLevel(host.headingLevel, 3);
  let marks;
  if (host.assess) {
    const module = assessment.now();
    if (module) marks = module.renderMarks(host, ladder, comparison, { level: level + 1, ...i18n });
    else {
      assessment.load().then(
        () => host.requestUpdate(),
        (error: unknown) =>
          console.warn(
            `pm-ladder: the assessment could not be loaded (${String(error)}); a page that loads pm-ladder.bundle.js needs pm-ladder.assess.js beside it.`,
          ),
      );
    }
  }
  return html`${renderComparison(ladder, comparison, {
    level,
    ...i18n,
    hidePay: host.hidePay,
    expand,
    rtl: rtlOf(host),
    marks,
  })}
  ${renderSources(ladder.sources, i18n.messages)}`;
}

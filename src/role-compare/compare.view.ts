import { html, nothing } from 'lit';
import type { Ladder, PayBand, Role } from '../data/schema.js';
import {
  examplesOf,
  expectationsOf,
  groupByCompetency,
  levelText,
  textOf,
  type RatedExpectation,
} from '../internal/competencies.js';
import { formatAmount } from '../internal/format.js';
import { heading } from '../internal/heading.js';
import type { Messages } from '../internal/messages.js';
import { list } from '../role-card/role-card.view.js';
import { renderRange } from '../salary-range/salary-range.view.js';
import type { CompetencyChange, Comparison } from './compare.js';
import { renderProfile, type Series } from './profile.view.js';

export interface CompareOptions {
  /** The rank of the comparison's heading; its sections sit one below. */
  level: number;
  locale: string;
  messages: Messages;
  hidePay?: boolean;
  /** Opens every fold, as for printing. */
  expand?: boolean;
  rtl: boolean;
  /** The reader's marks (assess.ts): the chart's third shape, for the competencies it draws, and their view after the comparison. */
  marks?: { series?: (drawn: readonly CompetencyChange[]) => Series | undefined; view: unknown };
}

/**
 * A table cell of an expectation: the level with its rank, then the text and the examples (behind
 * a disclosure), and `extra` after them; a dash and "Not set" without one. One template, its
 * level and first line hidden when there are none: a matrix shows two thousand of these, and each
 * nested template costs more than a hidden element. `part` and `className` are the cell's.
 */
export function expectationCell(
  item: RatedExpectation | undefined,
  messages: Messages,
  options: { expand?: boolean; part?: string; className?: string; extra?: unknown } = {},
) {
  const part = options.part || nothing;
  const className = options.className || nothing;
  if (!item) {
    return html`<td part=${part} class=${className}>
      <span aria-hidden="true">—</span><span class="sr">${messages.noExpectation}</span>
    </td>`;
  }
  const examples = examplesOf(item);
  const [first, ...more] = textOf(item);
  // No whitespace between its tags (and the formatter kept from adding it): a matrix has two
  // thousand of these, and each text node would be one more to clone, walk and lay out.
  // prettier-ignore
  return html`<td part=${part} class=${className}
    ><span part="level" class="level" ?hidden=${!item.level}>${levelText(item, messages) ?? nothing}</span
    ><p ?hidden=${first === undefined}>${first ?? nothing}</p
    >${more.map((line) => html`<p>${line}</p>`)}${
      examples.length
        ? html`<details part="examples" ?open=${options.expand}>
            <summary>${messages.examplesLabel}</summary>
            ${list(examples)}
          </details>`
        : nothing
    }${options.extra ?? nothing}</td
  >`;
}

/** The direction of a change of level, for its mark: up, down, or neither (another text, a level given or not). */
const direction = (item: CompetencyChange) =>
  item.from?.rank && item.to?.rank && item.from.rank !== item.to.rank
    ? item.to.rank > item.from.rank
      ? ' rises'
      : ' falls'
    : '';

/** A table of the competencies, in a box of its own named `label`, which scrolls sideways where the card is too narrow for three columns. */
function table(
  comparison: Comparison,
  items: readonly CompetencyChange[],
  options: CompareOptions,
  label: string,
) {
  const { messages } = options;
  return html`<div class="table-box" role="region" tabindex="0" aria-label=${label}>
    <table class="compare-table">
      <thead>
        <tr>
          <th scope="col">${messages.competencyTitle}</th>
          <th scope="col">${comparison.from.title}</th>
          <th scope="col">${comparison.to.title}</th>
        </tr>
      </thead>
      ${groupByCompetency(items).map(
        (group) =>
          html`<tbody>
            ${
              group.name
                ? html`<tr class="group">
                    <th scope="rowgroup" colspan="3">${group.name}</th>
                  </tr>`
                : nothing
            }
            ${group.items.map(
              (item) =>
                html`<tr
                  part="compare-row${item.changed ? ' changed' : ''}"
                  class=${item.changed ? `changed${direction(item)}` : ''}
                >
                  <th scope="row">
                    ${item.competency.name}
                    ${item.changed ? html`<span part="change-mark" class="change-mark">${messages.changes}</span>` : nothing}
                  </th>
                  ${expectationCell(item.from, messages, options)}
                  ${expectationCell(item.to, messages, options)}
                </tr>`,
            )}
          </tbody>`,
      )}
    </table>
  </div>`;
}

const bandOf = (ladder: Ladder, role: Role): PayBand | undefined => role.pay ?? ladder.pay;

function renderPay(ladder: Ladder, comparison: Comparison, options: CompareOptions) {
  const { from, to } = comparison;
  const { locale, messages } = options;
  const a = bandOf(ladder, from);
  const b = bandOf(ladder, to);
  if (!a && !b) return html`<p>${messages.noLadderPay}</p>`;
  const comparable = a && b && a.currency === b.currency && a.period === b.period;
  const scale = comparable ? { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) } : undefined;
  const band = (role: Role, band: PayBand | undefined) =>
    band
      ? renderRange({
          band,
          locale,
          messages,
          notation: 'standard',
          label: role.title,
          acrossRoles: !role.pay,
          scale,
        })
      : html`<p><strong>${role.title}</strong>${messages.labelSeparator}${messages.noRolePay}</p>`;
  const signed = (value: number) =>
    `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatAmount(Math.abs(value), a!.currency, locale)}`;
  return html`${band(from, a)} ${band(to, b)}
  ${
    a === b
      ? nothing
      : html`<p part="pay-difference" class="pay-difference">
          ${comparable ? messages.payDifference(signed(b.min - a.min), signed(b.max - a.max)) : a && b ? messages.payApart : nothing}
        </p>`
  }`;
}

/** The levels of both roles, for the chart: a series each, and the reader's marks (assess.ts) a third. */
function compareProfile(comparison: Comparison, options: CompareOptions) {
  const { messages } = options;
  const rated = comparison.competencies.filter(
    (item) => item.levels.length && (item.from?.rank || item.to?.rank),
  );
  const says = (item?: RatedExpectation) => (item && levelText(item, messages)) ?? messages.noExpectation;
  const series: Series[] = [
    {
      name: comparison.from.title,
      kind: 'from',
      ranks: rated.map((item) => item.from?.rank ?? 0),
      says: rated.map((item) => says(item.from)),
    },
    {
      name: comparison.to.title,
      kind: 'to',
      ranks: rated.map((item) => item.to?.rank ?? 0),
      says: rated.map((item) => says(item.to)),
    },
  ];
  const marks = options.marks?.series?.(rated);
  if (marks) series.push(marks);
  return renderProfile(
    rated.map((item) => ({ competency: item.competency, count: item.levels.length })),
    series,
    options,
  );
}

/**
 * The one rendering of a comparison, in `<pm-role-compare>` and under `<pm-ladder>`'s path
 * sentence: both titles; per competency the level and text at each role, the changes marked and
 * counted, the unchanged ones folded; the profile chart; what each promotion on the way takes;
 * the responsibilities new at `to`; both pay bands on one scale and their difference.
 */
export function renderComparison(ladder: Ladder, comparison: Comparison, options: CompareOptions) {
  const { level, messages } = options;
  const { from, to, competencies } = comparison;
  const sub = level + 1;
  const changed = competencies.filter((item) => item.changed);
  const unchanged = competencies.filter((item) => !item.changed);
  return html`<div part="comparison" class="comparison">
    ${heading(level, 'compare-title', messages.compareTitle(from.title, to.title))}
    ${
      competencies.length
        ? html`<section part="competencies" class="section">
            <p part="changes-count" class="changes-count">
              ${messages.changesCount(changed.length, competencies.length)}
            </p>
            ${changed.length ? table(comparison, changed, options, messages.compareTitle(from.title, to.title)) : nothing}
            ${
              unchanged.length
                ? html`<details part="unchanged" class="unchanged" ?open=${options.expand}>
                    <summary>${messages.unchanged(unchanged.length)}</summary>
                    ${table(comparison, unchanged, options, messages.unchanged(unchanged.length))}
                  </details>`
                : nothing
            }
            ${compareProfile(comparison, options)}
          </section>`
        : nothing
    }
    <section part="steps" class="section">
      ${heading(sub, 'section-title', messages.stepsTitle)}
      ${
        comparison.path
          ? comparison.steps.map(
              (step) =>
                html`${heading(sub + 1, 'step-title', messages.into(step.role.title))}
                ${step.sideways ? html`<p>${messages.pathSwitch(step.after.title, step.role.title, step.track?.name)}</p>` : nothing}
                ${step.requirements.length ? list(step.requirements) : html`<p>${messages.noRequirements}</p>`}`,
            )
          : html`<p>${messages.pathNone(from.title, to.title)}</p>
              ${heading(sub + 1, 'step-title', messages.into(to.title))}
              ${to.requirements?.length ? list(to.requirements) : html`<p>${messages.noRequirements}</p>`}`
      }
    </section>
    ${
      comparison.newResponsibilities.length
        ? html`<section part="new-responsibilities" class="section">
            ${heading(sub, 'section-title', messages.newAt(to.title))} ${list(comparison.newResponsibilities)}
          </section>`
        : nothing
    }
    ${
      options.hidePay
        ? nothing
        : html`<section part="pay" class="section compare-pay">
            ${renderPay(ladder, comparison, options)}
          </section>`
    }
    ${options.marks?.view ?? nothing}
  </div>`;
}

/** The profile chart of one role's levels, in its details (`<pm-ladder>`, `<pm-role-card>`). */
export function roleProfile(ladder: Ladder, role: Role, messages: Messages, rtl: boolean) {
  const rated = expectationsOf(ladder, role).filter((item) => item.rank);
  return renderProfile(
    rated.map((item) => ({ competency: item.competency, count: item.levels.length })),
    [
      {
        name: role.title,
        kind: 'to',
        ranks: rated.map((item) => item.rank!),
        says: rated.map((item) => levelText(item, messages)!),
      },
    ],
    { messages, rtl },
  );
}

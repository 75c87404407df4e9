import { html, nothing } from 'lit';
import type { Competency, Ladder, Role } from '../data/schema.js';
import {
  expectationsOf,
  groupByCompetency,
  competenciesById,
  type RatedExpectation,
} from '../internal/competencies.js';
import type { Messages } from '../internal/messages.js';
import { list } from '../role-card/role-card.view.js';
import { expectationCell } from '../role-compare/compare.view.js';

/** What a matrix needs of its ladder: each role's expectations by competency, and the role below each on its track. */
interface Grid {
  cells: Map<string, Map<string, RatedExpectation>>;
  below: Map<string, Role>;
}

const grids = new WeakMap<Ladder, Grid>();

function gridOf(ladder: Ladder): Grid {
  let grid = grids.get(ladder);
  if (grid) return grid;
  const cells = new Map<string, Map<string, RatedExpectation>>();
  const below = new Map<string, Role>();
  const last = new Map<string | undefined, Role>();
  for (const role of ladder.roles) {
    cells.set(role.id, new Map(expectationsOf(ladder, role).map((item) => [item.competency.id, item])));
    const before = last.get(role.track);
    if (before) below.set(role.id, before);
    last.set(role.track, role);
  }
  grids.set(ladder, (grid = { cells, below }));
  return grid;
}

export interface MatrixOptions {
  messages: Messages;
  /** The roles on show, one column each, in the ladder's order. */
  roles: readonly Role[];
  current?: string;
  target?: string;
  selected?: string;
  expand?: boolean;
}

/** A competency's definition: its description, and each of its levels with theirs and their examples. */
function definition(competency: Competency, ladder: Ladder, messages: Messages) {
  const levels = competenciesById(ladder).get(competency.id)!.levels;
  return html`<div
    part="definition"
    class="definition"
    id="definition-${competency.id}"
    popover
    role="dialog"
    aria-label=${competency.name}
  >
    <p class="definition-title">${competency.name}</p>
    ${competency.description ? html`<p>${competency.description}</p>` : nothing}
    ${
      levels.length
        ? html`<p class="definition-levels">${messages.levelsTitle}</p>
            <ol>
              ${levels.map(
                (level) =>
                  html`<li>
                    <strong>${level.name}</strong
                    >${level.description ? html`${messages.labelSeparator}${level.description}` : nothing}
                    ${level.examples?.length ? list(level.examples) : nothing}
                  </li>`,
              )}
            </ol>`
        : nothing
    }
  </div>`;
}

/**
 * The matrix (`part="matrix"`): a data table with a column per role on show and a row per
 * competency under its group, each cell the role's expectation (level and rank, text, examples
 * on demand), a cell whose level is above the one of the role below it on the same track marked
 * as rising. The header row and the competency column stay in view while the table scrolls in
 * its own box; a column header's button selects its role (as `<pm-ladder>` handles `data-select`),
 * a row header's shows the competency's definition over the page.
 */
export function renderMatrix(ladder: Ladder, options: MatrixOptions) {
  const { messages, roles } = options;
  const { cells, below } = gridOf(ladder);
  const groups = groupByCompetency([...competenciesById(ladder).values()]);
  const columns = roles.length + 1;
  const mark = (role: Role) =>
    role.id === options.current ? ' current' : role.id === options.target ? ' target' : '';
  return html`<div part="matrix" class="matrix" role="region" tabindex="0" aria-labelledby="matrix-caption">
    <table>
      <caption id="matrix-caption">
        ${messages.matrixCaption(ladder.title)}
      </caption>
      <thead>
        <tr>
          <td class="corner"></td>
          ${roles.map(
            (role) =>
              html`<th
                scope="col"
                part="matrix-role${mark(role)}${role.id === options.selected ? ' selected' : ''}"
                class="role-column${mark(role)}"
              >
                <button
                  type="button"
                  data-select=${role.id}
                  aria-pressed=${role.id === options.selected ? 'true' : 'false'}
                >
                  ${role.title}
                </button>
                ${role.abbreviation ? html`<span class="column-meta">${role.abbreviation}</span>` : nothing}
                ${role.id === options.current ? html`<span part="badge" class="badge current">${messages.youAreHere}</span>` : nothing}
                ${role.id === options.target ? html`<span part="badge" class="badge target">${messages.goal}</span>` : nothing}
              </th>`,
          )}
        </tr>
      </thead>
      ${groups.map(
        (group) =>
          html`<tbody>
            ${
              group.name
                ? html`<tr part="matrix-group" class="matrix-group">
                    <th scope="rowgroup" colspan=${columns}><span>${group.name}</span></th>
                  </tr>`
                : nothing
            }
            ${group.items.map(({ competency }) => {
              return html`<tr>
                <th scope="row" part="matrix-competency" class="competency-header">
                  <button type="button" popovertarget="definition-${competency.id}">
                    ${competency.name}
                  </button>
                  ${definition(competency, ladder, messages)}
                </th>
                ${roles.map((role) => {
                  const item = cells.get(role.id)!.get(competency.id);
                  const before = below.get(role.id);
                  const was = before && cells.get(before.id)!.get(competency.id);
                  const rises = !!(item?.rank && was?.rank && item.rank > was.rank);
                  return expectationCell(item, messages, {
                    expand: options.expand,
                    part: `matrix-cell${rises ? ' rises' : ''}`,
                    className: `${rises ? 'rises' : ''}${mark(role)}`,
                    extra: rises
                      ? html`<span class="rise"
                          ><span aria-hidden="true">▲ </span>${messages.risesFrom(was!.level!.name)}</span
                        >`
                      : undefined,
                  });
                })}
              </tr>`;
            })}
          </tbody>`,
      )}
    </table>
  </div>`;
}

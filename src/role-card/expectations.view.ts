import { html, nothing, type ReactiveElement } from 'lit';
import type { Ladder, Role } from '../data/schema.js';
import {
  examplesOf,
  expectationsOf,
  groupByCompetency,
  levelText,
  textOf,
} from '../internal/competencies.js';
import { heading } from '../internal/heading.js';
import type { Messages } from '../internal/messages.js';
import { fold } from '../internal/view-loader.js';

/**
 * What a role expects in each competency, under its group: the level's name and rank ("Specializes,
 * 2 of 5"), the text, and the examples behind a disclosure. Where the role gives no text or examples
 * of its own, those of its level stand in, as the level defines them.
 */
export function renderExpectations(
  ladder: Ladder,
  role: Role,
  level: number,
  options: { messages: Messages; expand?: boolean; host?: ReactiveElement },
) {
  const { messages } = options;
  const rated = expectationsOf(ladder, role);
  const groups = groupByCompetency(rated);
  return html`<section part="expectations" class="section">
    ${heading(level, 'section-title', messages.expectationsTitle)}
    ${groups.map(
      (group) =>
        html`${group.name ? heading(level + 1, 'competency-group', group.name) : nothing}
          <dl class="competencies">
            ${group.items.map((item) => {
              const { competency } = item;
              const said = levelText(item, messages);
              const examples = examplesOf(item);
              // Each disclosure says whose examples it holds, for a reader who tabs from one to the next.
              const name = `competency-${role.id}-${competency.id}`;
              return html`<div part="competency" class="competency">
                <dt part="competency-name" id=${name}>${competency.name}</dt>
                <dd part="expectation">
                  ${said ? html`<span part="level" class="level">${said}</span>` : nothing}
                  ${textOf(item).map((line) => html`<p>${line}</p>`)}
                  ${
                    examples.length
                      ? html`<details part="examples" ?open=${options.expand}>
                          <summary aria-describedby=${name}>${messages.examplesLabel}</summary>
                          <ul>
                            ${examples.map((example) => html`<li>${example}</li>`)}
                          </ul>
                        </details>`
                      : nothing
                  }
                </dd>
              </div>`;
            })}
          </dl>`,
    )}
    ${
      rated.some((item) => item.rank) && options.host
        ? fold(
            options.host,
            [ladder, role, messages],
            { part: 'profile-fold', summary: messages.profileTitle, expand: options.expand, messages },
            (views, rtl) => views.roleProfile(ladder, role, messages, rtl),
          )
        : nothing
    }
  </section>`;
}

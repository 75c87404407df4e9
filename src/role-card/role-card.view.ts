import { css, html, nothing, type TemplateResult } from 'lit';
import type { Ladder, Role } from '../data/schema.js';
import type { Notation } from '../internal/format.js';
import { heading } from '../internal/heading.js';
import type { Messages } from '../internal/messages.js';
import { rolesById } from '../internal/roles.js';
import { ladderScale } from '../salary-range/range.js';
import { renderRange } from '../salary-range/salary-range.view.js';

export interface RoleDetailsOptions {
  /** Rank of the role's title; its sections sit one below. */
  level: number;
  locale: string;
  messages: Messages;
  notation?: Notation;
  hidePay?: boolean;
  /** Content placed after the summary, such as `<pm-role-card>`'s default slot. */
  extra?: unknown;
  /** How a related role (next step, reports to) is shown; its title by default. */
  roleRef?: (role: Role) => TemplateResult | string;
  /** Leaves out the title and meta line, where the role's entry already shows them (`<pm-ladder>`). */
  headless?: boolean;
}

function section(part: string, level: number, title: string, items: readonly unknown[]) {
  return html`<section part=${part} class="section">
    ${heading(level, 'section-title', title)}
    <ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
  </section>`;
}

/**
 * The one rendering of a role's details, shared by `<pm-role-card>` and `<pm-ladder>`: title,
 * tier and track, summary, responsibilities, requirements, next steps, reports to, and pay.
 */
export function renderRoleDetails(ladder: Ladder, role: Role, options: RoleDetailsOptions) {
  const { messages } = options;
  const roles = rolesById(ladder);
  const ref = options.roleRef ?? ((other: Role) => other.title);
  const sub = options.headless ? options.level : options.level + 1;
  const tier = ladder.tiers.find((candidate) => candidate.id === role.tier);
  const track = ladder.tracks?.find((candidate) => candidate.id === role.track);
  const next = (role.next ?? []).map((id) => roles.get(id)).filter((other): other is Role => !!other);
  const boss = role.reportsTo ? roles.get(role.reportsTo) : undefined;
  const band = role.pay ?? ladder.pay;

  return html`<div part="details" class="details">
    ${
      options.headless
        ? nothing
        : html`<header class="details-header">
            ${heading(options.level, 'role-title', role.title)}
            <p part="meta" class="meta">
              ${role.abbreviation ? html`<span class="abbreviation">${role.abbreviation}</span>` : nothing}
              ${tier ? html`<span part="tier-label">${tier.name}</span>` : nothing}
              ${track ? html`<span part="track-label">${track.name}</span>` : nothing}
            </p>
          </header>`
    }
    <p part="summary" class="summary">${role.summary}</p>
    ${options.extra ?? nothing}
    ${
      role.responsibilities.length
        ? section('responsibilities', sub, messages.responsibilitiesTitle, role.responsibilities)
        : nothing
    }
    ${role.requirements?.length ? section('requirements', sub, messages.requirementsTitle, role.requirements) : nothing}
    ${
      next.length
        ? section('next', sub, next.length > 1 ? messages.nextTitlePlural : messages.nextTitle, next.map(ref))
        : nothing
    }
    ${boss ? html`<p part="reports-to" class="reports-to">${messages.reportsTo} ${ref(boss)}</p>` : nothing}
    ${
      band && !options.hidePay
        ? html`<div part="pay" class="details-pay">
            ${renderRange({
              band,
              locale: options.locale,
              messages,
              notation: options.notation ?? 'standard',
              acrossRoles: !role.pay,
              scale: ladderScale(ladder, band),
            })}
          </div>`
        : nothing
    }
  </div>`;
}

export const roleDetailsStyles = css`
  .details {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .details-header > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta > * + *::before {
    content: '·';
    margin-inline-end: 0.5em;
  }
  .abbreviation {
    font-weight: 600;
  }
  .summary {
    margin: 0;
  }
  .section > :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.25em;
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .section ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .section li + li {
    margin-block-start: 0.125em;
  }
  .reports-to {
    margin: 0;
  }
  .details-pay {
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
`;

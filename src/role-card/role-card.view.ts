import { css, html, isServer, nothing, type CSSResult, type ReactiveElement, type TemplateResult } from 'lit';
import type { Ladder, Role } from '../data/schema.js';
import type { Notation } from '../internal/format.js';
import { heading } from '../internal/heading.js';
import type { Messages } from '../internal/messages.js';
import { documents } from '../internal/on-demand.js';
import { relatedRoles } from '../internal/roles.js';
import { ladderScale } from '../salary-range/range.js';
import { rangeStyles, renderRange } from '../salary-range/salary-range.view.js';
import { errorStyles } from '../internal/error-view.js';
import { sourcesStyles } from '../internal/sources-view.js';
import { tokens } from '../internal/tokens.js';
import { documentStyles } from '../internal/document-styles.js';

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
  /** Opens every disclosure (examples), as for printing. */
  expand?: boolean;
  /** The element showing the details: the profile chart's fold draws into it (expectations.view.ts). */
  host?: ReactiveElement;
}

export const list = (items: readonly unknown[]) =>
  html`<ul>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;

/** A section of the role's own items, then `more` (what its track shares); nothing when there are neither. */
function section(
  part: string,
  level: number,
  title: string,
  items: readonly unknown[] = [],
  more: unknown = nothing,
) {
  if (!items.length && more === nothing) return nothing;
  return html`<section part=${part} class="section">
    ${heading(level, 'section-title', title)} ${items.length ? list(items) : nothing} ${more}
  </section>`;
}

const reportsTo = (label: string, roles: unknown) =>
  html`<p part="reports-to" class="reports-to">${label} ${roles}</p>`;

/**
 * The one rendering of a role's details, shared by `<pm-role-card>` and `<pm-ladder>`: title,
 * tier and track, summary, responsibilities and requirements (with those its track shares),
 * expectations in each competency, next steps, lateral moves, reports to, and pay. The views of
 * tracks and expectations load on demand, with the validator that a ladder having them went through.
 */
export function renderRoleDetails(ladder: Ladder, role: Role, options: RoleDetailsOptions) {
  const { messages, locale } = options;
  const ref = options.roleRef ?? ((other: Role) => other.title);
  const sub = options.headless ? options.level : options.level + 1;
  const tier = ladder.tiers.find((candidate) => candidate.id === role.tier);
  const track = ladder.tracks?.find((candidate) => candidate.id === role.track);
  // Only a document of its own has tracks, and it loaded their view with the validator.
  const ofTrack = track && documents.now()?.trackParts(track, messages);
  const { next, lateral, bosses } = relatedRoles(ladder, role);
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
              ${ofTrack?.label ?? nothing}
            </p>
          </header>`
    }
    ${role.summary ? html`<p part="summary" class="summary">${role.summary}</p>` : nothing}
    ${options.extra ?? nothing} ${ofTrack?.description ?? nothing}
    ${section('responsibilities', sub, messages.responsibilitiesTitle, role.responsibilities, ofTrack?.responsibilities)}
    ${section('requirements', sub, messages.requirementsTitle, role.requirements, ofTrack?.requirements)}
    ${role.expectations?.length ? (documents.now()?.renderExpectations(ladder, role, sub, options) ?? nothing) : nothing}
    ${section('next', sub, next.length > 1 ? messages.nextTitlePlural : messages.nextTitle, next.map(ref))}
    ${section('lateral', sub, lateral.length > 1 ? messages.lateralTitlePlural : messages.lateralTitle, lateral.map(ref))}
    ${
      bosses.length
        ? // Several roles to report to, "A or B": only in a document of its own, which loaded the validator.
          reportsTo(messages.reportsTo, documents.now()?.alternatives(locale, bosses, ref) ?? bosses.map(ref))
        : nothing
    }
    ${
      band && !options.hidePay
        ? html`<div part="pay" class="details-pay">
            ${renderRange({
              band,
              locale,
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
  /* Each part of the meta line follows a dot, and the line starts a dot's width early: the
     header clips the dot before the first part of every line, wrapped or not. */
  .details-header {
    overflow: hidden;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    row-gap: 0.25em;
    margin: 0.25em 0 0;
    margin-inline-start: -1.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta > ::before {
    content: '·' / '';
    display: inline-block;
    inline-size: 1.25em;
    text-align: center;
  }
  .abbreviation {
    font-weight: 600;
  }
  .summary {
    margin: 0;
  }
  .section > :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    font-weight: 600;
    letter-spacing: 0.04em;
    font-variant-caps: all-small-caps;
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

/**
 * The styles of an element that shows a role's details (`<pm-ladder>`, `<pm-role-card>`), its
 * own last. A server renders with those of competencies too; in the browser an element adopts
 * them once the validator has loaded (see PmElement).
 */
export const stylesWithDetails = (own: CSSResult) => [
  tokens,
  errorStyles,
  rangeStyles,
  sourcesStyles,
  roleDetailsStyles,
  own,
  ...(isServer ? documentStyles : []),
];

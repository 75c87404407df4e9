import { html, nothing } from 'lit';
import type { CardElement } from '../base/card-element.js';
import { renderErrors, renderLoadErrors, renderStatus } from '../internal/error-view.js';
import { headingLevel } from '../internal/heading.js';
import type { LadderController } from '../internal/ladder-controller.js';
import type { Messages } from '../internal/messages.js';
import { findRole } from '../internal/roles.js';
import { renderSources } from '../internal/sources-view.js';
import { adoptStyles } from '../internal/view-loader.js';
import { renderCompare } from '../role-compare/role-compare.view.js';
import type { PmRoleCompare } from '../role-compare/role-compare.js';
import { renderRoleDetails } from './role-card.view.js';
import { roleCardStyles } from './role-card.styles.js';
import { PmRoleCard } from './role-card.js';

/**
 * The card of `<pm-role-card>` and `<pm-role-compare>`: the load's problems and those of the
 * settings, the loading message, then the role's details (named after the role, so that a screen
 * reader's list of articles tells one card from another) or the comparison, and the slots of a
 * role card. Loads with the views (views.ts, pm-ladder.views.js), with the card's styles.
 */
export function renderCard(
  host: CardElement,
  source: LadderController,
  i18n: { messages: Messages; locale: string },
  expand: boolean,
) {
  adoptStyles(host, [roleCardStyles]);
  const { ladder } = source;
  const { locale, messages } = i18n;
  const card = host instanceof PmRoleCard ? host : undefined;
  const found = card && ladder ? findRole(ladder, card.roleId) : undefined;
  const role = found && 'role' in found ? found.role : undefined;
  const problems = host.problems.length
    ? renderErrors(host.problems, messages.errorRoleTitle, messages)
    : nothing;
  return html`<article part="card" class="card" aria-label=${role ? role.title : nothing}>
    ${renderLoadErrors(source, messages)} ${problems} ${renderStatus(source, messages)}
    ${
      role
        ? html`${renderRoleDetails(ladder!, role, {
            level: headingLevel(host.headingLevel, 3),
            locale,
            messages,
            notation: card!.compact ? 'compact' : 'standard',
            hidePay: host.hidePay,
            host,
            expand,
            extra: html`<div class="extra"><slot></slot></div>`,
          })}
          ${renderSources(ladder!.sources, messages)}`
        : !card && !host.problems.length
          ? renderCompare(host as PmRoleCompare, ladder, i18n, expand)
          : nothing
    }
    ${card ? html`<div part="actions" class="actions"><slot name="actions"></slot></div>` : nothing}
  </article>`;
}

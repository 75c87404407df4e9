import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Guidance, Ladder, Role, Tier } from '../data/schema.js';
import { errorStyles, renderLoadErrors } from '../internal/error-view.js';
import { resolveLocale } from '../internal/format.js';
import { heading, headingLevel } from '../internal/heading.js';
import { LadderController } from '../internal/ladder-controller.js';
import { messages } from '../internal/messages.js';
import { renderSources, sourcesStyles } from '../internal/sources-view.js';
import { tokens } from '../internal/tokens.js';
import { ladderScale } from '../salary-range/range.js';
import { rangeStyles, renderRange } from '../salary-range/salary-range.view.js';
import { ladderStyles } from './ladder.styles.js';

/**
 * The whole career ladder: its tiers in order, each role with its title and pay band, the
 * ladder-wide pay band, the guidance on advancing, and the sources of the data.
 *
 * @summary A career ladder, grouped by tier, for any web page.
 * @tagname pm-ladder
 *
 * @fires pm-load - A ladder is shown. `detail.ladder` is the validated document.
 * @fires pm-error - A ladder document could not be shown. `detail.errors` lists `{ path, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart title - The ladder's title.
 * @csspart description - The ladder's description.
 * @csspart pay - A pay band (the ladder-wide one, or a role's).
 * @csspart tiers - The ordered list of tiers.
 * @csspart tier - One tier group: its name and its roles.
 * @csspart tier-name - The heading of a tier group.
 * @csspart roles - The ordered list of roles in a tier.
 * @csspart role - One role entry, holding the role's title.
 * @csspart empty - The message shown when the ladder has no roles.
 * @csspart status - The loading message.
 * @csspart guidance - The section on the key skill and how to advance.
 * @csspart guidance-title - The heading of the guidance section.
 * @csspart guidance-subtitle - The headings inside the guidance section.
 * @csspart sources - The attribution of the ladder's data.
 * @csspart error - The list of problems with a ladder document.
 *
 * @cssprop [--pm-accent=light-dark(#1d4ed8, #8ab4ff)] - The brand colour: tier rules and links.
 * @cssprop [--pm-text=light-dark(#1f2937, #e5e7eb)] - Body text.
 * @cssprop [--pm-muted=light-dark(#4b5563, #aeb6c2)] - Secondary text: labels, notes, sources.
 * @cssprop [--pm-surface=light-dark(#ffffff, #161b22)] - Background of role entries.
 * @cssprop [--pm-surface-raised=color-mix(in srgb, var(--pm-accent) 6%, var(--pm-surface))] - Background of highlighted panels.
 * @cssprop [--pm-border=light-dark(#8b95a5, #6b7480)] - Borders of role entries and panels.
 * @cssprop [--pm-error=light-dark(#b91c1c, #f87171)] - The error view's border.
 * @cssprop [--pm-radius=8px] - Corner radius.
 * @cssprop [--pm-space=1rem] - The base spacing unit.
 * @cssprop [--pm-font-family=system-ui, sans-serif] - The font.
 * @cssprop [--pm-font-size=1rem] - The base font size.
 */
export class PmLadder extends LitElement {
  static override styles = [tokens, errorStyles, rangeStyles, sourcesStyles, ladderStyles];

  /** The ladder document, as an object. Takes precedence over an inline JSON child and `src`. */
  @property({ attribute: false }) ladder?: Ladder;

  /** URL of a ladder document (JSON). Used when neither `ladder` nor an inline JSON child is given. */
  @property({ reflect: true }) src?: string;

  /** The rank of the ladder's title heading (1–6); tier and section headings sit one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hides every pay band. */
  @property({ attribute: 'hide-pay', type: Boolean }) hidePay = false;

  /** Hides the section on the key skill and how to advance. */
  @property({ attribute: 'hide-guidance', type: Boolean }) hideGuidance = false;

  /** The locale for numbers and money (e.g. `de-DE`); defaults to the closest `lang`. */
  @property() locale?: string;

  private readonly source = new LadderController(this);

  protected override render() {
    const { ladder, loading } = this.source;
    return html`<div part="base" class="ladder">
      ${renderLoadErrors(this.source)}
      ${loading ? html`<p part="status" class="status" role="status">${messages.loading}</p>` : nothing}
      ${ladder ? this.renderLadder(ladder) : nothing}
    </div>`;
  }

  private renderLadder(ladder: Ladder) {
    const level = headingLevel(this.headingLevel, 2);
    const locale = resolveLocale(this, this.locale);
    return html`
      <div class="overview">
        <div>
          ${heading(level, 'title', ladder.title)}
          ${ladder.description ? html`<p part="description">${ladder.description}</p>` : nothing}
        </div>
        ${
          ladder.pay && !this.hidePay
            ? html`<div part="pay" class="ladder-pay">
                ${renderRange({ band: ladder.pay, locale, notation: 'standard', acrossRoles: true })}
              </div>`
            : nothing
        }
      </div>
      ${
        ladder.roles.length
          ? this.renderTiers(ladder, level + 1, locale)
          : html`<p part="empty" class="empty">${messages.emptyLadder}</p>`
      }
      ${ladder.guidance && !this.hideGuidance ? this.renderGuidance(ladder.guidance, level + 1) : nothing}
      ${renderSources(ladder.sources)}
    `;
  }

  private renderTiers(ladder: Ladder, level: number, locale: string) {
    const byTier = new Map<string, Role[]>();
    for (const role of ladder.roles) {
      const roles = byTier.get(role.tier);
      if (roles) roles.push(role);
      else byTier.set(role.tier, [role]);
    }
    const tiers = ladder.tiers.filter((tier) => byTier.has(tier.id));
    return html`<ol part="tiers" aria-label=${messages.levelsLabel}>
      ${tiers.map((tier) => this.renderTier(ladder, tier, byTier.get(tier.id)!, level, locale))}
    </ol>`;
  }

  private renderTier(ladder: Ladder, tier: Tier, roles: Role[], level: number, locale: string) {
    return html`<li part="tier" data-tier=${tier.id}>
      ${heading(level, 'tier-name', tier.name)}
      <ol part="roles">
        ${roles.map(
          (role) =>
            html`<li part="role" data-role=${role.id}>
              <span class="role-title">${role.title}</span>
              ${role.abbreviation ? html`<span class="role-abbreviation">${role.abbreviation}</span>` : nothing}
              ${
                role.pay && !this.hidePay
                  ? html`<div part="pay" class="role-pay">
                      ${renderRange({ band: role.pay, locale, notation: 'standard', scale: ladderScale(ladder, role.pay) })}
                    </div>`
                  : nothing
              }
            </li>`,
        )}
      </ol>
    </li>`;
  }

  private renderGuidance(guidance: Guidance, level: number) {
    const sub = level + 1;
    return html`<section part="guidance">
      ${heading(level, 'guidance-title', messages.guidanceTitle)}
      ${heading(sub, 'guidance-subtitle', messages.keySkillTitle)}
      <p>${guidance.skill}</p>
      ${guidance.questionsIntro ? html`<p>${guidance.questionsIntro}</p>` : nothing}
      ${
        guidance.questions?.length
          ? html`<ol>
              ${guidance.questions.map((question) => html`<li>${question}</li>`)}
            </ol>`
          : nothing
      }
      ${
        guidance.advice?.length
          ? html`${heading(sub, 'guidance-subtitle', messages.adviceTitle)}
              <ul>
                ${guidance.advice.map((advice) => html`<li>${advice}</li>`)}
              </ul>`
          : nothing
      }
    </section>`;
  }
}

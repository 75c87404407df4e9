import { css, html, nothing } from 'lit';
import type { PayBand } from '../data/schema.js';
import { formatBand } from './format.js';
import { messages } from './messages.js';

/** A pay band as text: what kind of figure it is, the amounts with period and currency, and where it comes from. */
export function renderPayBand(band: PayBand, locale: string, acrossRoles: boolean) {
  const label = [
    band.kind ? messages.payKind[band.kind] : undefined,
    acrossRoles ? messages.payRangeAcrossRoles : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const origin = [band.source, band.asOf, band.location].filter(Boolean).join(', ');
  return html`<div part="pay" class="pay">
    ${label ? html`<span class="pay-label">${label}</span>` : nothing}
    <bdi class="pay-amount">${formatBand(band, locale)}</bdi>
    ${band.note ? html`<span class="pay-note">${band.note}</span>` : nothing}
    ${origin ? html`<span class="pay-source">${origin}</span>` : nothing}
  </div>`;
}

export const payStyles = css`
  .pay {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
  }
  .pay-label,
  .pay-note,
  .pay-source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .pay-label {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.75em;
  }
  .pay-amount {
    display: block;
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
`;

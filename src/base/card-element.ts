import { css, html, isServer, type PropertyDeclarations } from 'lit';
import type { LadderError } from '../data/problems.js';
import { renderLoadErrors, renderStatus } from '../internal/error-view.js';
import { documents } from '../internal/on-demand.js';
import { roleCardStyles } from '../role-card/role-card.styles.js';
import { stylesWithDetails } from '../role-card/role-card.view.js';
import { PmElement } from './pm-element.js';

/**
 * What `<pm-role-card>` and `<pm-role-compare>` share: a card, whose view loads on demand with
 * the views of a ladder (pm-ladder.views.js: card.view.ts, loaded by pm-ladder.documents.js),
 * even for the default ladder, which the ladder controller then waits for with the loading
 * message on show; `hide-pay` and `heading-level`; and printing unfolded.
 */
export abstract class CardElement extends PmElement {
  // The card's own styles come with its view; the width it keeps is here, so that it takes its
  // place while that loads. A server renders with them.
  static override styles = [
    ...stylesWithDetails(css`
      :host {
        max-inline-size: 44rem;
      }
    `),
    ...(isServer ? [roleCardStyles] : []),
  ];

  static override properties: PropertyDeclarations = {
    hidePay: { attribute: 'hide-pay', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Hides the pay bands. */
  hidePay = false;

  /** The rank of the card's heading (1–6); its sections sit one below. */
  headingLevel = 3;

  /**
   * The problems of the element's settings, found by `settle()`, shown and reported.
   * @internal
   */
  problems: readonly LadderError[] = [];

  protected override get unfoldsForPrint(): boolean {
    return true;
  }

  protected override problemsOnShow(): readonly LadderError[] {
    return this.problems;
  }

  protected override render() {
    const { messages } = this.i18n;
    return (
      documents.now()?.renderCard(this, this.source, this.i18n, this.printing) ??
      html`<article part="card" class="card">
        ${renderLoadErrors(this.source, messages)} ${renderStatus(this.source, messages)}
      </article>`
    );
  }
}

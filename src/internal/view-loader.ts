import { html, nothing, render, type ReactiveElement } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { CSSResult } from 'lit';
import { defaultLadder } from '../data/default-ladder.js';
import type { Ladder } from '../data/schema.js';
import type { LadderError } from '../data/problems.js';
import type { PmLadder, View } from '../ladder/ladder.js';
import type { PmRoleCompare } from '../role-compare/role-compare.js';
import type { CardElement } from '../base/card-element.js';
import type { PmSalaryRange } from '../salary-range/salary-range.js';
import type { LadderController } from './ladder-controller.js';
import { renderErrors } from './error-view.js';
import type { Messages } from './messages.js';
import { onDemand } from './on-demand.js';
import type * as Views from './views.js';

/** The matrix and the comparison (views.ts): in the bundle, pm-ladder.views.js, loaded the first time an element needs them. */
export const views = onDemand<typeof Views>((_again) => import('./views.js'));

/** The English labels of the views once they are here (view-messages.ts). */
export const viewLabels = () => views.now()?.enViews;

/** Adds style sheets to an element's shadow root once, after those it has; a server renders with them already. */
export function adoptStyles(host: ReactiveElement, styles: readonly CSSResult[]): void {
  const root = host.renderRoot as ShadowRoot | undefined;
  if (!root?.adoptedStyleSheets) return;
  const sheets = styles.map((style) => style.styleSheet!);
  if (!root.adoptedStyleSheets.includes(sheets[0]!)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  }
}

/** Why the views are not here, after a failed load: shown where they would be. */
let failure: LadderError[] | undefined;

/**
 * The views, with their styles adopted by `host`: now when they are here, and `host` updates
 * again when they come, or when they first fail to (the next update asks again).
 */
function viewsFor(host: ReactiveElement): typeof Views | undefined {
  const module = views.now();
  if (module) adoptStyles(host, module.viewStyles);
  else {
    const loading = views.load().then(
      () => host.requestUpdate(),
      (error: unknown) => {
        if (!failure) host.requestUpdate();
        failure = [{ path: '', message: `pm-ladder.views.js, beside pm-ladder.bundle.js, did not load (${String(error)})` }];
      },
    );
    waiting.set(host, loading);
    loading.then(() => waiting.get(host) === loading && waiting.delete(host));
  }
  return module;
}

/** The load of the views each element waits for, until it has ended. */
const waiting = new WeakMap<ReactiveElement, Promise<unknown>>();

/** The load of the views `host` waits for, if any: its `updateComplete` waits for it too. */
export const viewsLoading = (host: ReactiveElement) => waiting.get(host);

/** While the views are not here: the error of their last load, else the loading message. */
// Busy, as the loading message of a ladder on its way: the element holds `--pm-loading-block-size`.
const notYet = (messages: Messages) =>
  failure
    ? renderErrors(failure, messages.errorTitle, messages)
    : html`<p part="status" class="status busy">${messages.loading}</p>`;

/**
 * Renders what the views draw into `box` once they are here: for what an element shows in a fold
 * it opens (a role's profile chart, the comparison under a ladder's path sentence). The box holds
 * nothing that a template of the element renders, so that a part of the element that renders
 * again only when what it shows changes keeps what is drawn there.
 */
export function drawInto(box: Element, draw: (module: typeof Views) => unknown): void {
  const host = (box.getRootNode() as ShadowRoot).host as ReactiveElement | undefined;
  if (!host) return; // Left the page before the views came.
  const module = viewsFor(host);
  if (module) render(draw(module), box as HTMLElement);
  else views.load().then(() => drawInto(box, draw), () => undefined);
}

/**
 * What `<pm-ladder>` shows beyond its tiers: with `current` and `target`, under the path
 * sentence, their comparison in a fold, drawn once it is opened (or printed); with competencies,
 * the switch between the ladder and the matrix, and in the matrix view the matrix in place of
 * the tiers (or, until pm-ladder.views.js is here, the loading message).
 */
export function ladderViews(
  host: PmLadder,
  view: View,
  level: number,
  i18n: { messages: Messages; locale: string },
  expand: boolean,
) {
  const { ladder, current, target } = view;
  const { messages } = i18n;
  const competencies = !!ladder.competencies?.length;
  const matrix = competencies && host.view === 'matrix';
  // The bundled default ladder shows without this file, and so offers no comparison: a page shows
  // one of it with <pm-role-compare>. A fold of its own for each pair, closed when it changes.
  const pair = current && target && current !== target && ladder !== defaultLadder;
  // Printed, the comparison is in the template: a fold's toggle comes too late for the page
  // being printed. Without the views here yet, the fold prints closed.
  const printed = expand && pair ? viewsFor(host) : undefined;
  const choose = (name: 'ladder' | 'matrix') =>
    html`<button
      type="button"
      aria-pressed=${(name === 'matrix') === matrix ? 'true' : 'false'}
      @click=${() => {
        host.view = name;
        host.writeHash();
      }}
    >
      ${name === 'matrix' ? messages.viewMatrix : messages.viewLadder}
    </button>`;
  return {
    above: html`${
      pair
        ? keyed(
            `${current.id} ${target.id}`,
            html`<details
              part="compare-offer"
              class="compare-offer"
              ?open=${!!printed}
              @toggle=${(event: Event) => {
                const fold = event.target as HTMLDetailsElement;
                if (fold.open && !expand) {
                  drawInto(fold.lastElementChild!, (module) =>
                    module.ladderComparison(host, ladder, { current, target }, { level, ...i18n, expand }),
                  );
                }
              }}
            >
              <summary>${messages.compareOffer(current.title, target.title)}</summary>
              ${printed?.ladderComparison(host, ladder, { current, target }, { level, ...i18n, expand }) ?? nothing}
              <div ?hidden=${!!printed}></div>
            </details>`,
          )
        : nothing
    }
    ${
      competencies
        ? html`<div part="view-switch" class="view-switch" role="group" aria-label=${messages.viewSwitch}>
            ${choose('ladder')} ${choose('matrix')}
          </div>`
        : nothing
    }`,
    matrix: matrix ? (viewsFor(host)?.ladderMatrix(host, view, messages, expand) ?? notYet(messages)) : undefined,
  };
}

/** The problems of `<pm-role-compare>`'s `from` and `to`, once the views are here to find them. */
export const compareProblems = (host: PmRoleCompare, ladder?: Ladder): LadderError[] =>
  viewsFor(host)?.compareProblems(ladder, host.from, host.to) ?? [];

/** The card of `<pm-role-card>` and `<pm-role-compare>` (card.view.ts), once the views are here; until then the loading message. */
export const renderCard = (
  host: CardElement,
  source: LadderController,
  i18n: { messages: Messages; locale: string },
  expand: boolean,
) =>
  viewsFor(host)?.renderCard(host, source, i18n, expand) ??
  html`<article part="card" class="card">${notYet(i18n.messages)}</article>`;

/** The band of a bound `<pm-salary-range>` (bound.ts), once the views are here; until then the loading message in its place. */
export const boundBand = (
  host: PmSalaryRange,
  ladder: Ladder,
  roleId: string | undefined,
  marker: number | undefined,
  messages: Messages,
) => viewsFor(host)?.boundBand(ladder, roleId, marker, messages) ?? { empty: messages.loading };

/** `<pm-role-compare>`'s comparison, once the views are here; its loading message until then. */
export function renderCompare(
  host: PmRoleCompare,
  ladder: Ladder | undefined,
  i18n: { messages: Messages; locale: string },
  expand: boolean,
) {
  const module = views.now();
  return module ? module.renderCompare(host, ladder, i18n, expand) : notYet(i18n.messages);
}

import { html, isServer, nothing, render, type ReactiveElement } from 'lit';
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
import { renderErrors, renderStatus } from './error-view.js';
import type { Messages } from './messages.js';
import { onDemand } from './on-demand.js';
import type * as Views from './views.js';

/** The matrix and the comparison (views.ts): in the bundle, pm-ladder.views.js, loaded the first time an element needs them. */
export const views = onDemand<typeof Views>((_again) => import('./views.js'));

/** Whether an element is drawn right to left (a server draws left to right: it has no layout to ask). */
export const rtlOf = (element: Element) => !isServer && element.matches(':dir(rtl)');

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

/** Why the views are not here, after their load failed: shown where they would be, and not asked for again. */
let failure: LadderError[] | undefined;

/** The elements that asked for the views while they load: each updates once they come, or fail to. */
const waiting = new Map<ReactiveElement, Promise<unknown>>();

/**
 * The views, with their styles adopted by `host`: now when they are here; else undefined, and
 * `host` updates again when they come or fail to. After a failure, the page has them no more
 * (its elements show why) until it is loaded again.
 */
function viewsFor(host: ReactiveElement): typeof Views | undefined {
  const module = views.now();
  if (module) adoptStyles(host, module.viewStyles);
  else if (!failure && !waiting.has(host)) {
    const loading = views.load().then(
      () => undefined,
      (error: unknown) => {
        failure ??= [
          {
            path: '',
            message: `pm-ladder.views.js, beside pm-ladder.bundle.js, did not load (${String(error)})`,
          },
        ];
      },
    );
    waiting.set(host, loading);
    loading.then(() => {
      waiting.delete(host);
      host.requestUpdate();
    });
  }
  return module;
}

/** The load of the views `host` waits for, if any: its `updateComplete` waits for it too. */
export const viewsLoading = (host: ReactiveElement) => waiting.get(host);

/**
 * While the views are not here: the error of their load, else the loading message, busy as the
 * loading message of a ladder on its way (the element holds `--pm-loading-block-size`).
 */
const notYet = (messages: Messages) =>
  failure
    ? renderErrors(failure, messages.errorTitle, messages)
    : html`<p part="status" class="status busy">${messages.loading}</p>`;

/** A number for each object a fold's drawing depends on, for the fold's key. */
const ids = new WeakMap<object, number>();
let next = 0;
const idOf = (part: unknown) => {
  if (typeof part !== 'object' || !part) return String(part);
  let id = ids.get(part);
  if (id === undefined) ids.set(part, (id = next++));
  return `#${id}`;
};

/**
 * What a fold shows that the views draw (a role's profile chart, the comparison under a ladder's
 * path): printed (`expand`), in the template when the views are here, since a fold's toggle
 * comes too late for the page being printed; on screen, drawn into the fold's box once it is
 * opened, by `render` into a box that no template of the element renders, so that a part of the
 * element rendered again only when what it shows changes keeps it. The fold is made anew (closed)
 * when what it draws changes: one of `dependsOn` (objects by identity), or the direction.
 */
export function fold(
  host: ReactiveElement,
  dependsOn: readonly unknown[],
  options: { part: string; summary: unknown; expand?: boolean; messages: Messages },
  draw: (module: typeof Views, rtl: boolean) => unknown,
) {
  const printed = options.expand ? viewsFor(host) : undefined;
  const rtl = rtlOf(host);
  return keyed(
    [...dependsOn, rtl].map(idOf).join(' '),
    html`<details
      part=${options.part}
      class=${options.part}
      ?open=${!!printed}
      @toggle=${(event: Event) => {
        const details = event.target as HTMLDetailsElement;
        if (details.open && !printed) drawInto(details, options.messages, (module) => draw(module, rtl));
      }}
    >
      <summary>${options.summary}</summary>
      ${printed ? draw(printed, rtl) : nothing}
      <div ?hidden=${!!printed}></div>
    </details>`,
  );
}

/** Draws into an open fold's box, once the views are here; their failure, where they would be. */
function drawInto(
  details: HTMLDetailsElement,
  messages: Messages,
  draw: (module: typeof Views) => unknown,
): void {
  const host = (details.getRootNode() as ShadowRoot).host as ReactiveElement | undefined;
  if (!host) return; // Left the page before the views came.
  const box = details.lastElementChild as HTMLElement;
  const module = viewsFor(host);
  if (module) render(draw(module), box);
  else if (failure) render(notYet(messages), box);
  else waiting.get(host)?.then(() => drawInto(details, messages, draw));
}

/**
 * What `<pm-ladder>` shows beyond its tiers: with `current` and `target`, under the path
 * sentence, their comparison in a fold (drawn once it is opened, or printed); with competencies,
 * the switch between the ladder and the matrix, and in the matrix view the matrix in place of
 * the tiers (or, until pm-ladder.views.js is here, the loading message). A static page (no
 * script) hides the controls, which need it (document-styles.ts).
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
  // No matrix of no roles: the filters' message says why there are none.
  const matrix = competencies && host.view === 'matrix' && view.layout.order.length;
  // The bundled default ladder shows without this file, and so offers no comparison: a page shows
  // one of it with <pm-role-compare>.
  const pair = current && target && current !== target && ladder !== defaultLadder;
  const choose = (name: 'ladder' | 'matrix') =>
    html`<button
      type="button"
      aria-pressed=${(name === 'matrix') === !!matrix ? 'true' : 'false'}
      @click=${() => {
        host.view = name;
        host.writeHash();
      }}
    >
      ${name === 'matrix' ? messages.viewMatrix : messages.viewLadder}
    </button>`;
  const options = { level, ...i18n, expand, hidePay: host.hidePay };
  return {
    above: html`${
      pair
        ? fold(
            host,
            [current, target, messages, host.hidePay],
            {
              part: 'compare-offer',
              summary: messages.compareOffer(current.title, target.title),
              expand,
              messages,
            },
            (module, rtl) => module.ladderComparison(ladder, { current, target }, { ...options, rtl }),
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
    matrix: matrix
      ? (viewsFor(host)?.ladderMatrix(host, view, messages, expand) ?? notYet(messages))
      : undefined,
  };
}

/** A `view` that is not one of `<pm-ladder>`'s, or the matrix of a ladder without competencies: located, and the ladder shown. */
export function viewProblems(view: string | undefined, ladder: Ladder): LadderError[] {
  if (!view || view === 'ladder' || (view === 'matrix' && ladder.competencies?.length)) return [];
  return [
    {
      path: 'view',
      message:
        view === 'matrix'
          ? 'the matrix shows competencies, and this ladder has none; it shows as a ladder'
          : `${JSON.stringify(view)} is not a view; views are ladder and matrix`,
    },
  ];
}

/** The problems of `<pm-role-compare>`'s `from` and `to`, once the views are here to find them (or why they are not). */
export const compareProblems = (host: PmRoleCompare, ladder?: Ladder): LadderError[] =>
  viewsFor(host)?.compareProblems(ladder, host.from, host.to) ?? failure ?? [];

/**
 * The card of `<pm-role-card>` and `<pm-role-compare>` (card.view.ts), once the views are here;
 * until then the loading message, and the status region the card says "Loaded" in, which is on
 * the page from the first render so that a screen reader hears what it says.
 */
export const renderCard = (
  host: CardElement,
  source: LadderController,
  i18n: { messages: Messages; locale: string },
  expand: boolean,
) =>
  viewsFor(host)?.renderCard(host, source, i18n, expand) ??
  html`<article part="card" class="card">
    ${failure ? notYet(i18n.messages) : renderStatus({ loading: true, said: source.said }, i18n.messages)}
  </article>`;

/** The band of a bound `<pm-salary-range>` (bound.ts), once the views are here; until then the loading message in its place. */
export const boundBand = (
  host: PmSalaryRange,
  ladder: Ladder,
  roleId: string | undefined,
  marker: number | undefined,
  messages: Messages,
) =>
  viewsFor(host)?.boundBand(ladder, roleId, marker, messages) ??
  (failure ? { errors: failure } : { empty: messages.loading });

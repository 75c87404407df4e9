import { html, nothing, type ReactiveElement } from 'lit';
import type { CSSResult } from 'lit';
import { defaultLadder } from '../data/default-ladder.js';
import type { Ladder } from '../data/schema.js';
import type { LadderError } from '../data/problems.js';
import type { PmLadder, View } from '../ladder/ladder.js';
import type { PmRoleCompare } from '../role-compare/role-compare.js';
import { renderErrors } from './error-view.js';
import type { Messages } from './messages.js';
import { onDemand } from './on-demand.js';
import type * as Views from './views.js';

/** The matrix and the comparison (views.ts): in the bundle, pm-ladder.views.js, loaded the first time an element needs them. */
const views = onDemand<typeof Views>((_again) => import('./views.js'));

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

/**
 * The views module once it is here, with its styles adopted by `host`; until then undefined, and
 * `host` updates again when it comes, or when it first fails to.
 */
function viewsFor(host: ReactiveElement): typeof Views | undefined {
  const module = views.now();
  if (module) adoptStyles(host, module.viewStyles);
  else {
    views.load().then(
      () => host.requestUpdate(),
      (error: unknown) => {
        // Said once, and shown; the next update of the element asks again.
        if (!failure) host.requestUpdate();
        failure = [{ path: '', message: `pm-ladder.views.js, beside pm-ladder.bundle.js, did not load (${String(error)})` }];
      },
    );
  }
  return module;
}

/** Why the views are not here, after a failed load. */
let failure: LadderError[] | undefined;

/** While the views are not here: the error of their last load, else the loading message. */
const waiting = (messages: Messages) =>
  failure ? renderErrors(failure, messages.errorTitle, messages) : html`<p part="status" class="status">${messages.loading}</p>`;

/** The comparison each ladder has open, as "<current> <target>". */
const opened = new WeakMap<PmLadder, string>();

/**
 * What `<pm-ladder>` shows beyond its tiers: with `current` and `target`, under the path
 * sentence, their comparison in a fold, rendered once it is opened (or printed); with
 * competencies, the switch between the ladder and the matrix, and in the matrix view the matrix
 * in place of the tiers. The matrix and the comparison come with pm-ladder.views.js: until it
 * is here, the matrix view says it is loading, and an open fold is empty.
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
  // one of it with <pm-role-compare>.
  const pair =
    current && target && current !== target && ladder !== defaultLadder ? `${current.id} ${target.id}` : undefined;
  const open = expand || (!!pair && opened.get(host) === pair);
  const module = matrix || open ? viewsFor(host) : undefined;
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
  const above = html`${
    pair
      ? html`<details
          part="compare-offer"
          class="compare-offer"
          ?open=${open}
          @toggle=${(event: Event) => {
            if (expand || (event.target as HTMLDetailsElement).open === open) return;
            if (open) opened.delete(host);
            else opened.set(host, pair);
            host.requestUpdate();
          }}
        >
          <summary>${messages.compareOffer(current!.title, target!.title)}</summary>
          ${
            open && module
              ? module.ladderComparison(host, ladder, { current: current!, target: target! }, { level, ...i18n, expand })
              : nothing
          }
        </details>`
      : nothing
  }
  ${
    competencies
      ? html`<div part="view-switch" class="view-switch" role="group" aria-label=${messages.viewSwitch}>
          ${choose('ladder')} ${choose('matrix')}
        </div>`
      : nothing
  }`;
  return {
    above,
    matrix: matrix
      ? (module?.ladderMatrix(host, view, messages, expand) ?? waiting(messages))
      : undefined,
  };
}

/** The problems of `<pm-role-compare>`'s `from` and `to`, once the views are here to find them. */
export const compareProblems = (host: PmRoleCompare, ladder?: Ladder): LadderError[] =>
  viewsFor(host)?.compareProblems(ladder, host.from, host.to) ?? [];

/** `<pm-role-compare>`'s comparison, once the views are here; its loading message until then. */
export function renderCompare(
  host: PmRoleCompare,
  ladder: Ladder | undefined,
  i18n: { messages: Messages; locale: string },
  expand: boolean,
) {
  const module = views.now();
  return module ? module.renderCompare(host, ladder, i18n, expand) : waiting(i18n.messages);
}

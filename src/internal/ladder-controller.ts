import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { defaultLadder } from '../data/default-ladder.js';
import type { Ladder } from '../data/schema.js';
import type { LadderError, LadderResult } from '../data/problems.js';
import { emit } from './events.js';
import { fetchLadder, notLoaded, type LadderFormat } from './fetch-ladder.js';
import { documents } from './on-demand.js';

type Documents = NonNullable<ReturnType<typeof documents.now>>;

/** What an element must offer to have its ladder loaded: the `ladder` property and the `src` attribute. */
export interface LadderSourceHost extends ReactiveControllerHost, HTMLElement {
  ladder?: unknown;
  src?: string | null;
  /** Milliseconds a `src` request may take. */
  loadTimeout?: number;
  /** How `src` is read; without it, as its answer says. */
  format?: LadderFormat | null;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Finds, loads and validates an element's ladder, in the order of the contract: the `ladder`
 * property, an inline `<script type="application/json">` child, the `src` URL, the default
 * ladder. It keeps the last good ladder on show when a newer document fails, and fires
 * `pm-load` and `pm-error` once the element has rendered the outcome.
 */
export class LadderController implements ReactiveController {
  /** The ladder on show: the last one that passed validation. */
  ladder?: Ladder;
  /** The problems of the newest document, empty when it is the one on show. */
  errors: readonly LadderError[] = [];
  /** True while a `src` request, or the code a document waits for, is on its way. */
  loading = false;
  /**
   * While a document given as the property or inline waits for the code that loads on demand
   * (documents.ts): settles once it is settled. `updateComplete` waits for it.
   */
  pending?: Promise<void>;
  /** What the live region says: the ladders that the last load put on show (announce.ts). */
  said?: string[];

  readonly #host: LadderSourceHost;
  #inline: string | null = null;
  #inputs?: readonly unknown[];
  #request?: AbortController;
  #observer?: MutationObserver;
  #outcome?: LadderResult;
  /** Whether the outcome to come ends a load that the page waited for, to be announced. */
  #waited = false;

  readonly #active: () => boolean;

  /**
   * @param active whether the host wants a ladder at all; `<pm-salary-range>` given its own
   *   `min` and `max` does not, and is then spared the loading and the events.
   */
  constructor(host: LadderSourceHost, active: () => boolean = () => true) {
    this.#host = host;
    this.#active = active;
    host.addController(this);
  }

  hostConnected(): void {
    // The inline document may have changed while the element was away and unobserved.
    this.#checkInline();
    this.#observer ??= new MutationObserver(this.#checkInline);
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    // Back on the page after a request was cut short: ask again.
    if (this.#inputs === undefined) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    const request = this.#request;
    if (!request) return;
    // Moved, not removed, when it is back before the task ends: keep the request going.
    queueMicrotask(() => {
      if (this.#host.isConnected || this.#request !== request) return;
      request.abort();
      this.#request = undefined;
      this.loading = false;
      this.#inputs = undefined;
    });
  }

  hostUpdate(): void {
    // A detached element still updates; it loads nothing and fires nothing until it is back.
    // On a server no element is connected: it shows its `ladder` property, else the default.
    if (!this.#host.isConnected && !isServer) {
      this.#inputs = undefined;
      // A document waiting for the validator is checked again once the element is back.
      this.pending = undefined;
      this.loading = false;
      return;
    }
    const ladder = this.#host.ladder ?? undefined;
    const src = this.#host.src || undefined;
    // Any other value than `json` or `csv` reads the answer as it says (request-ladder.ts).
    const format = this.#host.format || undefined;
    const active = this.#active();
    const inputs = [active, ladder, this.#inline, src, format] as const;
    if (this.#inputs && inputs.every((value, i) => Object.is(value, this.#inputs![i]))) return;
    this.#inputs = inputs;
    this.said = undefined;
    this.pending = undefined;
    this.#request?.abort();
    this.#request = undefined;
    this.loading = false;

    if (!active) {
      this.ladder = undefined;
      this.errors = [];
    } else if (ladder !== undefined) this.#check((module) => module.checkProperty(ladder));
    else if (this.#inline !== null) {
      const inline = this.#inline;
      this.#check((module) => module.checkInline(inline));
    } else if (src) this.#load(src, format);
    else {
      const fallback: LadderResult = { ok: true, ladder: defaultLadder, warnings: [] };
      // Every element but `<pm-ladder>` (the one with a `view`) shows even the default ladder with
      // views that load on demand (documents.ts): as for a document of its own, once they are here.
      if (!('view' in this.#host)) this.#check(() => fallback);
      else this.#settle(fallback);
    }
  }

  hostUpdated(): void {
    const outcome = this.#outcome;
    if (!outcome) return;
    this.#outcome = undefined;
    if (outcome.ok) {
      // Only the validator finds what a document holds and does not show: it is here when there is any.
      if (outcome.warnings.length) documents.now()?.warnOnce(outcome);
      emit(this.#host, 'pm-load', { ladder: outcome.ladder, warnings: outcome.warnings });
      // A load waited for is told (the code that tells it came with the validator).
      if (this.#waited) documents.now()?.announce(this, this.#host, outcome.ladder);
    } else emit(this.#host, 'pm-error', { errors: outcome.errors });
  }

  /** Validates a document now when the validator is here, else once it has loaded. */
  #check(validate: (module: Documents) => LadderResult): void {
    const module = documents.now();
    if (module) {
      this.#settle(validate(module));
      return;
    }
    this.loading = true;
    const pending: Promise<void> = (this.pending = documents
      .load()
      .then(validate, notLoaded)
      .then((outcome) => {
        // A newer document, or the element leaving the page, has put this one aside.
        if (this.pending !== pending) return;
        this.pending = undefined;
        this.loading = false;
        this.#settle(outcome, true);
        this.#host.requestUpdate();
      }));
  }

  #load(src: string, format?: LadderFormat): void {
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    // A server renders the loading state; the browser fetches.
    if (isServer) return;
    const timeout = this.#host.loadTimeout;
    fetchLadder(src, request.signal, timeout && timeout > 0 ? timeout : undefined, format).then(
      (result) => {
        if (this.#request !== request) return;
        this.#request = undefined;
        this.loading = false;
        this.#settle(result, true);
        this.#host.requestUpdate();
      },
      () => {
        // Aborted: a newer source replaced this one, or the element left the page.
      },
    );
  }

  /** @param waited whether the page waited for this outcome: a request, or code loaded on demand. */
  #settle(result: LadderResult, waited = false): void {
    this.#waited = waited;
    if (result.ok) {
      this.ladder = result.ladder;
      this.errors = [];
    } else {
      this.errors = result.errors;
    }
    this.#outcome = result;
  }

  /** Reads the inline JSON child, and asks for an update when its text has changed. */
  readonly #checkInline = (): void => {
    const inline = this.#host.querySelector(INLINE_SELECTOR)?.textContent ?? null;
    if (inline === this.#inline) return;
    this.#inline = inline;
    this.#host.requestUpdate();
  };
}

import { LitElement, isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Ladder } from '../data/schema.js';
import type { LadderError } from '../data/validate.js';
import { ProblemReporter } from '../internal/events.js';
import { Localizer } from '../internal/i18n.js';
import type { LadderFormat } from '../internal/fetch-ladder.js';
import { LadderController } from '../internal/ladder-controller.js';
import { documents } from '../internal/on-demand.js';
import type { Strings } from '../internal/messages.js';
import type { Theme } from '../internal/tokens.js';

/**
 * What the three elements share: where the ladder comes from (`ladder`, an inline JSON child,
 * `src`, the default), the locale and labels, the colour scheme, the report of problems through
 * `pm-error`, and rendering on a server (`pm-ladder render`) and taking that markup over.
 */
export abstract class PmElement extends LitElement {
  static override properties: PropertyDeclarations = {
    ladder: { attribute: false },
    src: { reflect: true },
    format: { reflect: true },
    loadTimeout: { attribute: 'load-timeout', type: Number },
    locale: {},
    strings: { attribute: false },
    theme: { reflect: true },
    printing: { state: true, attribute: false },
  };

  /** The ladder document, as an object. Takes precedence over an inline JSON child and `src`. */
  ladder?: Ladder;

  /** URL of a ladder document (JSON) or of a sheet (CSV; see `format`). Used when neither `ladder` nor an inline JSON child is given. */
  src?: string;

  /**
   * How `src` is read: `csv`, a sheet in the layout of docs/sheet-layout.md, or `json`. Without it, a `text/csv` answer or a path ending `.csv` is a sheet, anything else JSON.
   * @type {'json' | 'csv' | undefined}
   */
  format?: LadderFormat;

  /** Milliseconds a `src` request may take before it is given up with a message (default 20000). */
  loadTimeout?: number;

  /** The locale for labels, numbers and money (e.g. `de-DE`); defaults to the closest `lang`. Labels ship in English, German, French, Spanish and Arabic. */
  locale?: string;

  /** Replacements for any label, by name, e.g. `{ youAreHere: 'Your role' }`; the names are those of the `Messages` type. */
  strings?: Strings;

  /**
   * `light` or `dark` forces a colour scheme; without it (or with `auto`) the element follows the page's `color-scheme`.
   * @type {'auto' | 'light' | 'dark' | undefined}
   */
  theme?: Theme;

  /**
   * True during the first update of an element that takes over a shadow root written by a server
   * (Lit's hydration support loaded): that update must render what the server did.
   */
  protected hydrating = false;

  /** True between `beforeprint` and `afterprint`: everything is printed open (`<pm-ladder>`'s roles, examples). */
  protected printing = false;

  readonly #onBeforePrint = () => (this.printing = true);
  readonly #onAfterPrint = () => (this.printing = false);

  /** Whether the element prints something that is folded on screen: it then follows `printing`. */
  protected get unfoldsForPrint(): boolean {
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.unfoldsForPrint) return;
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  protected readonly source = new LadderController(this, () => this.usesLadder());
  protected readonly i18n = new Localizer(this);
  readonly #problems = new ProblemReporter();

  /** Whether the element shows something of a ladder now (a standalone pay band does not). */
  protected usesLadder(): boolean {
    return true;
  }

  /** Works out what to show, from the settled ladder and settings; runs before each render. */
  protected abstract settle(): void;

  /** The problems with the ladder or the settings that the element shows now, to report as `pm-error`. */
  protected abstract problemsOnShow(): readonly LadderError[];

  /**
   * Also waits for a document given as the property or inline to be shown when it waits for code
   * that loads on demand (the validator), and for the views the element has asked for
   * (pm-ladder.views.js): `await el.updateComplete` then sees it, or its errors. A `src` document
   * is not waited for; `pm-load` and `pm-error` say when it is shown.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.source.pending; pending; pending = this.source.pending) {
      await pending;
      // Still the same: put aside without an update to wait for (the element left the page).
      if (this.source.pending === pending) break;
      complete = await super.getUpdateComplete();
    }
    const views = documents.now()?.viewsLoading(this);
    return views ? views.then(() => super.getUpdateComplete()) : complete;
  }

  // In update(), not willUpdate(): the ladder controller has settled the ladder by then.
  protected override update(changed: PropertyValues<this>): void {
    this.settle();
    if (this.source.ladder) this.#adoptDocumentStyles();
    super.update(changed);
  }

  /**
   * Adds the styles that load with the validator (document-styles.ts: what only a ladder document
   * of its own may hold) in the first update after they are here: the bundled default ladder does
   * without them until then, and shows nothing they style. A server has them already.
   */
  #adoptDocumentStyles(): void {
    const module = documents.now();
    module?.adoptStyles(this, module.documentStyles);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.hydrating = false;
    this.#problems.report(this, this.problemsOnShow());
  }

  /**
   * The render root, which may hold markup written by a server (`pm-ladder render`). With Lit's
   * hydration support loaded first (pm-ladder.hydrate.bundle.js) the element takes that markup
   * over. Without it (pm-ladder.bundle.js) Lit would draw the element a second time, in front of
   * the server's markup (`renderBefore`): that markup is dropped, and the element drawn once, afresh.
   */
  protected override createRenderRoot() {
    // Whether the shadow root came from a server is read before Lit takes it as its render root.
    const serverRendered = !!this.shadowRoot;
    const root = super.createRenderRoot();
    if (serverRendered && this.renderOptions.renderBefore) {
      root.replaceChildren();
      this.renderOptions.renderBefore = null;
    } else {
      this.hydrating = serverRendered;
    }
    return root;
  }

  // A server runs willUpdate() and render() alone: neither update() nor the controllers' hostUpdate().
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) {
      this.source.hostUpdate();
      this.i18n.hostUpdate();
      this.settle();
    }
  }
}

import { html, isServer, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { PmElement } from '../base/pm-element.js';
import { cssVars } from '../internal/css-vars.js';
import type { Guidance, Ladder, Role, Tier, Track } from '../data/schema.js';
import type { LadderError } from '../data/validate.js';
import { renderErrors, renderLoadErrors, renderStatus } from '../internal/error-view.js';
import { emit } from '../internal/events.js';
import { heading, headingLevel } from '../internal/heading.js';
import { findRole, rolesById } from '../internal/roles.js';
import { renderSources } from '../internal/sources-view.js';
import { renderRoleDetails, stylesWithDetails } from '../role-card/role-card.view.js';
import { ladderScale } from '../salary-range/range.js';
import { renderRange } from '../salary-range/salary-range.view.js';
import { ladderStyles } from './ladder.styles.js';
import { documents } from '../internal/on-demand.js';
import { findPath } from './path.js';
import type { Slices } from './slices.js';

export type LadderLayout = 'auto' | 'vertical' | 'horizontal';

/**
 * Past this many roles on show, roles off screen skip layout and paint (content-visibility), and
 * the roles come in slices (slices.ts).
 */
const LONG_LADDER = 100;

/** One empty list for every ladder without tracks, so that it compares equal from update to update. */
const NO_TRACKS: Track[] = [];

/**
 * Roles render in blocks of this many: an update first compares each block's marks (selected,
 * current, goal, steps, tab stop), and renders again only the roles of a block where one changed.
 */
const BLOCK = 25;

/**
 * What the element shows of a ladder under its `tiers` and `track` settings, worked out once for
 * them: the same object from update to update until one of the three changes.
 */
export interface Layout {
  ladder: Ladder;
  tiersSetting?: string;
  trackSetting?: string;
  tiers: { tier: Tier; blocks: { index: number; roles: Role[] }[] }[];
  /** The roles on show, in reading order: the order of keyboard moves. */
  order: Role[];
  /** The ids of the roles on show. */
  shown: Set<string>;
  /** The block each role on show is in, by role id. */
  blockOf: Map<string, number>;
  /** How many blocks there are. */
  blocks: number;
  tracks: Track[];
  /** The settings `tiers` and `track` that name nothing in the ladder. */
  problems: LadderError[];
}

/** What the element shows of its ladder, worked out once per update. */
export interface View {
  layout: Layout;
  ladder: Ladder;
  /** Step number along the path from `current` to `target`, by role id (`current` is 0). */
  steps: Map<string, number>;
  path?: string[];
  /** The roles `current` and `target` name, when they name one. */
  current?: Role;
  target?: Role;
  problems: LadderError[];
}

/**
 * The whole career ladder: its tiers in order, each role with its title and pay band, the
 * ladder-wide pay band, "you are here" and a goal with the path between them, each role's
 * details on selection, the guidance on advancing, and the sources of the data.
 *
 * Keyboard: the roles are one tab stop; arrow keys move between them, Home and End jump to the
 * ends, Enter or Space opens a role's details and Escape closes them. A role's details can be
 * linked to: `#<ladder id>/<role id>` in the page's URL opens them. With competencies, the reader
 * may switch to the matrix of competencies by role (`view`), linked to as
 * `#<ladder id>/matrix/<role id>` (the role may be left out).
 *
 * Styled by the shared `--pm-*` design tokens (colours, radius, spacing, font), its `::part()`
 * names, and `theme`; labels in its locale's language, or as `strings` replaces them.
 *
 * @summary A career ladder, grouped by tier, for any web page.
 * @tagname pm-ladder
 *
 * @fires {PmSelectEvent} pm-select - The user opened a role's details, or a link in the page's URL did. `detail.roleId` and `detail.role` name it.
 * @fires {PmLoadEvent} pm-load - A ladder is shown. `detail.ladder` is the validated document; `detail.warnings` lists its fields that are not shown (unknown ones), each `{ path, message }`.
 * @fires {PmErrorEvent} pm-error - A ladder document, or a `current`, `target`, `selected`, `track`, `tiers` or `view` value, is wrong. `detail.errors` lists `{ path, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart title - The ladder's title.
 * @csspart description - The ladder's description.
 * @csspart pay - A pay band (the ladder-wide one, or a role's).
 * @csspart path - The sentence on the way from `current` to `target`.
 * @csspart compare-offer - The disclosure under the path sentence holding the comparison of `current` and `target`, as `<pm-role-compare>` shows it (with its parts).
 * @csspart view-switch - The buttons that switch between the ladder and the matrix, when the ladder has competencies.
 * @csspart matrix - The matrix view: a table of competencies (rows) by role (columns), in a box of its own that scrolls.
 * @csspart matrix-role - A column header of the matrix, whose button selects its role. Also named `current`, `target` and `selected` when it is.
 * @csspart matrix-group - The row of a group of competencies (such as "Craft") in the matrix.
 * @csspart matrix-competency - A row header of the matrix: the competency's name, whose button shows its definition.
 * @csspart matrix-cell - One cell of the matrix: a role's expectation in a competency. Also named `rises` when its level is above the role's below it on the same track.
 * @csspart definition - A competency's definition (its description and levels), shown over the page from its row header.
 * @csspart profile - The profile chart of a role's levels, in a role's details.
 * @csspart track-header - The names of the tracks above their columns.
 * @csspart tiers - The ordered list of tiers.
 * @csspart tier - One tier group: its name and its roles.
 * @csspart tier-name - The heading of a tier group.
 * @csspart roles - The ordered list of roles in a tier.
 * @csspart role - One role entry, holding the role's title and the button that opens its details. Also named `current`, `target`, `on-path` and `selected` when it is.
 * @csspart role-button - The button that opens and closes a role's details.
 * @csspart badge - "You are here", "Goal" and "Step n" marks.
 * @csspart role-details - The details of the selected role.
 * @csspart details - The details inside it, as `<pm-role-card>` shows them; with the parts of `<pm-role-card>`'s details (summary, responsibilities, requirements, expectations, competency, level, examples, next, lateral, reports-to…).
 * @csspart role-link - The link to a role's details.
 * @csspart empty - The message shown when the ladder has no roles.
 * @csspart status - The loading message.
 * @csspart guidance - The section on the key skill and how to advance.
 * @csspart guidance-title - The heading of the guidance section.
 * @csspart guidance-subtitle - The headings inside the guidance section.
 * @csspart sources - The attribution of the ladder's data.
 * @csspart error - The list of problems with a ladder document or a setting.
 */
export class PmLadder extends PmElement {
  static override styles = stylesWithDetails(ladderStyles);

  static override properties = {
    current: {},
    target: {},
    selected: { reflect: true },
    tiers: {},
    track: {},
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    hidePay: { attribute: 'hide-pay', type: Boolean },
    hideGuidance: { attribute: 'hide-guidance', type: Boolean },
    view: { reflect: true },
    focusId: { state: true, attribute: false },
  };

  /** The id of the reader's role: marked "You are here". */
  current?: string;

  /** The id of the role the reader aims for: marked "Goal", with the path to it from `current`. */
  target?: string;

  /** The id of the role whose details are open. */
  selected?: string;

  /** Space-separated ids of the tiers to show; all when empty. */
  tiers?: string;

  /** The id of the one track to show (roles without a track stay); all tracks when empty. */
  track?: string;

  /**
   * `auto` (by the element's own width), `vertical` (tiers stacked) or `horizontal` (tiers side by side).
   * @type {'auto' | 'vertical' | 'horizontal'}
   */
  layout: LadderLayout = 'auto';

  /** The rank of the ladder's title heading (1–6); tier and section headings sit one below. */
  headingLevel = 2;

  /** Hides every pay band. */
  hidePay = false;

  /** Hides the section on the key skill and how to advance. */
  hideGuidance = false;

  /**
   * `ladder` (the default) or `matrix`: the ladder's competencies as a table, one column per role on show. The matrix needs a ladder with competencies; the reader switches between the two when there are.
   * @type {'ladder' | 'matrix' | undefined}
   */
  view?: 'ladder' | 'matrix';

  #view?: View;
  /** The role whose button is the ladder's one tab stop; state, so both roles it moves between render again. */
  private focusId?: string;
  /** Whether the reader has moved with the arrow keys here, and needs no more telling. */
  #arrowsUsed = false;
  #linkedLadder?: Ladder;
  /** A role just opened by a link in the page's URL, to announce once it is on show. */
  #arrivedAt?: Role;

  readonly #onHashChange = () => this.#openFromHash();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  protected override update(changed: PropertyValues<this>): void {
    // A newly shown ladder may be the one a link in the page's URL points into: its role opens in
    // this same update, rather than in a second one.
    const ladder = this.source.ladder;
    if (ladder && ladder !== this.#linkedLadder) {
      this.#linkedLadder = ladder;
      const linked = this.#linkedRole(ladder);
      if (linked && this.hydrating) {
        // Taking over a server's markup renders what the server did; the role opens after.
        this.updateComplete.then(() => this.#openFromHash());
      } else if (linked && linked.id !== this.selected) {
        this.selected = linked.id;
        this.focusId = linked.id;
        this.#arrivedAt = linked;
      }
    }
    super.update(changed);
  }

  protected override get unfoldsForPrint(): boolean {
    return true;
  }

  protected override settle(): void {
    const ladder = this.source.ladder;
    const view = (this.#view = ladder ? this.#viewOf(ladder) : undefined);
    if (view) {
      const { blockOf, blocks } = view.layout;
      const marked = [this.selected, this.current, this.target, this.focusId].map((id) => blockOf.get(id!));
      this.#slices?.plan(blocks, marked, this.printing);
    }
    // The tab stop: the role last focused while it is on show, else the selected role, else
    // "you are here", else the first. Set before rendering, so it costs no second update.
    const shown = view?.layout.shown;
    if (view && shown!.size && !(this.focusId && shown!.has(this.focusId))) {
      this.focusId =
        [this.selected, this.current].find((id) => id && shown!.has(id)) ?? view.layout.order[0]!.id;
    }
  }

  /** A long ladder's slices (slices.ts); none while everything is rendered at once. */
  #slices?: Slices;

  /** Also waits for the slices of a long ladder: `await el.updateComplete` then finds every role. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#slices?.pending) {
      await new Promise((resolve) => setTimeout(resolve));
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override problemsOnShow(): readonly LadderError[] {
    return this.#view?.problems ?? [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const arrived = this.#arrivedAt;
    if (arrived) {
      this.#arrivedAt = undefined;
      emit(this, 'pm-select', { roleId: arrived.id, role: arrived });
      this.#buttonOf(arrived.id)?.scrollIntoView({ block: 'nearest' });
    }
  }

  #viewOf(ladder: Ladder): View {
    const problems: LadderError[] = [];
    const roleOption = (name: 'current' | 'target' | 'selected') => {
      const id = this[name];
      if (!id) return undefined;
      const found = findRole(ladder, id);
      if ('role' in found) return found.role;
      problems.push({ ...found.error, path: name });
      return undefined;
    };
    const current = roleOption('current');
    const target = roleOption('target');
    roleOption('selected');
    const layout = this.#layoutOf(ladder);
    const path = current && target ? findPath(ladder, current.id, target.id) : undefined;
    if (this.view && !documents.now())
      documents.load().then(
        () => this.requestUpdate(),
        () => undefined,
      );
    return {
      layout,
      ladder,
      steps: new Map(path?.map((id, i) => [id, i])),
      path,
      current,
      target,
      // A `view` that names no view of this ladder is said by the code that loads with a document
      // of its own (view-loader.ts); the default ladder, which has no matrix, asks for it.
      problems: [
        ...problems,
        ...layout.problems,
        ...(documents.now()?.viewProblems(this.view, ladder) ?? []),
      ],
    };
  }

  #layoutCache?: Layout;

  /** The tiers, roles and tracks on show, kept while the ladder, `tiers` and `track` stay. */
  #layoutOf(ladder: Ladder): Layout {
    const cached = this.#layoutCache;
    if (
      cached?.ladder === ladder &&
      cached.tiersSetting === this.tiers &&
      cached.trackSetting === this.track
    ) {
      return cached;
    }
    const problems: LadderError[] = [];
    const tierIds = new Set(ladder.tiers.map((tier) => tier.id));
    const wantedTiers = this.tiers?.split(/\s+/).filter(Boolean) ?? [];
    for (const id of wantedTiers) {
      if (!tierIds.has(id)) {
        problems.push({
          path: 'tiers',
          message: `"${id}" is not a tier id; tiers are ${[...tierIds].join(', ')}`,
        });
      }
    }
    const tracks = ladder.tracks ?? NO_TRACKS;
    const trackFilter = tracks.some((track) => track.id === this.track) ? this.track : undefined;
    if (this.track && !trackFilter) {
      problems.push({
        path: 'track',
        message: `"${this.track}" is not a track id; ${
          tracks.length
            ? `tracks are ${tracks.map((track) => track.id).join(', ')}`
            : 'this ladder has no tracks'
        }`,
      });
    }

    const byTier = new Map<string, Role[]>();
    for (const role of ladder.roles) {
      if (trackFilter && role.track && role.track !== trackFilter) continue;
      const list = byTier.get(role.tier);
      if (list) list.push(role);
      else byTier.set(role.tier, [role]);
    }
    const blockOf = new Map<string, number>();
    let blocks = 0;
    const tiers = ladder.tiers
      .filter((tier) => byTier.has(tier.id) && (!wantedTiers.length || wantedTiers.includes(tier.id)))
      .map((tier) => {
        const roles = byTier.get(tier.id)!;
        const tierBlocks = [];
        for (let start = 0; start < roles.length; start += BLOCK) {
          const block = { index: blocks++, roles: roles.slice(start, start + BLOCK) };
          for (const role of block.roles) blockOf.set(role.id, block.index);
          tierBlocks.push(block);
        }
        return { tier, blocks: tierBlocks };
      });
    const order = tiers.flatMap(({ blocks }) => blocks.flatMap((block) => block.roles));
    // A long ladder starts with what may be on screen and the blocks already drawn, which update
    // in place; the rest come in slices. A server and a page taking over a server's markup render
    // it whole, and so does a short ladder.
    const slices = this.#slices;
    if (slices) {
      slices.stop();
      this.removeController(slices);
    }
    const Slicing = documents.now()?.Slices;
    this.#slices =
      order.length > LONG_LADDER && Slicing && !isServer && !this.hydrating
        ? new Slicing(this, cached ? Math.min(slices?.shown ?? Infinity, cached.blocks) : 0, BLOCK)
        : undefined;
    return (this.#layoutCache = {
      ladder,
      tiersSetting: this.tiers,
      trackSetting: this.track,
      tiers,
      order,
      shown: new Set(blockOf.keys()),
      blockOf,
      blocks,
      tracks: trackFilter ? tracks.filter((track) => track.id === trackFilter) : tracks,
      problems,
    });
  }

  /**
   * What marks each block's roles carry in this update, as a text per block: a block renders
   * again only when its text changes.
   */
  #blockMarks(view: View): Map<number, string> {
    const marks = new Map<number, string>();
    const mark = (id: string | undefined, what: string) => {
      const block = id === undefined ? undefined : view.layout.blockOf.get(id);
      if (block !== undefined) marks.set(block, `${marks.get(block) ?? ''}${what}:${id} `);
    };
    // s: selected, c: current, t: target, f: tab stop, a number: a step on the path.
    mark(this.selected, 's');
    mark(this.current, 'c');
    mark(this.target, 't');
    mark(this.focusId, 'f');
    for (const [id, step] of view.steps) mark(id, String(step));
    return marks;
  }

  protected override render() {
    const view = this.#view;
    const layout = this.layout === 'vertical' || this.layout === 'horizontal' ? this.layout : 'auto';
    const tracked = view && view.layout.tracks.length > 1;
    const long = view && view.layout.order.length > LONG_LADDER;
    const { messages } = this.i18n;
    // The roles' keys and clicks, and a click on a link to a role (in a role's details, or a
    // column header of the matrix), are handled here.
    return html`<div
      part="base"
      class="ladder layout-${layout} ${tracked ? 'tracked' : ''} ${long ? 'long' : ''}"
      @click=${this.#onClick}
      @keydown=${this.#onKeyDown}
      @focusin=${this.#onFocusIn}
    >
      ${renderLoadErrors(this.source, messages)}
      ${view?.problems.length ? renderErrors(view.problems, messages.errorSettingsTitle, messages) : nothing}
      ${renderStatus(this.source, messages)} ${view ? this.#renderLadder(view) : nothing}
    </div>`;
  }

  #renderLadder(view: View) {
    const { ladder } = view;
    const level = headingLevel(this.headingLevel, 2);
    const { locale, messages } = this.i18n;
    // The comparison of `current` and `target`, and with competencies the switch to the matrix and
    // the matrix (ladder-views.ts), load on demand with the views of a document of its own.
    const views = documents.now()?.ladderViews(this, view, level + 1, this.i18n, this.printing);
    return html`
      <div class="overview">
        <div>
          ${heading(level, 'title', ladder.title)}
          ${ladder.description ? html`<p part="description">${ladder.description}</p>` : nothing}
        </div>
        ${
          ladder.pay && !this.hidePay
            ? html`<div part="pay" class="ladder-pay">
                ${renderRange({ band: ladder.pay, locale, messages, notation: 'standard', acrossRoles: true })}
              </div>`
            : nothing
        }
      </div>
      ${this.#renderPath(view)} ${views?.above}
      ${
        views?.matrix ??
        (view.layout.order.length
          ? this.#renderTiers(view, level + 1)
          : html`<p part="empty" class="empty">
              ${ladder.roles.length ? messages.noMatchingRoles : messages.emptyLadder}
            </p>`)
      }
      ${ladder.guidance && !this.hideGuidance ? this.#renderGuidance(ladder.guidance, level + 1) : nothing}
      ${renderSources(ladder.sources, messages)}
    `;
  }

  #renderPath(view: View) {
    const { current, target } = view;
    if (!current || !target) return nothing;
    const roles = rolesById(view.ladder);
    const { messages } = this.i18n;
    let text: string;
    if (!view.path) text = messages.pathNone(current.title, target.title);
    else if (view.path.length === 1) text = messages.pathArrived(target.title);
    else {
      const between = view.path.slice(1, -1).map((id) => roles.get(id)!.title);
      text = messages.pathSteps(current.title, target.title, view.path.length - 1);
      if (between.length) text += ` ${messages.pathThrough(between)}`;
      // Each sideways move is said (only a document of its own has them, checked by the validator).
      text += documents.now()?.sidewaysMoves(view.ladder, view.path, messages) ?? '';
    }
    return html`<p part="path" class="path-summary ${view.path ? '' : 'no-path'}">${text}</p>`;
  }

  #renderTiers(view: View, level: number) {
    const { layout } = view;
    const { locale, messages } = this.i18n;
    const columns = new Map(layout.tracks.map((track, i) => [track.id, i + 1]));
    const grid = cssVars({ '--_tracks': String(Math.max(layout.tracks.length, 1)) });
    const marks = this.#blockMarks(view);
    // What every role shows alike: a change to one of these renders every role again.
    const shared = [layout, this.printing, this.hidePay, level, locale, messages];
    return html`${
        layout.tracks.length > 1
          ? html`<div part="track-header" class="track-header" style=${grid} aria-hidden="true">
              ${layout.tracks.map((track) => html`<span>${track.name}</span>`)}
            </div>`
          : nothing
      }
      <ol part="tiers" class="tiers">
        ${layout.tiers.map(
          ({ tier, blocks }) =>
            html`<li part="tier" class="tier" data-tier=${tier.id}>
              ${heading(level, 'tier-name', tier.name)}
              <ol part="roles" class="roles" style=${grid}>
                ${blocks.map(({ index, roles }) =>
                  index >= (this.#slices?.shown ?? Infinity)
                    ? nothing
                    : // Selecting one role of a thousand looks at 40 blocks, and at the roles of the
                      // blocks of the role now selected and of the one selected before.
                      guard([...shared, marks.get(index)], () =>
                        roles.map((role) =>
                          // A role is rendered again only when something it shows has changed.
                          guard(
                            [
                              ...shared,
                              role,
                              this.printing || role.id === this.selected,
                              role.id === this.current,
                              role.id === this.target,
                              view.steps.get(role.id),
                              role.id === this.focusId,
                            ],
                            () => this.#renderRole(view, role, columns, level),
                          ),
                        ),
                      ),
                )}
              </ol>
            </li>`,
        )}
      </ol>`;
  }

  #renderRole(view: View, role: Role, columns: Map<string, number>, level: number) {
    const { ladder } = view;
    const { locale, messages } = this.i18n;
    const open = this.printing || role.id === this.selected;
    const isCurrent = role.id === this.current;
    const isTarget = role.id === this.target;
    const step = view.steps.get(role.id);
    const parts = [
      'role',
      isCurrent && 'current',
      isTarget && 'target',
      step !== undefined && 'on-path',
      open && 'selected',
    ]
      .filter(Boolean)
      .join(' ');
    const column = role.track ? columns.get(role.track) : undefined;
    const track = role.track
      ? view.layout.tracks.find((candidate) => candidate.id === role.track)
      : undefined;
    const meta = [role.abbreviation, track?.name].filter(Boolean).join(' · ');
    // A screen reader reads the title as the button's name, and the rest, its parts apart, as
    // its description; the one tab stop also tells the arrow keys until they have been used.
    const description = [
      role.abbreviation,
      track?.name,
      isCurrent && messages.youAreHere,
      isTarget && messages.goal,
      step && !isTarget && messages.step(step),
      role.id === this.focusId && !this.#arrowsUsed && messages.arrowKeys,
    ]
      .filter(Boolean)
      .join(messages.listSeparator);
    // The button's pieces and the entry's are flex items, where whitespace between them shows
    // nothing: they are written without it (and the formatter kept from adding it), a node fewer
    // each to clone and walk in every role.
    // prettier-ignore
    return html`<li
      part=${parts}
      class="role"
      data-role=${role.id}
      style=${cssVars({ '--_column': column ? String(column) : undefined })}
    ><button
        part="role-button"
        class="role-button"
        type="button"
        tabindex=${role.id === this.focusId ? 0 : -1}
        aria-description=${description || nothing}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? `details-${role.id}` : nothing}
        aria-current=${isCurrent ? 'step' : nothing}
      >
        <span class="role-title">${role.title}</span
        ><span class="role-meta" aria-hidden="true" ?hidden=${!meta}>${meta}</span>${
          isCurrent || isTarget || step
            ? html`<span class="badges" aria-hidden="true">
                ${isCurrent ? html`<span part="badge" class="badge current">${messages.youAreHere}</span>` : nothing}
                ${isTarget ? html`<span part="badge" class="badge target">${messages.goal}</span>` : nothing}
                ${step && !isTarget ? html`<span part="badge" class="badge step">${messages.step(step)}</span>` : nothing}
              </span>`
            : nothing
        }</button
      >${
        role.pay && !this.hidePay
          ? renderRange({
              band: role.pay,
              locale,
              messages,
              notation: 'compact',
              scale: ladderScale(ladder, role.pay),
              axis: false,
              part: 'pay',
            })
          : nothing
      }${
        open
          ? html`<div
              part="role-details"
              class="role-details"
              id="details-${role.id}"
              role="group"
              aria-label=${role.title}
            >
              ${renderRoleDetails(ladder, role, {
                level: level + 1,
                locale,
                messages,
                // The entry above shows the role's band, and the overview the ladder's.
                hidePay: true,
                host: this,
                expand: this.printing,
                headless: true,
                // A related role on show is a link to it, which opens it here; one the filters
                // hide is its title.
                roleRef: (other) =>
                  view.layout.shown.has(other.id)
                    ? html`<a class="role-ref" href="#${ladder.id}/${other.id}" data-select=${other.id}>
                        ${other.title}
                      </a>`
                    : other.title,
              })}
              <a part="role-link" class="role-link" href="#${ladder.id}/${role.id}">${messages.linkToRole}</a>
            </div>`
          : nothing
      }</li
    >`;
  }

  #renderGuidance(guidance: Guidance, level: number) {
    const sub = level + 1;
    const { messages } = this.i18n;
    return html`<section part="guidance">
      ${heading(level, 'guidance-title', messages.guidanceTitle)}
      ${
        guidance.skill
          ? html`${heading(sub, 'guidance-subtitle', messages.keySkillTitle)}
              <p>${guidance.skill}</p>`
          : nothing
      }
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

  /** Opens (or, when it is open, closes) a role's details as the user asked, and says so. */
  #choose(roleId: string | undefined, focus: boolean): void {
    const role = roleId ? rolesById(this.#view!.ladder).get(roleId) : undefined;
    this.selected = role?.id;
    this.writeHash(role?.id);
    if (role) {
      this.focusId = role.id;
      emit(this, 'pm-select', { roleId: role.id, role });
    }
    if (focus && role) this.updateComplete.then(() => this.#buttonOf(role.id)?.focus());
  }

  #buttonOf(roleId: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(
      `[data-role="${CSS.escape(roleId)}"] > .role-button`,
    );
  }

  #onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const reference = target.closest<HTMLElement>('[data-select]');
    if (reference) {
      // A click with a key held opens the link's address in a new tab or window, as any link's;
      // a plain click opens the role here.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      // The role already selected (a column header of the matrix pressed again) is unselected.
      const id = reference.dataset.select;
      this.#choose(id === this.selected ? undefined : id, true);
      return;
    }
    const button = target.closest<HTMLElement>('.role-button');
    if (!button) return;
    const roleId = button.closest<HTMLElement>('.role')!.dataset.role!;
    this.#choose(roleId === this.selected ? undefined : roleId, false);
  }

  #onFocusIn(event: FocusEvent): void {
    const button = (event.target as Element).closest('.role-button');
    if (!button) return;
    this.#moveTabStop(button.closest<HTMLElement>('.role')!.dataset.role!, false);
    // The arrow keys follow the layout with code that loads on demand (pm-ladder.arrows.js, asked
    // for by pm-ladder.documents.js): the keyboard asks for it here, before its first arrow.
    documents
      .load()
      .then((module) => module.loadArrows())
      .catch(() => undefined);
  }

  #onKeyDown(event: KeyboardEvent): void {
    const target = event.target as Element;
    if (event.key === 'Escape') {
      const open = target.closest<HTMLElement>('.role[part~="selected"]');
      if (open && !this.printing) {
        event.preventDefault();
        const roleId = open.dataset.role!;
        this.#choose(undefined, false);
        this.#buttonOf(roleId)?.focus();
      }
      return;
    }
    if (!target.classList.contains('role-button') || !this.#view) return;
    const { key } = event;
    const order = this.#view.layout.order;
    const index = order.findIndex((role) => role.id === target.closest<HTMLElement>('.role')!.dataset.role);
    const arrow = key.startsWith('Arrow');
    let next = key === 'Home' ? 0 : key === 'End' ? order.length - 1 : undefined;
    if (arrow) {
      // Where the layout draws a role in that direction, the arrow goes there (arrows.ts, which
      // the first focus asked for); else (a column's or a row's end, a slice still to come, the
      // code not here yet) to the role before or after in the ladder's order.
      const rtl = getComputedStyle(this).direction === 'rtl';
      const forward = key === 'ArrowDown' || key === (rtl ? 'ArrowLeft' : 'ArrowRight');
      const drawn = documents.now()?.roleDrawn(this.renderRoot, target, key);
      next = drawn ? order.findIndex((role) => role.id === drawn) : index + (forward ? 1 : -1);
    }
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // The role moved to renders without the telling, and so does the one left.
    if (arrow) this.#arrowsUsed = true;
    const role = order[Math.min(Math.max(next, 0), order.length - 1)]!;
    this.#moveTabStop(role.id, true);
  }

  /** Roving tabindex: one role button at a time is in the page's tab order. */
  #moveTabStop(roleId: string, focus: boolean): void {
    if (this.focusId !== roleId && this.focusId) this.#buttonOf(this.focusId)?.setAttribute('tabindex', '-1');
    this.focusId = roleId;
    const move = () => {
      // Another move may have come first: the tab stop is where the last one put it.
      if (this.focusId !== roleId) return true;
      const button = this.#buttonOf(roleId);
      button?.setAttribute('tabindex', '0');
      if (focus) button?.focus();
      return button;
    };
    // A role of a long ladder whose slice is still to come is rendered by the very update the
    // new tab stop asks for: focus moves then, not once every slice is in.
    if (!move()) this.#nextUpdate().then(move);
  }

  /** The next update, and not the slices after it (as `updateComplete` waits for). */
  #nextUpdate(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /**
   * The role that `#<ladder id>/<role id>` in the page's URL names in this ladder, if any. A link
   * to the matrix, `#<ladder id>/matrix/<role id>` (or `…/matrix/` alone; no role id holds a
   * slash), sets `view` to it; a link to a role alone leaves the view as it is.
   */
  #linkedRole(ladder: Ladder): Role | undefined {
    let hash: string;
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch {
      return undefined; // Not percent-encoding (a bare "%"): not a link to a role.
    }
    const prefix = `${ladder.id}/`;
    if (!hash.startsWith(prefix)) return undefined;
    const id = hash.slice(prefix.length);
    const matrix = id.startsWith('matrix/');
    const role = rolesById(ladder).get(matrix ? id.slice(7) : id);
    if (matrix) this.view = 'matrix';
    return role;
  }

  /** A link followed within the page (`hashchange`) opens its role, in the view it names. */
  #openFromHash(): void {
    const ladder = this.#view?.ladder;
    const role = ladder && this.#linkedRole(ladder);
    if (!role || role.id === this.selected) return;
    this.#choose(role.id, false);
    this.updateComplete.then(() => this.#buttonOf(role.id)?.scrollIntoView({ block: 'nearest' }));
  }

  /**
   * Puts the view and the selected role in the page's URL (with the matrix, the view alone too).
   * @internal
   */
  writeHash(roleId = this.selected): void {
    const ladder = this.#view?.ladder;
    if (!ladder) return;
    const ours = location.hash.startsWith(`#${ladder.id}/`);
    const url = new URL(location.href);
    const matrix = this.view === 'matrix';
    if (roleId || matrix) url.hash = `${ladder.id}/${matrix ? 'matrix/' : ''}${roleId ?? ''}`;
    else if (ours) url.hash = '';
    else return;
    try {
      history.replaceState(history.state, '', url.href);
    } catch {
      // A sandboxed frame may refuse; the selection stands without a link.
    }
  }
}

import { css, html, nothing, type ReactiveElement } from 'lit';
import type { Ladder } from '../data/schema.js';
import { heading } from '../internal/heading.js';
import type { Messages } from '../internal/messages.js';
import { levelText } from '../internal/competencies.js';
import type { CompetencyChange, Comparison } from './compare.js';
import type { Series } from './profile.view.js';
import { adoptStyles } from '../internal/view-loader.js';

/**
 * The reader's own marks against the role compared with (`<pm-role-compare assess>`): for each
 * expectation of `to` (each competency it names, each requirement of promotion into it), not
 * yet, working on it or met, with an optional note of evidence. Kept in this browser only, in
 * `localStorage` under one key per ladder and pair of roles; never sent anywhere. Where the
 * browser refuses storage (private modes, sandboxed frames), the marks last as long as the page.
 * In the bundle, a file of its own (pm-ladder.assess.js), loaded the first time a page needs it.
 */

export const MARKS = ['not-yet', 'working', 'met'] as const;
export type Mark = (typeof MARKS)[number];

/** One mark, with what it was given for, so that a mark whose expectation is gone can still be named. */
export interface Marked {
  mark?: Mark;
  note?: string;
  label: string;
}

/** What is stored, and what an export file holds. */
export interface MarksFile {
  'pm-ladder-assessment': 1;
  ladder: string;
  from: string;
  to: string;
  marks: Record<string, Marked>;
}

/** An expectation of `to` the reader can mark: a competency (`competency:<id>`) or a requirement (`requirement:<text>`). */
interface Item {
  key: string;
  label: string;
  detail?: string;
}

export const storageKey = (ladder: string, from: string, to: string) =>
  `pm-ladder-assessment:${ladder}:${from}:${to}`;

/** Whether the page may write to its `localStorage` now: a probe written and removed. */
function storable(): boolean {
  try {
    const probe = 'pm-ladder-assessment:probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false; // Refused (a private mode, a sandboxed frame) or full.
  }
}

/** Marks kept in memory where storage is refused, by key, for the page's life. */
const memory = new Map<string, Record<string, Marked>>();

/**
 * The marks kept under `key`: those stored, where storage may be used (it is the truth, which
 * another tab may have changed), else those in memory. A stored text that is not JSON starts
 * afresh; it stays until the first mark is written.
 */
function read(key: string, stored: boolean): Record<string, Marked> {
  if (!stored) return memory.get(key) ?? {};
  try {
    return checkMarks(JSON.parse(localStorage.getItem(key) ?? '{"marks":{}}').marks).marks;
  } catch {
    return {};
  }
}

/** Stores the marks, or keeps them in memory where storage is refused; false when they are in memory only. */
function write(key: string, file: MarksFile, stored: boolean): boolean {
  try {
    if (!stored) throw new Error('refused');
    if (Object.keys(file.marks).length) localStorage.setItem(key, JSON.stringify(file));
    else localStorage.removeItem(key);
    memory.delete(key);
    return true;
  } catch {
    memory.set(key, file.marks); // Refused, or full: the marks last in memory.
    return false;
  }
}

/** The marks of an export file's `marks`, and a message for each entry that is not one. */
function checkMarks(input: unknown): { marks: Record<string, Marked>; problems: string[] } {
  const marks: Record<string, Marked> = {};
  const problems: string[] = [];
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { marks, problems: ['"marks" should be an object'] };
  }
  for (const [key, value] of Object.entries(input)) {
    const entry = value as Partial<Marked> | null;
    if (
      !entry ||
      typeof entry !== 'object' ||
      typeof entry.label !== 'string' ||
      (entry.mark !== undefined && !MARKS.includes(entry.mark)) ||
      (entry.note !== undefined && typeof entry.note !== 'string')
    ) {
      problems.push(`marks["${key}"] should be { label, mark: ${MARKS.join(' | ')}, note? }`);
      continue;
    }
    marks[key] = { label: entry.label, mark: entry.mark, note: entry.note };
  }
  return { marks, problems };
}

/** The expectations of `to` to mark: each competency it names, then each requirement of promotion into it. */
function itemsOf(comparison: Comparison, messages: Messages): Item[] {
  return [
    ...comparison.competencies
      .filter((item) => item.to)
      .map((item) => ({
        key: `competency:${item.competency.id}`,
        label: item.competency.name,
        detail: levelText(item.to!, messages) ?? item.to!.expectation.text?.join(' '),
      })),
    // What the promotion into `to` takes: its requirements, and those of a track it moves onto.
    ...(comparison.steps.at(-1)?.requirements ?? comparison.to.requirements ?? []).map((text) => ({
      key: `requirement:${text}`,
      label: text,
    })),
  ];
}

interface State {
  /** A problem of the last import, shown until the next action. */
  problem?: string;
  /** Whether this browser lets the page store the marks: asked once per element, and again when a write fails. */
  stored?: boolean;
}

const states = new WeakMap<ReactiveElement, State>();

/**
 * The reader's marks against `to`: the summary ("3 of 8 met"), a mark and a note per expectation,
 * the marks kept for expectations the ladder no longer has, and export, import, clear and print.
 * Also the third shape of the profile chart.
 */
export function renderMarks(
  host: ReactiveElement,
  ladder: Ladder,
  comparison: Comparison,
  options: { level: number; messages: Messages; locale: string },
) {
  const { messages, level } = options;
  const { from, to } = comparison;
  adoptStyles(host, [assessStyles]);
  const key = storageKey(ladder.id, from.id, to.id);
  const state = states.get(host) ?? {};
  states.set(host, state);
  // Asked once for the element (a probe written in every render would tell other tabs each time).
  state.stored ??= storable();
  const marks = read(key, state.stored);
  const items = itemsOf(comparison, messages);
  const keys = new Set(items.map((item) => item.key));
  const gone = Object.entries(marks).filter(([name]) => !keys.has(name));
  const met = items.filter((item) => marks[item.key]?.mark === 'met').length;
  const file = (): MarksFile => ({
    'pm-ladder-assessment': 1,
    ladder: ladder.id,
    from: from.id,
    to: to.id,
    marks,
  });
  const save = () => {
    for (const [name, entry] of Object.entries(marks)) if (!entry.mark && !entry.note) delete marks[name];
    // A write refused since: said, and the marks last in memory.
    if (!write(key, file(), state.stored!) && state.stored) {
      state.stored = false;
      host.requestUpdate();
    }
  };
  /** Puts `next` in place of every mark, and stores them (the handlers share the one object). */
  const replaceAll = (next: Record<string, Marked>) => {
    for (const name of Object.keys(marks)) delete marks[name];
    Object.assign(marks, next);
    save();
  };
  const set = (item: Item, change: Partial<Marked>) => {
    marks[item.key] = { ...marks[item.key], label: item.label, ...change };
    state.problem = undefined;
    save();
  };
  const names = `marks-${to.id}`;

  const onImport = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    let problem: string | undefined;
    let partly: string | undefined;
    try {
      const parsed = JSON.parse(await chosen.text()) as Partial<MarksFile> | null;
      if (!parsed || parsed['pm-ladder-assessment'] !== 1) {
        problem = 'it is not a file of marks exported by pm-ladder';
      } else if (parsed.ladder !== ladder.id || parsed.to !== to.id) {
        problem = `its marks are for "${String(parsed.to)}" in the ladder "${String(parsed.ladder)}", not for "${to.id}" in "${ladder.id}"`;
      } else {
        const checked = checkMarks(parsed.marks);
        replaceAll(checked.marks);
        if (checked.problems.length) partly = checked.problems.join('; ');
      }
    } catch (error) {
      problem = `it is not JSON (${error instanceof Error ? error.message : String(error)})`;
    }
    state.problem = problem ? messages.importFailed(problem) : partly && messages.importPartly(partly);
    host.requestUpdate();
  };

  const view = html`<section part="assessment" class="section assessment">
    ${heading(level, 'section-title', messages.assessTitle(to.title))}
    <p part="assessment-summary" class="assessment-summary">${messages.metCount(met, items.length)}</p>
    <p class="stored">${state.stored ? messages.storedHere : messages.storageRefused}</p>
    <ol class="marks">
      ${items.map((item, i) => {
        const entry = marks[item.key];
        return html`<li part="mark" class="mark">
          <fieldset>
            <legend>
              <span class="mark-label">${item.label}</span>${
                item.detail
                  ? html`<span class="mark-detail">${messages.labelSeparator}${item.detail}</span>`
                  : nothing
              }
            </legend>
            <div class="choices">
              ${MARKS.map(
                (mark) =>
                  html`<label
                    ><input
                      type="radio"
                      name="${names}-${i}"
                      value=${mark}
                      .checked=${entry?.mark === mark}
                      @change=${() => {
                        set(item, { mark });
                        host.requestUpdate();
                      }}
                    />${mark === 'met' ? messages.markMet : mark === 'working' ? messages.markWorking : messages.markNotYet}</label
                  >`,
              )}
            </div>
            <label class="note"
              >${messages.evidence}
              <textarea
                rows="2"
                .value=${entry?.note ?? ''}
                @input=${(event: Event) => set(item, { note: (event.target as HTMLTextAreaElement).value || undefined })}
              ></textarea>
            </label>
          </fieldset>
        </li>`;
      })}
    </ol>
    ${gone.length ? html`<p class="gone">${messages.goneMarks(gone.map(([, entry]) => entry.label))}</p>` : nothing}
    <div part="assessment-actions" class="assessment-actions">
      <button
        type="button"
        @click=${() => {
          const link = document.createElement('a');
          link.href = URL.createObjectURL(
            new Blob([JSON.stringify(file(), null, 2)], { type: 'application/json' }),
          );
          link.download = `${ladder.id}-${to.id}-marks.json`;
          link.click();
          setTimeout(() => URL.revokeObjectURL(link.href), 1000);
        }}
      >
        ${messages.exportMarks}
      </button>
      <button
        type="button"
        @click=${(event: Event) => (event.target as Element).parentElement!.querySelector('input')!.click()}
      >
        ${messages.importMarks}
      </button>
      <input type="file" accept=".json,application/json" hidden @change=${onImport} />
      <button
        type="button"
        @click=${() => {
          state.problem = undefined;
          replaceAll({});
          host.requestUpdate();
        }}
      >
        ${messages.clearMarks}
      </button>
      <button type="button" @click=${() => print()}>${messages.printMarks}</button>
    </div>
    <p class="import-problem" role="alert">${state.problem ?? nothing}</p>
  </section>`;

  /** The marks as the chart's third shape: met at `to`'s level, working on it halfway, else at `from`'s. */
  const series = (drawn: readonly CompetencyChange[]): Series | undefined => {
    const marked = drawn.map((item) => marks[`competency:${item.competency.id}`]?.mark);
    if (!marked.some(Boolean)) return undefined;
    return {
      name: messages.yourMarks,
      kind: 'marks',
      ranks: drawn.map((item, i) => {
        const start = item.from?.rank ?? 0;
        const end = item.to?.rank ?? start;
        return marked[i] === 'met' ? end : marked[i] === 'working' ? (start + end) / 2 : start;
      }),
      says: marked.map((mark) =>
        mark === 'met'
          ? messages.markMet
          : mark === 'working'
            ? messages.markWorking
            : mark
              ? messages.markNotYet
              : messages.noExpectation,
      ),
    };
  };
  return { view, series };
}

export const assessStyles = css`
  .assessment-summary {
    font-weight: 600;
  }
  .marks {
    display: grid;
    gap: 0.5em;
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
  }
  .mark fieldset {
    display: grid;
    gap: 0.35em;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .mark legend {
    padding: 0 0.25em;
  }
  .mark-label {
    font-weight: 600;
  }
  .mark-detail {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .choices label {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    min-block-size: 24px;
  }
  .note {
    display: grid;
    gap: 0.15em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .note textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.4em;
    resize: vertical;
  }
  .stored,
  .gone {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .assessment-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .assessment-actions button {
    min-block-size: 2em;
    padding: 0.25em 0.9em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .import-problem:empty {
    display: none;
  }
  .import-problem {
    color: var(--_error);
  }
  @media print {
    .assessment-actions,
    .stored {
      display: none;
    }
    .mark {
      break-inside: avoid;
    }
  }
`;

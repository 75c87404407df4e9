import { defaultLadder } from '../data/default-ladder.js';
import type { Ladder } from '../data/schema.js';

/**
 * An element's live region (renderStatus), and what its ladder controller knows: the ladder on
 * show, and whether a load is on its way.
 */
export interface Speaker {
  said?: string[];
  readonly ladder?: Ladder;
  readonly loading: boolean;
}

type Host = HTMLElement & { requestUpdate(): void };

type Batch = [Speaker, Host, Ladder][];

let batch: Batch | undefined;

/** The ladder each element last said it showed: a load answered again (the element moved) is not said twice. */
const lastSaid = new WeakMap<Speaker, Ladder>();

/** How long the region keeps what it said, for a reader who browses to it, before it empties. */
const KEPT = 5000;

/**
 * Says that a load has put a ladder on show, once for every load that ends within the same
 * moment: one of their elements speaks for them all, in its own live region, so a page of a
 * dozen elements that load one document is told once. Those that by then have left the page,
 * moved on to another load or another ladder are left out; the speaker is one a reader can see,
 * whose region a screen reader reads. Loaded with the validator (documents.ts): every load
 * waited for needs it.
 */
export function announce(speaker: Speaker, host: Host, ladder: Ladder): void {
  // The region is styled for a document of its own (documentStyles), which the default is not.
  if (ladder === defaultLadder || lastSaid.get(speaker) === ladder) return;
  if (!batch) {
    const current: Batch = (batch = []);
    setTimeout(() => {
      batch = undefined;
      const still = current.filter(
        ([candidate, element, shown]) =>
          element.isConnected && !candidate.loading && candidate.ladder === shown,
      );
      const [first] = [...still.filter(([, element]) => element.checkVisibility?.() !== false), ...still];
      if (!first) return;
      const [chosen, element] = first;
      const said = [...new Set(still.map(([, , shown]) => shown.title))];
      for (const [candidate, , shown] of still) lastSaid.set(candidate, shown);
      chosen.said = said;
      element.requestUpdate();
      setTimeout(() => {
        if (chosen.said !== said) return;
        chosen.said = undefined;
        element.requestUpdate();
      }, KEPT);
    }, 100);
  }
  batch.push([speaker, host, ladder]);
}

import { defaultLadder } from '../data/default-ladder.js';
import type { Ladder } from '../data/schema.js';

/** An element's live region (renderStatus): the titles of the ladders a load has put on show. */
export interface Speaker {
  said?: string[];
}

type Host = { readonly isConnected: boolean; requestUpdate(): void };

type Batch = { speakers: [Speaker, Host][]; titles: Set<string> };

let batch: Batch | undefined;

/**
 * Says that a load has put a ladder on show, once for every load that ends within the same
 * moment: the first of their elements still on the page speaks for them all, in its own live
 * region, so a page of a dozen elements that load one document is told once. Loaded with the
 * validator (documents.ts): every load waited for needs it.
 */
export function announce(speaker: Speaker, host: Host, ladder: Ladder): void {
  // The region is styled for a document of its own (documentStyles), which the default is not.
  if (ladder === defaultLadder) return;
  if (!batch) {
    const current: Batch = (batch = { speakers: [], titles: new Set() });
    setTimeout(() => {
      batch = undefined;
      const first = current.speakers.find(([, candidate]) => candidate.isConnected);
      if (!first) return;
      first[0].said = [...current.titles];
      first[1].requestUpdate();
    }, 100);
  }
  batch.speakers.push([speaker, host]);
  batch.titles.add(ladder.title);
}

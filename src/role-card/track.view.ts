import { html, nothing } from 'lit';
import type { Track } from '../data/schema.js';
import type { Messages } from '../internal/messages.js';
import { list } from './role-card.view.js';

/**
 * What a role's details show of its track: its name on the meta line, its description, and, in
 * the sections of responsibilities and requirements, what every role on it shares, under a line
 * that says so. Only a document of its own has tracks: this loads with the validator
 * (documents.ts).
 */
export function trackParts(track: Track, messages: Messages) {
  const sharedBy = messages.sharedByTrack(track.name);
  const shared = (items: readonly string[] = []) =>
    items.length
      ? html`<p part="shared" class="shared">${sharedBy}</p>
          ${list(items)}`
      : nothing;
  return {
    label: html`<span part="track-label">${track.name}</span>`,
    description: track.description
      ? html`<p part="track-description" class="summary">
          <span class="shared">${sharedBy}${messages.labelSeparator}</span>${track.description}
        </p>`
      : nothing,
    responsibilities: shared(track.responsibilities),
    requirements: shared(track.requirements),
  };
}

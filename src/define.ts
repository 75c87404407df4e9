import { PmLadder } from './ladder/ladder.js';

/** Registers a tag unless this page already has it (a second copy of the library, or of the bundle). */
function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

define('pm-ladder', PmLadder);

declare global {
  interface HTMLElementTagNameMap {
    'pm-ladder': PmLadder;
  }
}

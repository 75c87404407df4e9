import type { LadderError, LadderWarning } from '../data/validate.js';
import type { Ladder, Role } from '../data/schema.js';

export interface PmSelectDetail {
  roleId: string;
  role: Role;
}
export interface PmLoadDetail {
  ladder: Ladder;
  /** What the document holds that is not shown (unknown fields), each `{ path, message }`; empty when all of it is. */
  warnings: readonly LadderWarning[];
}
export interface PmErrorDetail {
  errors: readonly LadderError[];
}

export type PmSelectEvent = CustomEvent<PmSelectDetail>;
export type PmLoadEvent = CustomEvent<PmLoadDetail>;
export type PmErrorEvent = CustomEvent<PmErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pm-select': PmSelectEvent;
    'pm-load': PmLoadEvent;
    'pm-error': PmErrorEvent;
  }
}

type PmEventName = 'pm-select' | 'pm-load' | 'pm-error';
type DetailOf<N extends PmEventName> = GlobalEventHandlersEventMap[N]['detail'];

/** Every pm- event bubbles and crosses shadow roots, so a page can listen on any ancestor. */
export function emit<N extends PmEventName>(target: EventTarget, name: N, detail: DetailOf<N>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/**
 * Fires `pm-error` for an element's own problems (a bad attribute, a `role-id` that names no
 * role) once per distinct set of them, not on every render that still shows them.
 */
export class ProblemReporter {
  #last = '';

  report(target: EventTarget, errors: readonly LadderError[]): void {
    const key = JSON.stringify(errors);
    if (key === this.#last) return;
    this.#last = key;
    if (errors.length) emit(target, 'pm-error', { errors });
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A long ladder's first update renders the blocks that may be on screen, at least this many
 * (100 roles); the rest follow after the first paint, this many blocks (200 roles) a task, so
 * that no task takes long.
 */
const FIRST_BLOCKS = 4;
const SLICE_BLOCKS = 8;

/**
 * How much of a long ladder `<pm-ladder>` renders, one layout's worth: what may be on screen in
 * the first update, then the rest in slices, a task each. Only a ladder document of its own is
 * long, so this loads with the validator (documents.ts). A ladder that leaves the page stops
 * slicing, and goes on when it is back.
 */
export class Slices implements ReactiveController {
  /** The blocks rendered so far: Infinity once the last slice is in. */
  shown: number;
  #host: ReactiveControllerHost & { isConnected: boolean };
  #blocks = Infinity;
  #timer?: ReturnType<typeof setTimeout>;

  /**
   * @param drawn the blocks of the same ladder already drawn, which update in place.
   * @param perBlock roles in a block (ladder.ts renders and compares roles by block).
   */
  constructor(host: ReactiveControllerHost & { isConnected: boolean }, drawn: number, perBlock: number) {
    this.#host = host;
    // A role is about 14rem by 4rem: twice as many as fit on the screen.
    this.shown = Math.max(
      FIRST_BLOCKS,
      drawn,
      Math.ceil(((innerWidth * innerHeight) / (224 * 64 * perBlock)) * 2),
    );
    host.addController(this);
  }

  /** True while a slice is still to come: `updateComplete` waits for it. */
  get pending(): boolean {
    return this.#timer !== undefined;
  }

  /**
   * Sets how many blocks this update renders, of `blocks`: the blocks of `marked` (selected,
   * "you are here", the goal, the tab stop) and all before them always; everything when
   * `whole` (print). Until all is rendered, the next slice follows a task later.
   */
  plan(blocks: number, marked: (number | undefined)[], whole: boolean): void {
    this.#blocks = blocks;
    if (whole) this.shown = Infinity;
    for (const block of marked) if (block !== undefined) this.shown = Math.max(this.shown, block + 1);
    if (this.shown >= blocks) {
      this.shown = Infinity;
      this.stop();
    } else this.#next();
  }

  /** Once this update has rendered and the page could paint. */
  #next(): void {
    if (!this.#host.isConnected) return;
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.shown += SLICE_BLOCKS;
      this.#host.requestUpdate();
    });
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  hostConnected(): void {
    if (this.shown < this.#blocks) this.#next();
  }

  hostDisconnected(): void {
    this.stop();
  }
}

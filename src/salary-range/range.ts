import type { Ladder, PayBand } from '../data/schema.js';

export interface Scale {
  min: number;
  max: number;
}

/** The band itself with a quarter of its width either side (never below zero), widened to show `marker`. */
export function defaultScale(band: PayBand, marker?: number): Scale {
  const low = Math.min(band.min, marker ?? band.min);
  const high = Math.max(band.max, marker ?? band.max);
  const margin = high > low ? (high - low) / 4 : Math.max(high, 1) / 5;
  return { min: Math.max(0, low - margin), max: high + margin };
}

/**
 * The span of every band in a ladder that shares `band`'s currency and period, so that the bands
 * of one ladder are drawn on one scale and can be compared.
 */
export function ladderScale(ladder: Ladder, band: PayBand): Scale {
  let min = band.min;
  let max = band.max;
  for (const other of [ladder.pay, ...ladder.roles.map((role) => role.pay)]) {
    if (other && other.currency === band.currency && other.period === band.period) {
      min = Math.min(min, other.min);
      max = Math.max(max, other.max);
    }
  }
  return { min, max };
}

/** Where `value` falls on `scale`, as a percentage from its start, to a thousandth of a percent. */
export function position(value: number, scale: Scale): number {
  if (scale.max === scale.min) return 0;
  const share = Math.min(1, Math.max(0, (value - scale.min) / (scale.max - scale.min)));
  return Math.round(share * 100000) / 1000;
}

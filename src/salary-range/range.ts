import type { Ladder, PayBand } from '../data/schema.js';

export interface Scale {
  min: number;
  max: number;
}

/**
 * The band itself with at least a quarter of its width either side (never below zero), widened to
 * show `marker`, and ending on round numbers: multiples of the largest step of 1, 2, 2.5 or 5 times
 * a power of ten that fits in that margin (90,000–120,000 is drawn from 80,000 to 130,000).
 */
export function defaultScale(band: PayBand, marker?: number): Scale {
  const low = Math.min(band.min, marker ?? band.min);
  const high = Math.max(band.max, marker ?? band.max);
  const margin = high > low ? (high - low) / 4 : Math.max(high, 1) / 5;
  const power = 10 ** Math.floor(Math.log10(margin));
  const step = power * ([5, 2.5, 2].find((times) => times * power <= margin) ?? 1);
  return {
    min: Math.max(0, Math.floor((low - margin) / step) * step),
    max: Math.ceil((high + margin) / step) * step,
  };
}

/**
 * The span of every band in a ladder that shares `band`'s currency and period, so that the bands
 * of one ladder are drawn on one scale and can be compared.
 */
export function ladderScale(ladder: Ladder, band: PayBand): Readonly<Scale> {
  let scales = scalesByLadder.get(ladder);
  if (!scales) {
    // One pass over the ladder for all its currencies and periods, kept while the ladder lives:
    // a ladder of a thousand roles asks a thousand times.
    scales = new Map();
    for (const other of [ladder.pay, ...ladder.roles.map((role) => role.pay)]) {
      if (!other) continue;
      const key = `${other.currency}|${other.period}`;
      const scale = scales.get(key);
      if (scale) {
        scale.min = Math.min(scale.min, other.min);
        scale.max = Math.max(scale.max, other.max);
      } else scales.set(key, { min: other.min, max: other.max });
    }
    scalesByLadder.set(ladder, scales);
  }
  return scales.get(`${band.currency}|${band.period}`) ?? band;
}

const scalesByLadder = new WeakMap<Ladder, Map<string, Scale>>();

/** Where `value` falls on `scale`, as a percentage from its start, to a thousandth of a percent. */
export function position(value: number, scale: Scale): number {
  if (scale.max === scale.min) return 0;
  const share = Math.min(1, Math.max(0, (value - scale.min) / (scale.max - scale.min)));
  return Math.round(share * 100000) / 1000;
}

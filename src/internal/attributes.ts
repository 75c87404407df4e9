import type { ComplexAttributeConverter } from 'lit';

/**
 * A number attribute that tells "absent" (`undefined`, also for `min=""`) from "not a number"
 * (`NaN`), so an element can say which one it got. Lit's own Number converter reads "" as 0.
 */
export const numberAttribute: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => (value === null || value.trim() === '' ? undefined : Number(value)),
  toAttribute: (value) => (value === undefined ? null : String(value)),
};

/**
 * The role drawn next to a role's button in an arrow's direction, as the eye sees it, whatever
 * the layout (tiers stacked or side by side, tracks in columns, right to left): in the nearest
 * row (up and down) or column (left and right) of buttons beyond it, the one that shares some of
 * its width or height, closest to its middle. None when that row or column has none, at the end
 * of a row for one: the keys then go by the ladder's order. Loaded with the validator
 * (documents.ts), which a ladder of its own has, and which the default ladder asks for when the
 * keyboard first reaches its roles.
 */
export function roleDrawn(root: ParentNode, from: Element, key: string): string | undefined {
  const across = key === 'ArrowLeft' || key === 'ArrowRight';
  const forward = key === 'ArrowDown' || key === 'ArrowRight';
  // Where a box starts on the arrow's axis (a row's boxes start level, as do a column's, however
  // tall or wide each is), signed to the arrow; its middle on the other axis, and its size there.
  const sign = forward ? 1 : -1;
  const axes = (box: DOMRect) =>
    across
      ? [box.left * sign, box.top + box.height / 2, box.height]
      : [box.top * sign, box.left + box.width / 2, box.width];
  const [here, side, size] = axes(from.getBoundingClientRect()) as [number, number, number];
  let line = Infinity;
  let least = Infinity;
  let best: Element | undefined;
  for (const button of root.querySelectorAll('.role-button')) {
    const box = button.getBoundingClientRect();
    const [there, beside, breadth] = axes(box) as [number, number, number];
    const ahead = there - here;
    // Within a pixel or two of each other, boxes stand in one row (or column).
    if (!box.width || ahead < 2 || ahead > line + 2) continue;
    if (ahead < line - 2) {
      line = ahead;
      least = Infinity;
      best = undefined;
    }
    const off = Math.abs(beside - side);
    if (off < (size + breadth) / 2 && off < least) {
      least = off;
      best = button;
    }
  }
  return best?.closest<HTMLElement>('.role')!.dataset.role;
}

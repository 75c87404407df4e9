/**
 * The role drawn next to a role in an arrow's direction, as the eye sees it, whatever the layout
 * (tiers stacked or side by side, tracks in columns, right to left). In the nearest row (up and
 * down) or column (left and right) of roles beyond it, the one that shares some of its width or
 * height, closest to its middle. Up and down, a row of the next tier drawn below (or above) with
 * none that shares it gives its closest role. Otherwise none: at the end of a row, or at the foot
 * of a tier standing beside the next, the keys then go by the ladder's order.
 *
 * It measures the roles' entries, not what is inside them: an entry a long ladder leaves unlaid
 * (content-visibility) has a size without laying it out. Loaded with the validator (documents.ts),
 * which a ladder of its own has, and which the default ladder asks for when the keyboard first
 * reaches its roles.
 */
export function roleDrawn(root: ParentNode, from: Element, key: string): string | undefined {
  const across = key === 'ArrowLeft' || key === 'ArrowRight';
  const sign = key === 'ArrowDown' || key === 'ArrowRight' ? 1 : -1;
  // Where a box starts on the arrow's axis (a row's boxes start level, as do a column's, however
  // tall or wide each is), signed to the arrow; its middle on the other axis, and its size there.
  const axes = (box: DOMRect) =>
    across
      ? [box.left * sign, box.top + box.height / 2, box.height]
      : [box.top * sign, box.left + box.width / 2, box.width];
  const entry = from.closest('.role')!;
  const tier = entry.closest('.tier')!.getBoundingClientRect();
  const [here, side, size] = axes(entry.getBoundingClientRect()) as [number, number, number];
  let line = Infinity;
  let best: { role: Element; off: number; shares: boolean } | undefined;
  for (const role of root.querySelectorAll('.role')) {
    const box = role.getBoundingClientRect();
    const [there, beside, breadth] = axes(box) as [number, number, number];
    const ahead = there - here;
    // Within a pixel or two of each other, boxes stand in one row (or column).
    if (!box.width || ahead < 2 || ahead > line + 2) continue;
    if (ahead < line - 2) {
      line = ahead;
      best = undefined;
    }
    const off = Math.abs(beside - side);
    const shares = off < (size + breadth) / 2;
    if (!best || (shares && !best.shares) || (shares === best.shares && off < best.off)) {
      best = { role, off, shares };
    }
  }
  if (!best) return undefined;
  if (!best.shares) {
    // Up and down into another tier drawn wholly below (or above) this one: its closest role.
    const other = best.role.closest('.tier')!.getBoundingClientRect();
    const beyond = sign > 0 ? other.top >= tier.bottom - 1 : other.bottom <= tier.top + 1;
    if (across || !beyond) return undefined;
  }
  return (best.role as HTMLElement).dataset.role;
}

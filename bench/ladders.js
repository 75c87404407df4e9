// Valid ladder documents of any size, for the benchmark and the tests: four tiers, roles spread
// over them in order, each promoted to the next, each with a monthly pay band in euros.

/**
 * @param {number} size how many roles
 * @returns {import('../src/data/schema.js').Ladder}
 */
export function generatedLadder(size) {
  const tiers = ['t1', 't2', 't3', 't4'].map((id) => ({ id, name: `Tier ${id}` }));
  const roles = Array.from({ length: size }, (_, i) => ({
    id: `role-${i}`,
    title: `Role ${i}`,
    tier: tiers[Math.floor((i * tiers.length) / size)].id,
    summary: `Summary of role ${i}.`,
    responsibilities: [`Responsibility of role ${i}.`],
    ...(i + 1 < size ? { next: [`role-${i + 1}`] } : {}),
    pay: { min: 1000 * i, max: 1000 * i + 500, currency: 'EUR', period: 'month' },
  }));
  return { id: 'generated', title: `Generated ladder of ${size} roles`, tiers, roles };
}

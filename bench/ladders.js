// Valid ladder documents of any size, for the benchmark and the tests: four tiers, roles spread
// over them in order, each promoted to the next, each with a monthly pay band in euros.

/**
 * @param {number} size how many roles
 * @param {number} [competencies] how many competencies, in groups of five, each rated on five
 *   levels (the even ones on a shared scale, the odd ones by levels of their own); every role
 *   expects a level and a line of text in each, the level rising along the ladder
 * @returns {import('../src/data/schema.js').Ladder}
 */
export function generatedLadder(size, competencies = 0) {
  const tiers = ['t1', 't2', 't3', 't4'].map((id) => ({ id, name: `Tier ${id}` }));
  const roles = Array.from({ length: size }, (_, i) => ({
    id: `role-${i}`,
    title: `Role ${i}`,
    tier: tiers[Math.floor((i * tiers.length) / size)].id,
    summary: `Summary of role ${i}.`,
    responsibilities: [`Responsibility of role ${i}.`],
    ...(i + 1 < size ? { next: [`role-${i + 1}`] } : {}),
    pay: { min: 1000 * i, max: 1000 * i + 500, currency: 'EUR', period: 'month' },
    ...(competencies
      ? {
          expectations: Array.from({ length: competencies }, (_, c) => ({
            competency: `competency-${c}`,
            level: `level-${Math.floor((i * LEVELS) / size)}`,
            text: [`What role ${i} does in competency ${c}.`],
          })),
        }
      : {}),
  }));
  const ladder = { id: 'generated', title: `Generated ladder of ${size} roles`, tiers, roles };
  if (!competencies) return ladder;
  const levels = Array.from({ length: LEVELS }, (_, l) => ({
    id: `level-${l}`,
    name: `Level ${l + 1}`,
    description: `What level ${l + 1} means.`,
  }));
  return {
    ...ladder,
    scales: [{ id: 'scale', name: 'Scale', levels }],
    competencies: Array.from({ length: competencies }, (_, c) => ({
      id: `competency-${c}`,
      name: `Competency ${c}`,
      group: `Group ${Math.floor(c / 5)}`,
      ...(c % 2 ? { levels } : { scale: 'scale' }),
    })),
  };
}

const LEVELS = 5;

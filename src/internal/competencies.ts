import type { Competency, Expectation, Ladder, Level, Role } from '../data/schema.js';
import type { Messages } from './messages.js';

/** A competency with the levels it is rated by: its own, its scale's, or none (text only). */
export interface RatedCompetency {
  competency: Competency;
  levels: readonly Level[];
  /** Its place in the ladder's list of competencies, the order they show in. */
  position: number;
}

/** One expectation of a role, with its competency and, when it names one, its level and rank (1 = lowest). */
export interface RatedExpectation extends RatedCompetency {
  expectation: Expectation;
  level?: Level;
  rank?: number;
}

/** Competencies in a group (or in none, `name` undefined), in the ladder's order. */
export interface CompetencyGroup<T> {
  name?: string;
  items: T[];
}

const indexes = new WeakMap<Ladder, Map<string, RatedCompetency>>();

/** The ladder's competencies by id, each with the levels it is rated by; built once per ladder. */
export function competenciesById(ladder: Ladder): Map<string, RatedCompetency> {
  let index = indexes.get(ladder);
  if (!index) {
    const scales = new Map(ladder.scales?.map((scale) => [scale.id, scale.levels]));
    index = new Map(
      (ladder.competencies ?? []).map((competency, position) => [
        competency.id,
        { competency, levels: competency.levels ?? scales.get(competency.scale ?? '') ?? [], position },
      ]),
    );
    indexes.set(ladder, index);
  }
  return index;
}

/** A role's expectations in the order of the ladder's competencies, each with its level and rank. */
export function expectationsOf(ladder: Ladder, role: Role): RatedExpectation[] {
  const index = competenciesById(ladder);
  return (role.expectations ?? [])
    .map((expectation): RatedExpectation | undefined => {
      const rated = index.get(expectation.competency);
      if (!rated) return undefined;
      const at = rated.levels.findIndex((level) => level.id === expectation.level);
      return at < 0
        ? { ...rated, expectation }
        : { ...rated, expectation, level: rated.levels[at], rank: at + 1 };
    })
    .filter((item): item is RatedExpectation => !!item)
    .sort((a, b) => a.position - b.position);
}

/**
 * Items grouped as their competencies' `group` says, the groups in the order their first
 * competency comes. Competencies without a group come first, under no heading of their own, so
 * that none of them reads as part of the group before it.
 */
export function groupByCompetency<T extends { competency: Competency }>(
  items: readonly T[],
): CompetencyGroup<T>[] {
  const ungrouped: CompetencyGroup<T> = { items: [] };
  const named = new Map<string, CompetencyGroup<T>>();
  for (const item of items) {
    const name = item.competency.group;
    if (name === undefined) {
      ungrouped.items.push(item);
      continue;
    }
    let group = named.get(name);
    if (!group) named.set(name, (group = { name, items: [] }));
    group.items.push(item);
  }
  return [...(ungrouped.items.length ? [ungrouped] : []), ...named.values()];
}

/** The text an expectation shows: its own, else its level's description. */
export const textOf = (item?: { expectation: { text?: string[] }; level?: Level }): string[] =>
  item?.expectation.text ?? (item?.level?.description ? [item.level.description] : []);

/** The examples an expectation shows: its own, else its level's. */
export const examplesOf = (item: { expectation: { examples?: string[] }; level?: Level }): string[] =>
  item.expectation.examples ?? item.level?.examples ?? [];

/** An expectation's level with its rank, as the labels say it ("Specializes, 2 of 5"); none without a level. */
export const levelText = (item: RatedExpectation, messages: Messages): string | undefined =>
  item.level && messages.levelOf(item.level.name, item.rank!, item.levels.length);

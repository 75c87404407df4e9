import type { PayKind, PayPeriod } from '../data/schema.js';

/** Every label the elements show, in one table, so that each is written once (and can be translated in one place). */
export const messages = {
  loading: 'Loading the ladder…',
  errorTitle: 'This ladder could not be shown',
  errorKeptTitle: 'The new ladder could not be shown; this is the last one that could',
  errorBandTitle: 'This pay band could not be shown',
  errorRoleTitle: 'This role could not be shown',
  errorSettingsTitle: 'Some settings of this ladder name nothing in it',
  documentPath: 'document',
  emptyLadder: 'This ladder has no roles yet.',
  noMatchingRoles: 'No roles of this ladder match its tiers and track settings.',
  payRangeAcrossRoles: 'Range across all roles',
  guidanceTitle: 'How to advance',
  keySkillTitle: 'The key skill',
  adviceTitle: 'Advice',
  sourcesTitle: 'Sources',
  levelsLabel: 'Levels',
  youAreHere: 'You are here',
  goal: 'Goal',
  step: (n: number) => `Step ${n}`,
  pathSteps: (from: string, to: string, steps: number) =>
    `From ${from} to ${to}: ${steps} ${steps === 1 ? 'step' : 'steps'}.`,
  pathThrough: (titles: string[]) => `Through ${titles.join(', then ')}.`,
  pathNone: (from: string, to: string) =>
    `There is no path of promotions from ${from} to ${to} in this ladder.`,
  pathArrived: (title: string) => `You are at your goal: ${title}.`,
  linkToRole: 'Link to this role',
  responsibilitiesTitle: 'Responsibilities',
  requirementsTitle: 'To be promoted into this role',
  nextTitle: 'Next step',
  nextTitlePlural: 'Next steps',
  reportsTo: 'Reports to',
  noRolePay: 'This ladder gives no pay band for this role.',
  noLadderPay: 'This ladder gives no pay band.',
  markerLabel: 'Marked value',
  markerBelow: 'below the range',
  markerWithin: 'within the range',
  markerAbove: 'above the range',
  period: {
    year: 'per year',
    month: 'per month',
    week: 'per week',
    day: 'per day',
    hour: 'per hour',
  } satisfies Record<PayPeriod, string>,
  payKind: {
    'market-estimate': 'Market estimate',
    'employer-range': 'Pay range',
  } satisfies Record<PayKind, string>,
};

export type Messages = typeof messages;

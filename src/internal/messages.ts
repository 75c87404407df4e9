import type { PayKind, PayPeriod } from '../data/schema.js';

/**
 * Every label and message the elements show, in one table per language. English is built in;
 * German, French, Spanish and Arabic load on demand (`src/locales/`). The problems found in a
 * ladder document are written for its author and stay in English.
 */
export interface Messages {
  loading: string;
  /** Said once the ladders being loaded are on show, by their titles. */
  loaded: (titles: string[]) => string;
  errorTitle: string;
  errorKeptTitle: string;
  errorBandTitle: string;
  errorRoleTitle: string;
  errorSettingsTitle: string;
  /** Stands for the whole document where a problem has no narrower location. */
  documentPath: string;
  emptyLadder: string;
  noMatchingRoles: string;
  payRangeAcrossRoles: string;
  guidanceTitle: string;
  keySkillTitle: string;
  adviceTitle: string;
  /** With its punctuation, before the list of sources: "Sources:". */
  sourcesTitle: string;
  youAreHere: string;
  goal: string;
  step: (n: number) => string;
  pathSteps: (from: string, to: string, steps: number) => string;
  pathThrough: (titles: string[]) => string;
  pathNone: (from: string, to: string) => string;
  pathArrived: (title: string) => string;
  linkToRole: string;
  /** Told once, on a ladder's tab stop, after the role's other parts. */
  arrowKeys: string;
  responsibilitiesTitle: string;
  requirementsTitle: string;
  nextTitle: string;
  nextTitlePlural: string;
  /** With its punctuation, before the role's title: "Reports to:". */
  reportsTo: string;
  lateralTitle: string;
  lateralTitlePlural: string;
  /** Before what every role on a track shares: "Shared by every role on the Management track". */
  sharedByTrack: (track: string) => string;
  /** A sideways move on the path from `current` to `target`, onto another track (named) or none. */
  pathSwitch: (from: string, to: string, track?: string) => string;
  expectationsTitle: string;
  /** A level with its rank among the competency's levels: "Specializes, 2 of 5". */
  levelOf: (level: string, rank: number, count: number) => string;
  examplesLabel: string;
  noRolePay: string;
  noLadderPay: string;
  /** The group of buttons that switch `<pm-ladder>` between its views, and their names. */
  viewSwitch: string;
  viewLadder: string;
  viewMatrix: string;
  /** The matrix's caption, after the ladder's title. */
  matrixCaption: (title: string) => string;
  competencyTitle: string;
  /** The heading of a competency's levels, in its definition. */
  levelsTitle: string;
  /** A cell that names nothing for its competency. */
  noExpectation: string;
  /** A level higher than the role below it on the same track: "Up from Adopts". */
  risesFrom: (level: string) => string;
  /** The heading of a comparison: "From Engineer to Senior Engineer". */
  compareTitle: (from: string, to: string) => string;
  /** "4 of 6 competencies change". */
  changesCount: (changed: number, total: number) => string;
  /** The fold of the competencies that do not change: "2 unchanged". */
  unchanged: (count: number) => string;
  /** Marks a competency whose expectation differs between the two roles. */
  changes: string;
  /** The heading of what each promotion on the way takes. */
  stepsTitle: string;
  /** Before what a promotion into a role takes: "Into Senior Engineer". */
  into: (title: string) => string;
  noRequirements: string;
  /** The heading of the responsibilities a role has and the one compared with it does not. */
  newAt: (title: string) => string;
  /** The difference of two pay bands: "+€20,000 at the bottom, +€25,000 at the top". */
  payDifference: (min: string, max: string) => string;
  /** Two bands that cannot be subtracted: another currency or period. */
  payApart: string;
  /** Opens the comparison of `current` and `target` under a ladder's path sentence. */
  compareOffer: (from: string, to: string) => string;
  /** The name of the profile chart, before its levels. */
  profileTitle: string;
  /** The reader's own marks, a third shape in the chart. */
  yourMarks: string;
  assessTitle: (title: string) => string;
  markNotYet: string;
  markWorking: string;
  markMet: string;
  evidence: string;
  /** "3 of 8 met". */
  metCount: (met: number, total: number) => string;
  storedHere: string;
  storageRefused: string;
  exportMarks: string;
  importMarks: string;
  clearMarks: string;
  printMarks: string;
  /** A file that is not an export of these marks. */
  importFailed: (reason: string) => string;
  /** A file imported but for some entries, named (in English, as a document's problems are). */
  importPartly: (reason: string) => string;
  /** Marks kept for expectations the ladder no longer has, by what they were. */
  goneMarks: (names: string[]) => string;
  markerLabel: string;
  /** The date of a pay band that names no source: "As of 2026". */
  asOf: (date: string) => string;
  /** Between a label and its value: ": " ("Your offer: $105,000"). */
  labelSeparator: string;
  /** Between the parts of a list or a sentence: ", ". */
  listSeparator: string;
  markerBelow: string;
  markerWithin: string;
  markerAbove: string;
  period: Record<PayPeriod, string>;
  payKind: Record<PayKind, string>;
}

/** Replacements for any of the labels, in the `strings` property of every element. */
export type Strings = Partial<Omit<Messages, 'period' | 'payKind'>> & {
  period?: Partial<Messages['period']>;
  payKind?: Partial<Messages['payKind']>;
};

/**
 * The labels of what only a ladder document of its own holds, or lacks (tracks, competencies,
 * sideways moves, a pay band's date without its source, a load's announcement; no roles, no pay
 * band): in English they load with
 * the validator (document-messages.ts), which every such document needs, and a page of the
 * default ladder does without them. The other languages have them in their tables.
 */
export type DocumentLabel =
  | 'loaded'
  | 'asOf'
  | 'sharedByTrack'
  | 'pathSwitch'
  | 'expectationsTitle'
  | 'levelOf'
  | 'examplesLabel'
  | 'lateralTitle'
  | 'lateralTitlePlural'
  | 'emptyLadder'
  | 'noRolePay'
  | 'noLadderPay'
  | 'viewSwitch'
  | 'viewLadder'
  | 'viewMatrix'
  | 'compareOffer'
  | 'profileTitle';

/**
 * The labels of the matrix, the comparison, its chart and the reader's marks: in English they
 * load with those views (view-messages.ts, in pm-ladder.views.js). The other languages have them.
 */
export type ViewLabel =
  | 'matrixCaption'
  | 'competencyTitle'
  | 'levelsTitle'
  | 'noExpectation'
  | 'risesFrom'
  | 'compareTitle'
  | 'changesCount'
  | 'unchanged'
  | 'changes'
  | 'stepsTitle'
  | 'into'
  | 'noRequirements'
  | 'newAt'
  | 'payDifference'
  | 'payApart'
  | 'yourMarks'
  | 'assessTitle'
  | 'markNotYet'
  | 'markWorking'
  | 'markMet'
  | 'evidence'
  | 'metCount'
  | 'storedHere'
  | 'storageRefused'
  | 'exportMarks'
  | 'importMarks'
  | 'clearMarks'
  | 'printMarks'
  | 'importFailed'
  | 'importPartly'
  | 'goneMarks';

/** English, but for the labels of a document of its own (DocumentLabel) and of the views (ViewLabel). */
export const en: Omit<Messages, DocumentLabel | ViewLabel> = {
  loading: 'Loading the ladder…',
  errorTitle: 'This ladder could not be shown',
  errorKeptTitle: 'The new ladder could not be shown; this is the last one that could',
  errorBandTitle: 'This pay band could not be shown',
  errorRoleTitle: 'This role could not be shown',
  errorSettingsTitle: 'Some settings of this ladder name nothing in it',
  documentPath: 'document',
  noMatchingRoles: 'No roles of this ladder match its tiers and track settings.',
  payRangeAcrossRoles: 'Range across all roles',
  guidanceTitle: 'How to advance',
  keySkillTitle: 'The key skill',
  adviceTitle: 'Advice',
  sourcesTitle: 'Sources:',
  youAreHere: 'You are here',
  goal: 'Goal',
  step: (n) => `Step ${n}`,
  pathSteps: (from, to, steps) => `From ${from} to ${to}: ${steps} ${steps === 1 ? 'step' : 'steps'}.`,
  pathThrough: (titles) => `Through ${titles.join(', then ')}.`,
  pathNone: (from, to) => `There is no path of promotions from ${from} to ${to} in this ladder.`,
  pathArrived: (title) => `You are at your goal: ${title}.`,
  linkToRole: 'Link to this role',
  arrowKeys: 'arrow keys move between roles',
  responsibilitiesTitle: 'Responsibilities',
  requirementsTitle: 'To be promoted into this role',
  nextTitle: 'Next step',
  nextTitlePlural: 'Next steps',
  reportsTo: 'Reports to:',
  markerLabel: 'Marked value',
  labelSeparator: ': ',
  listSeparator: ', ',
  markerBelow: 'below the range',
  markerWithin: 'within the range',
  markerAbove: 'above the range',
  period: {
    year: 'per year',
    month: 'per month',
    week: 'per week',
    day: 'per day',
    hour: 'per hour',
  },
  payKind: {
    'market-estimate': 'Market estimate',
    'employer-range': 'Pay range',
  },
};

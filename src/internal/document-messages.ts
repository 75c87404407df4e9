import type { DocumentLabel, Messages } from './messages.js';

/** "Management track", from a track named "Management" or "Management track". */
const trackName = (name: string) => (/\btrack$/i.test(name) ? name : `${name} track`);

/** The English labels of what only a ladder document of its own holds, or lacks (messages.ts). */
export const enDocument: Pick<Messages, DocumentLabel> = {
  loaded: (titles) => `Loaded: ${titles.join(', ')}.`,
  lateralTitle: 'Lateral move',
  lateralTitlePlural: 'Lateral moves',
  sharedByTrack: (track) => `Shared by every role on the ${trackName(track)}`,
  pathSwitch: (from, to, track) =>
    track
      ? `From ${from}, switch to the ${trackName(track)} as ${to}.`
      : `From ${from}, move sideways to ${to}.`,
  expectationsTitle: 'What is expected',
  levelOf: (level, rank, count) => `${level}, ${rank} of ${count}`,
  examplesLabel: 'Examples',
  asOf: (date) => `As of ${date}`,
  emptyLadder: 'This ladder has no roles yet.',
  noRolePay: 'This ladder gives no pay band for this role.',
  noLadderPay: 'This ladder gives no pay band.',
  viewSwitch: 'View',
  viewLadder: 'Ladder',
  viewMatrix: 'Matrix',
  matrixCaption: (title) => `${title}: what each role expects, by competency`,
  competencyTitle: 'Competency',
  levelsTitle: 'Levels',
  noExpectation: 'Not set',
  risesFrom: (level) => `Up from ${level}`,
  compareTitle: (from, to) => `From ${from} to ${to}`,
  changesCount: (changed, total) => `${changed} of ${total} ${total === 1 ? 'competency changes' : 'competencies change'}`,
  unchanged: (count) => `${count} unchanged`,
  changes: 'Changes',
  stepsTitle: 'What each promotion takes',
  into: (title) => `Into ${title}`,
  noRequirements: 'This ladder names no requirements for this step.',
  newAt: (title) => `New at ${title}`,
  payDifference: (min, max) => `${min} at the bottom of the band, ${max} at the top`,
  payApart: 'The two bands are in different currencies or periods: no difference is given.',
  compareOffer: (from, to) => `Compare ${from} with ${to}`,
  profileTitle: 'Profile',
  yourMarks: 'Your marks',
  assessTitle: (title) => `Your marks against ${title}`,
  markNotYet: 'Not yet',
  markWorking: 'Working on it',
  markMet: 'Met',
  evidence: 'Evidence (optional)',
  metCount: (met, total) => `${met} of ${total} met`,
  storedHere: 'Kept in this browser only, never sent anywhere.',
  storageRefused: 'This browser does not let the page store them: they last until the page is closed.',
  exportMarks: 'Export',
  importMarks: 'Import',
  clearMarks: 'Clear',
  printMarks: 'Print',
  importFailed: (reason) => `That file could not be imported: ${reason}`,
  goneMarks: (names) => `Kept, for expectations this ladder no longer has: ${names.join(', ')}`,
};

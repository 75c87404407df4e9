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
};

import { en, type DocumentLabel, type Messages } from './messages.js';
import { viewLabels } from './view-loader.js';

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
  profileTitle: 'Profile',
  compareOffer: (from, to) => `Compare ${from} with ${to}`,
};

let whole: Messages | undefined;
let withViews: unknown;

/**
 * The whole English table once this file is here: the bundle's labels, those of a document of
 * its own, and once pm-ladder.views.js has loaded, those of its views (view-messages.ts); the
 * same object until the views come.
 */
export function englishTable(): Messages {
  const views = viewLabels();
  if (!whole || views !== withViews) {
    withViews = views;
    whole = { ...en, ...enDocument, ...views } as Messages;
  }
  return whole;
}

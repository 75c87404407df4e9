import type { Messages } from '../internal/messages.js';

/** French. A no-break space (\u00a0) keeps `:` and `;` with the word before them. */
const fr: Messages = {
  loading: 'Chargement de l’échelle de carrière…',
  loaded: (titles) => `Chargé : ${titles.join(', ')}.`,
  errorTitle: 'Cette échelle de carrière ne peut pas être affichée',
  errorKeptTitle:
    'La nouvelle échelle de carrière ne peut pas être affichée\u00a0; voici la dernière qui a pu l’être',
  errorBandTitle: 'Cette fourchette de salaire ne peut pas être affichée',
  errorRoleTitle: 'Ce poste ne peut pas être affiché',
  errorSettingsTitle: 'Certains réglages ne correspondent à rien dans cette échelle',
  documentPath: 'document',
  emptyLadder: 'Cette échelle de carrière n’a encore aucun poste.',
  noMatchingRoles: 'Aucun poste de cette échelle ne correspond aux niveaux et à la filière choisis.',
  payRangeAcrossRoles: 'Fourchette pour l’ensemble des postes',
  guidanceTitle: 'Comment progresser',
  keySkillTitle: 'La compétence clé',
  adviceTitle: 'Conseils',
  sourcesTitle: 'Sources\u00a0:',
  youAreHere: 'Vous êtes ici',
  goal: 'Objectif',
  step: (n) => `Étape ${n}`,
  pathSteps: (from, to, steps) =>
    `De ${from} à ${to}\u00a0: ${steps}\u00a0${steps === 1 ? 'étape' : 'étapes'}.`,
  pathThrough: (titles) => `En passant par ${titles.join(', puis ')}.`,
  pathNone: (from, to) => `Aucune suite de promotions ne mène de ${from} à ${to} dans cette échelle.`,
  pathArrived: (title) => `Vous avez atteint votre objectif\u00a0: ${title}.`,
  linkToRole: 'Lien vers ce poste',
  arrowKeys: 'les flèches passent d’un poste à l’autre',
  responsibilitiesTitle: 'Responsabilités',
  requirementsTitle: 'Pour être promu à ce poste',
  nextTitle: 'Étape suivante',
  nextTitlePlural: 'Étapes suivantes',
  reportsTo: 'Rend compte à\u00a0:',
  lateralTitle: 'Mouvement latéral',
  lateralTitlePlural: 'Mouvements latéraux',
  sharedByTrack: (track) => `Commun à tous les postes de la filière «\u00a0${track}\u00a0»`,
  pathSwitch: (from, to, track) =>
    track
      ? `Depuis ${from}, passer à la filière «\u00a0${track}\u00a0» comme ${to}.`
      : `Depuis ${from}, passer latéralement à ${to}.`,
  expectationsTitle: 'Ce qui est attendu',
  levelOf: (level, rank, count) => `${level}, ${rank} sur ${count}`,
  examplesLabel: 'Exemples',
  noRolePay: 'Cette échelle ne donne pas de fourchette de salaire pour ce poste.',
  noLadderPay: 'Cette échelle ne donne pas de fourchette de salaire.',
  markerLabel: 'Valeur indiquée',
  asOf: (date) => `En date de ${date}`,
  labelSeparator: '\u00a0: ',
  listSeparator: ', ',
  markerBelow: 'en dessous de la fourchette',
  markerWithin: 'dans la fourchette',
  markerAbove: 'au-dessus de la fourchette',
  period: {
    year: 'par an',
    month: 'par mois',
    week: 'par semaine',
    day: 'par jour',
    hour: 'de l’heure',
  },
  payKind: {
    'market-estimate': 'Estimation du marché',
    'employer-range': 'Fourchette de salaire',
  },
};

export default fr;

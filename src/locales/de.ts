import type { Messages } from '../internal/messages.js';

/** German. */
const de: Messages = {
  loading: 'Die Karriereleiter wird geladen …',
  loaded: (titles) => `Geladen: ${titles.join(', ')}.`,
  errorTitle: 'Diese Karriereleiter kann nicht angezeigt werden',
  errorKeptTitle:
    'Die neue Karriereleiter kann nicht angezeigt werden; zu sehen ist die letzte, die angezeigt werden konnte',
  errorBandTitle: 'Diese Gehaltsspanne kann nicht angezeigt werden',
  errorRoleTitle: 'Diese Rolle kann nicht angezeigt werden',
  errorSettingsTitle: 'Einige Einstellungen verweisen auf nichts in dieser Karriereleiter',
  documentPath: 'Dokument',
  emptyLadder: 'Diese Karriereleiter hat noch keine Rollen.',
  noMatchingRoles: 'Keine Rolle dieser Karriereleiter passt zu den gewählten Stufen und Laufbahnen.',
  payRangeAcrossRoles: 'Spanne über alle Rollen',
  guidanceTitle: 'So kommen Sie weiter',
  keySkillTitle: 'Die wichtigste Fähigkeit',
  adviceTitle: 'Tipps',
  sourcesTitle: 'Quellen:',
  youAreHere: 'Sie sind hier',
  goal: 'Ziel',
  step: (n) => `Schritt ${n}`,
  pathSteps: (from, to, steps) => `Von ${from} zu ${to}: ${steps} ${steps === 1 ? 'Schritt' : 'Schritte'}.`,
  pathThrough: (titles) => `Über ${titles.join(', dann ')}.`,
  pathNone: (from, to) => `In dieser Karriereleiter führt kein Beförderungsweg von ${from} zu ${to}.`,
  pathArrived: (title) => `Sie sind an Ihrem Ziel: ${title}.`,
  linkToRole: 'Link zu dieser Rolle',
  arrowKeys: 'Pfeiltasten wechseln zwischen den Rollen',
  responsibilitiesTitle: 'Aufgaben',
  requirementsTitle: 'Voraussetzungen für die Beförderung in diese Rolle',
  nextTitle: 'Nächster Schritt',
  nextTitlePlural: 'Nächste Schritte',
  reportsTo: 'Berichtet an:',
  lateralTitle: 'Wechsel auf gleicher Ebene',
  lateralTitlePlural: 'Wechsel auf gleicher Ebene',
  sharedByTrack: (track) => `Gilt für jede Rolle im Pfad „${track}“`,
  pathSwitch: (from, to, track) =>
    track
      ? `Von ${from} aus in den Pfad „${track}“ wechseln, als ${to}.`
      : `Von ${from} aus auf gleicher Ebene zu ${to} wechseln.`,
  expectationsTitle: 'Was erwartet wird',
  levelOf: (level, rank, count) => `${level}, ${rank} von ${count}`,
  examplesLabel: 'Beispiele',
  noRolePay: 'Diese Karriereleiter nennt für diese Rolle keine Gehaltsspanne.',
  noLadderPay: 'Diese Karriereleiter nennt keine Gehaltsspanne.',
  markerLabel: 'Markierter Wert',
  asOf: (date) => `Stand: ${date}`,
  labelSeparator: ': ',
  listSeparator: ', ',
  markerBelow: 'unterhalb der Spanne',
  markerWithin: 'innerhalb der Spanne',
  markerAbove: 'oberhalb der Spanne',
  period: {
    year: 'pro Jahr',
    month: 'pro Monat',
    week: 'pro Woche',
    day: 'pro Tag',
    hour: 'pro Stunde',
  },
  payKind: {
    'market-estimate': 'Marktschätzung',
    'employer-range': 'Gehaltsspanne',
  },
};

export default de;

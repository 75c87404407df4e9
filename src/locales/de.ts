import type { Messages } from '../internal/messages.js';

/** German. */
const de: Messages = {
  loading: 'Die Karriereleiter wird geladen …',
  errorTitle: 'Diese Karriereleiter kann nicht angezeigt werden',
  errorKeptTitle:
    'Die neue Karriereleiter kann nicht angezeigt werden; zu sehen ist die letzte, die angezeigt werden konnte',
  errorBandTitle: 'Diese Gehaltsspanne kann nicht angezeigt werden',
  errorRoleTitle: 'Diese Rolle kann nicht angezeigt werden',
  errorSettingsTitle: 'Einige Einstellungen dieser Karriereleiter verweisen auf nichts darin',
  documentPath: 'Dokument',
  emptyLadder: 'Diese Karriereleiter hat noch keine Rollen.',
  noMatchingRoles: 'Keine Rolle dieser Karriereleiter passt zu den gewählten Stufen und Laufbahnen.',
  payRangeAcrossRoles: 'Spanne über alle Rollen',
  guidanceTitle: 'So kommen Sie weiter',
  keySkillTitle: 'Die wichtigste Fähigkeit',
  adviceTitle: 'Ratschläge',
  sourcesTitle: 'Quellen:',
  levelsLabel: 'Stufen',
  youAreHere: 'Sie sind hier',
  goal: 'Ziel',
  step: (n) => `Schritt ${n}`,
  pathSteps: (from, to, steps) => `Von ${from} zu ${to}: ${steps} ${steps === 1 ? 'Schritt' : 'Schritte'}.`,
  pathThrough: (titles) => `Über ${titles.join(', dann ')}.`,
  pathNone: (from, to) => `In dieser Karriereleiter führt kein Beförderungsweg von ${from} zu ${to}.`,
  pathArrived: (title) => `Sie sind an Ihrem Ziel: ${title}.`,
  linkToRole: 'Link zu dieser Rolle',
  responsibilitiesTitle: 'Aufgaben',
  requirementsTitle: 'Voraussetzungen für die Beförderung in diese Rolle',
  nextTitle: 'Nächster Schritt',
  nextTitlePlural: 'Nächste Schritte',
  reportsTo: 'Berichtet an:',
  noRolePay: 'Diese Karriereleiter nennt für diese Rolle keine Gehaltsspanne.',
  noLadderPay: 'Diese Karriereleiter nennt keine Gehaltsspanne.',
  markerLabel: 'Markierter Wert',
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

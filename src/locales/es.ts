import type { Messages } from '../internal/messages.js';

/** Spanish. */
const es: Messages = {
  loading: 'Cargando la escala profesional…',
  errorTitle: 'No se puede mostrar esta escala profesional',
  errorKeptTitle: 'No se puede mostrar la nueva escala profesional; esta es la última que se pudo mostrar',
  errorBandTitle: 'No se puede mostrar esta banda salarial',
  errorRoleTitle: 'No se puede mostrar este puesto',
  errorSettingsTitle: 'Algunos ajustes de esta escala no corresponden a nada de ella',
  documentPath: 'documento',
  emptyLadder: 'Esta escala profesional aún no tiene puestos.',
  noMatchingRoles: 'Ningún puesto de esta escala coincide con los niveles y la trayectoria elegidos.',
  payRangeAcrossRoles: 'Banda para todos los puestos',
  guidanceTitle: 'Cómo avanzar',
  keySkillTitle: 'La habilidad clave',
  adviceTitle: 'Consejos',
  sourcesTitle: 'Fuentes:',
  youAreHere: 'Estás aquí',
  goal: 'Meta',
  step: (n) => `Paso ${n}`,
  pathSteps: (from, to, steps) => `De ${from} a ${to}: ${steps} ${steps === 1 ? 'paso' : 'pasos'}.`,
  pathThrough: (titles) => `Pasando por ${titles.join(', luego ')}.`,
  pathNone: (from, to) => `En esta escala no hay un camino de ascensos de ${from} a ${to}.`,
  pathArrived: (title) => `Has llegado a tu meta: ${title}.`,
  linkToRole: 'Enlace a este puesto',
  responsibilitiesTitle: 'Responsabilidades',
  requirementsTitle: 'Para ascender a este puesto',
  nextTitle: 'Siguiente paso',
  nextTitlePlural: 'Siguientes pasos',
  reportsTo: 'Depende de:',
  lateralTitle: 'Movimiento lateral',
  lateralTitlePlural: 'Movimientos laterales',
  sharedByTrack: (track) => `Común a todos los puestos de la trayectoria «${track}»`,
  pathSwitch: (from, to, track) =>
    track
      ? `Desde ${from}, cambiar a la trayectoria «${track}» como ${to}.`
      : `Desde ${from}, pasar lateralmente a ${to}.`,
  expectationsTitle: 'Lo que se espera',
  levelOf: (level, rank, count) => `${level}, ${rank} de ${count}`,
  examplesLabel: 'Ejemplos',
  noRolePay: 'Esta escala no indica una banda salarial para este puesto.',
  noLadderPay: 'Esta escala no indica una banda salarial.',
  markerLabel: 'Valor marcado',
  labelSeparator: ': ',
  listSeparator: ', ',
  markerBelow: 'por debajo de la banda',
  markerWithin: 'dentro de la banda',
  markerAbove: 'por encima de la banda',
  period: {
    year: 'al año',
    month: 'al mes',
    week: 'a la semana',
    day: 'al día',
    hour: 'por hora',
  },
  payKind: {
    'market-estimate': 'Estimación de mercado',
    'employer-range': 'Banda salarial',
  },
};

export default es;

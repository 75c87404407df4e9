export { PmLadder } from './ladder/ladder.js';
export { defaultLadder } from './data/default-ladder.js';
export { validateLadder, parseLadder, MAX_REPORTED_ERRORS } from './data/validate.js';
export type { LadderError, LadderResult } from './data/validate.js';
export { LadderSchema, PERIODS, PAY_KINDS } from './data/schema.js';
export type {
  Ladder,
  Tier,
  Track,
  Role,
  PayBand,
  PayPeriod,
  PayKind,
  Guidance,
  Source,
} from './data/schema.js';
export { CURRENCY_CODES } from './data/currencies.js';
export type { CurrencyCode } from './data/currencies.js';
export type {
  PmSelectEvent,
  PmLoadEvent,
  PmErrorEvent,
  PmSelectDetail,
  PmLoadDetail,
  PmErrorDetail,
} from './internal/events.js';

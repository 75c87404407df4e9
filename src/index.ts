import { enDocument } from './internal/document-messages.js';
import { enViews } from './internal/view-messages.js';
import { loadMessages as loadTable } from './internal/i18n.js';
import { en, type Messages } from './internal/messages.js';

export { PmLadder } from './ladder/ladder.js';
export { PmRoleCard } from './role-card/role-card.js';
export { PmSalaryRange } from './salary-range/salary-range.js';
export { PmRoleCompare } from './role-compare/role-compare.js';
export { defaultLadder } from './data/default-ladder.js';
export {
  validateLadder,
  validatePayBand,
  parseLadder,
  MAX_REPORTED_ERRORS,
  MAX_DOCUMENT_SIZE,
} from './data/validate.js';
export type { LadderError, LadderWarning, LadderResult, PayBandResult } from './data/validate.js';
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
  Competency,
  Scale,
  Level,
  Expectation,
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
export { LANGUAGES } from './internal/i18n.js';
export type { Messages, Strings } from './internal/messages.js';
export type { Theme } from './internal/tokens.js';
export type { LadderLayout } from './ladder/ladder.js';

/** Every English label: the table the other languages translate, whose labels `strings` replaces. */
export const englishMessages: Messages = { ...en, ...enDocument, ...enViews };

/**
 * The labels of a locale's language, loaded if need be; English for a language that does not
 * ship or whose file cannot be loaded now. Always the whole table: English fills in any label a
 * table has yet to load (the labels of a document of its own load with pm-ladder.documents.js,
 * those of the matrix and the comparison with pm-ladder.views.js).
 */
export const loadMessages = (locale: string): Promise<Messages> =>
  loadTable(locale).then((table) => ({ ...englishMessages, ...table }));

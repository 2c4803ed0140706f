/** Share links and the work saved in the browser: versioned, decoded defensively. */
export {
  decodeShareHash,
  encodeShareHash,
  isShareable,
  MAX_SHARE_HASH_LENGTH,
  MAX_SHARE_TEXT_BYTES,
} from './codec';
export type { ShareDecodeResult, ShareProblem } from './codec';
export { parseSavedWork, SAVED_WORK_KEY, serializeSavedWork } from './storage';
export type { Recoverable, RecoverableKind, SavedWork } from './storage';
export { isOwnWork, planLinkOpening, planStart } from './start';
export { carriesManifest, NOT_A_LINK } from './link-format';
export type { LinkOpening, LinkProblem, StartPlan } from './start';

/** Title lookups for cited papers: used only by the background script (network lives there). */
export {
  DEV_API_BASE_URLS_KEY,
  isAllowedApiBaseUrl,
  parseDevApiBaseUrls,
  type DevApiBaseUrls,
} from './dev-override';
export { FirstAnswerClient } from './first-answer';
export { pruneTitleCache, type PrunableArea } from './prune-title-cache';
export { DEFAULT_KOOP_SRU_BASE, KoopSruClient, parseSruAnswer, sruQuery } from './koop-sru';
export {
  TitleCache,
  memoryStorage,
  storageAreaAdapter,
  type KeyValueStorage,
  type StorageAreaLike,
  type TitleCacheOptions,
} from './title-cache';
export { DEFAULT_TK_ODATA_BASE, TkODataClient, parseTkAnswer, tkFilter } from './tk-odata';
export {
  DEFAULT_TIMEOUT_MS,
  isLookupFailure,
  type CitedPaperRef,
  type ClientOptions,
  type FetchLike,
  type LookupFailure,
  type LookupFailureState,
  type LookupResult,
  type PaperDetails,
  type TitleLookupClient,
} from './types';

export { measure, measureOptions, isOver, overflowIndex, graphemes, youtubeParts, LIMITS } from './measure';
export type { Measure, MeasureOptions, MeasureWarning } from './measure';
export { splitThread, splitParts, numbered, moveSplit } from './split';
export { applyUtm, tagUrl, campaignSlug } from './utm';
export { COMPOSE_TARGETS, THREAD_TARGETS, FOLDS, isComposeTarget } from './targets';
export type { ComposeTarget } from './targets';

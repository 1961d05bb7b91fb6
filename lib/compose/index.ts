export { measure, measureOptions, isOver, overflowIndex, graphemes, titleParts, LIMITS, FOLDS } from './measure';
export type { Measure, MeasureOptions, MeasureWarning } from './measure';
export { splitThread, splitParts, numbered, moveSplit } from './split';
export { applyUtm, tagUrl, campaignSlug } from './utm';
export { COMPOSE_TARGETS, THREAD_TARGETS, isComposeTarget } from '../platforms/registry';
export type { ComposeTarget } from '../platforms/registry';

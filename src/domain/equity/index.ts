/** Private equity's public names (docs/design/equity.md §2). */
export { exitWaterfall, type WaterfallResult, type WaterfallSeriesPayout } from './waterfall';
export { waterfallCurve, interpolate as curveAt, type CurveKnot } from './curve';
export { capTableAt, distributable, fullyDiluted, type CapTableState } from './capTableAt';
export { unitValue } from './units';
export { hash32, createStream, uniform01, splitmix32 } from './random';
export { normInv } from './normInv';
export type { WaterfallExtras } from './terms';
export { equityOutcomes, DEFAULT_DRAWS, MIN_DRAWS, MAX_DRAWS } from './outcome/outcomes';
export { equityOutcomesChunk } from './outcome/chunkApi';
export type { OutcomeChunk } from './outcome/chunk';
export { mergeOutcomeChunks, type OutcomeResult, type OutcomeYear } from './outcome/merge';
export { parseOutcomeModel } from './outcome/parseModel';
export { offerKey } from './outcome/resolve';
export { percentileSorted } from './outcome/stats';

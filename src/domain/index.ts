/** The engine's public surface. Everything the UI shows is computed here. */
export * from './schemas/common';
export * from './schemas/offer';
export * from './schemas/profile';
export * from './schemas/finance';
export * from './schemas/workspace';
export * from './types';
export * from './errors';
export * from './dimensions';
export { parseOffer, parseProfile, parseFinance, parseWorkspace } from './parse';
export { compensationByYear } from './compensation';
export { evaluateOffer } from './scoring';
export { rocWeights } from './weights';
export { ahp } from './ahp';
export { weightFlipPoints } from './sensitivity';
export { breakEvenBase } from './breakEven';
export { employerCostByYear } from './employerCost';
export { blackScholesCall } from './blackScholes';
export { exitValue } from './exitValue';

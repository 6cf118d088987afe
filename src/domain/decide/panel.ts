/** Hiring-panel consensus (decide.md §2): the file the spec names, re-exporting its parts. */
export { aggregateJudgments, aggregatePriorities, alonsoLamataCr } from './panelAggregate';
export { consensusIndex, consensusWord, hAlphaMin, hGammaMax } from './panelConsensus';
export { similarityMatrix, kendallW, ranksFromWeights, hornOverlap } from './panelAgreement';
export { panelSummary } from './panelSummary';
export { panelChartData } from './panelChartData';
export { panelWeightScenarios, panelGroupProfile } from './panelRobust';

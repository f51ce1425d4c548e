export type {
  CriterionExplanation,
  ExplainOptions,
  InitiativeExplanation,
  RankingAudit,
  RecordedOptions,
} from './audit/explain-ranking'
export { explainRanking, safeExplainRanking } from './audit/explain-ranking'
export { prioritisationVersion } from './audit/package-version'
export type { ReproducedRanking } from './audit/reproduce-ranking'
export { reproduceRanking, safeReproduceRanking } from './audit/reproduce-ranking'
export type { PrioritisedPortfolio } from './budget/prioritised-portfolio'
export { prioritisedPortfolio, safePrioritisedPortfolio } from './budget/prioritised-portfolio'
export type {
  MarginalCandidate,
  Portfolio,
  PortfolioItem,
  PortfolioOptions,
} from './budget/select-portfolio'
export {
  portfolioItemSchema,
  safeSelectPortfolio,
  selectPortfolio,
} from './budget/select-portfolio'
export type { Criterion, LevelDescriptor } from './criteria/criterion-schema'
export { criteriaSchema, criterionSchema, levelDescriptorSchema } from './criteria/criterion-schema'
export type { DefineCriteriaOptions } from './criteria/define-criteria'
export { defineCriteria, safeDefineCriteria } from './criteria/define-criteria'
export { fourTestsCodes, fourTestsCriteria } from './criteria/four-tests'
export type { ImpactScaleOptions, InitiativeImpact } from './impact/opportunity-score'
export {
  opportunityScoreFromImpact,
  safeOpportunityScoreFromImpact,
} from './impact/opportunity-score'
export type { CriterionDirection, MatrixMethodOptions, MethodScores } from './methods/method-result'
export type { PreferenceFunction } from './methods/preference-function'
export { preference, preferenceFunctionSchema } from './methods/preference-function'
export type { RankingMethod, RankOptions } from './methods/prepare-ranking'
export type { PrometheeOptions, PrometheeScores } from './methods/promethee'
export { prometheeII, safePrometheeII } from './methods/promethee'
export type { RankedInitiative, Ranking } from './methods/rank-initiatives'
export { rankInitiatives, safeRankInitiatives } from './methods/rank-initiatives'
export type { TopsisScores } from './methods/topsis'
export { safeTopsis, topsis } from './methods/topsis'
export type { WeightedSumOptions } from './methods/weighted-sum'
export { safeWeightedSum, weightedSum } from './methods/weighted-sum'
export type {
  AggregatedScore,
  AggregateScoresOptions,
  ScoreAggregation,
  ScorerScore,
  ScoreTable,
} from './scores/aggregate-scores'
export { aggregateScores, safeAggregateScores } from './scores/aggregate-scores'
export type { SmaaInitiative, SmaaOptions, SmaaResult } from './stability/smaa'
export { safeSmaa, smaa } from './stability/smaa'
export type { WeightShift, WeightStability, WeightThreshold } from './stability/weight-thresholds'
export { safeWeightThresholds, weightThresholds } from './stability/weight-thresholds'
export type { AhpOptions, AhpResult } from './weights/ahp-weights'
export { ahpWeights, safeAhpWeights } from './weights/ahp-weights'
export type { DirectWeightsOptions, Weights } from './weights/direct-weights'
export {
  directWeights,
  equalWeights,
  safeDirectWeights,
  WEIGHT_SUM_TOLERANCE,
} from './weights/direct-weights'
export type { GroupOptions } from './weights/group-judgements'
export {
  aggregateJudgements,
  aggregatePriorities,
  safeAggregateJudgements,
  safeAggregatePriorities,
  safeGroupAhpWeights,
} from './weights/group-judgements'
export type { RandomIndexTableName } from './weights/random-index'
export { randomIndexTables } from './weights/random-index'
export { safeSwingWeights, swingWeights } from './weights/swing-weights'

/** Types of `audit/explain-ranking`, each documented where it is defined. */
export type {
  CriterionExplanation,
  ExplainOptions,
  InitiativeExplanation,
  RankingAudit,
  RecordedOptions,
} from './audit/explain-ranking'
export { explainRanking, safeExplainRanking } from './audit/explain-ranking'
export { prioritisationVersion } from './audit/package-version'
/** Types of `audit/reproduce-ranking`, each documented where it is defined. */
export type { ReproducedRanking } from './audit/reproduce-ranking'
export { reproduceRanking, safeReproduceRanking } from './audit/reproduce-ranking'
/** Types of `budget/compare-portfolios`, each documented where it is defined. */
export type {
  ComparePortfoliosOptions,
  PortfolioAssumption,
  PortfolioComparison,
} from './budget/compare-portfolios'
export { comparePortfolios, safeComparePortfolios } from './budget/compare-portfolios'
/** Types of `budget/left-out`, each documented where it is defined. */
export type { LeftOutInitiative } from './budget/left-out'
/** Types of `budget/prioritised-portfolio`, each documented where it is defined. */
export type { PrioritisedPortfolio } from './budget/prioritised-portfolio'
export { prioritisedPortfolio, safePrioritisedPortfolio } from './budget/prioritised-portfolio'
/** Types of `budget/select-portfolio`, each documented where it is defined. */
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
/** Types of `budget/value-for-money`, each documented where it is defined. */
export type {
  BenefitItem,
  BenefitMeasure,
  ValueForMoneyLine,
  ValueForMoneyOptions,
  ValueForMoneyPortfolio,
} from './budget/value-for-money'
export { safeValueForMoneyPortfolio, valueForMoneyPortfolio } from './budget/value-for-money'
/** Types of `criteria/criterion-schema`, each documented where it is defined. */
export type { Criterion, LevelDescriptor } from './criteria/criterion-schema'
export { criteriaSchema, criterionSchema, levelDescriptorSchema } from './criteria/criterion-schema'
/** Types of `criteria/define-criteria`, each documented where it is defined. */
export type { DefineCriteriaOptions } from './criteria/define-criteria'
export { defineCriteria, safeDefineCriteria } from './criteria/define-criteria'
export { fourTestsCodes, fourTestsCriteria } from './criteria/four-tests'
/** Types of `impact/measured-opportunity`, each documented where it is defined. */
export type {
  MeasuredImpact,
  MeasuredOpportunity,
  OpportunityScoring,
  OpportunityScoringOptions,
} from './impact/measured-opportunity'
export {
  safeScoreOpportunityFromImpacts,
  scoreOpportunityFromImpacts,
} from './impact/measured-opportunity'
/** Types of `impact/opportunity-score`, each documented where it is defined. */
export type { ImpactScaleOptions, InitiativeImpact } from './impact/opportunity-score'
export {
  opportunityScoreFromImpact,
  safeOpportunityScoreFromImpact,
} from './impact/opportunity-score'
/** Types of `methods/method-result`, each documented where it is defined. */
export type { CriterionDirection, MatrixMethodOptions, MethodScores } from './methods/method-result'
/** Types of `methods/preference-function`, each documented where it is defined. */
export type { PreferenceFunction } from './methods/preference-function'
export { preference, preferenceFunctionSchema } from './methods/preference-function'
/** Types of `methods/prepare-ranking`, each documented where it is defined. */
export type { RankingMethod, RankOptions } from './methods/prepare-ranking'
/** Types of `methods/promethee`, each documented where it is defined. */
export type { PrometheeOptions, PrometheeScores } from './methods/promethee'
export { prometheeII, safePrometheeII } from './methods/promethee'
/** Types of `methods/rank-initiatives`, each documented where it is defined. */
export type { RankedInitiative, Ranking, RankingAssumption } from './methods/rank-initiatives'
export { rankInitiatives, safeRankInitiatives } from './methods/rank-initiatives'
/** Types of `methods/topsis`, each documented where it is defined. */
export type { TopsisScores } from './methods/topsis'
export { safeTopsis, topsis } from './methods/topsis'
/** Types of `methods/weighted-sum`, each documented where it is defined. */
export type { WeightedSumOptions } from './methods/weighted-sum'
export { safeWeightedSum, weightedSum } from './methods/weighted-sum'
/** Types of `scores/aggregate-scores`, each documented where it is defined. */
export type {
  AggregatedScore,
  AggregateScoresOptions,
  ScoreAggregation,
  ScorerScore,
  ScoreTable,
} from './scores/aggregate-scores'
export { aggregateScores, safeAggregateScores } from './scores/aggregate-scores'
/** Types of `stability/smaa`, each documented where it is defined. */
export type { SmaaInitiative, SmaaOptions, SmaaResult } from './stability/smaa'
export { SMAA_MAX_DRAWS, safeSmaa, smaa } from './stability/smaa'
/** Types of `stability/weight-thresholds`, each documented where it is defined. */
export type { WeightShift, WeightStability, WeightThreshold } from './stability/weight-thresholds'
export { safeWeightThresholds, weightThresholds } from './stability/weight-thresholds'
/** Types of `weights/ahp-weights`, each documented where it is defined. */
export type { AhpOptions, AhpResult } from './weights/ahp-weights'
export { ahpWeights, safeAhpWeights } from './weights/ahp-weights'
/** Types of `weights/direct-weights`, each documented where it is defined. */
export type { DirectWeightsOptions, Weights } from './weights/direct-weights'
export {
  directWeights,
  equalWeights,
  safeDirectWeights,
  WEIGHT_SUM_TOLERANCE,
} from './weights/direct-weights'
/** Types of `weights/group-judgements`, each documented where it is defined. */
export type { GroupOptions } from './weights/group-judgements'
export {
  aggregateJudgements,
  aggregatePriorities,
  safeAggregateJudgements,
  safeAggregatePriorities,
  safeGroupAhpWeights,
} from './weights/group-judgements'
/** Types of `weights/random-index`, each documented where it is defined. */
export type { RandomIndexTableName } from './weights/random-index'
export { randomIndexTables } from './weights/random-index'
export { safeSwingWeights, swingWeights } from './weights/swing-weights'

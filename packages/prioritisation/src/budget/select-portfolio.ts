import {
  type Issue,
  issue,
  type Money,
  moneySchema,
  moneyToString,
  parseMoney,
  type Result,
  resultFrom,
  sumMoney,
  unwrapResult,
} from '@oneworkforce/schemas'
import * as z from 'zod'
import { optionIssues } from '../internal/option-issues'
import { type LeftOutInitiative, leftOutInitiatives } from './left-out'
import { portfolioGraph } from './portfolio-graph'
import {
  type ComponentOption,
  chosenMembers,
  componentOptions,
  type KnapsackInput,
  runGroups,
  solveGroups,
} from './portfolio-knapsack'

/**
 * A candidate for the portfolio: its cost, its value (for example its weighted-sum score) and
 * its links: `dependsOn` (cannot be funded without these) and `excludes` (cannot be funded with these).
 *
 * @example
 * ```ts
 * import { portfolioItemSchema } from '@oneworkforce/prioritisation'
 *
 * portfolioItemSchema.parse({ id: 'hub-phase-2', costGbp: '250000', value: 0.6, dependsOn: ['hub'] })
 * ```
 */
export const portfolioItemSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().optional(),
  costGbp: z.union([moneySchema, z.number().finite()]),
  value: z.number().finite(),
  dependsOn: z.array(z.string()).optional(),
  excludes: z.array(z.string()).optional(),
})

const moneyOption = z.union([z.string(), z.number()])

/**
 * The types and ranges of {@link PortfolioOptions} fields, checked before any is read.
 *
 * @internal
 */
export const portfolioOptionsShape = {
  budgetGbp: moneyOption,
  resolutionGbp: moneyOption.optional(),
  marginCandidates: z
    .number()
    .int('marginCandidates must be a whole number')
    .min(0, 'marginCandidates must be 0 or more')
    .max(1000, 'marginCandidates must be at most 1,000')
    .optional(),
  maxSubsetsPerGroup: z
    .number()
    .int('maxSubsetsPerGroup must be a whole number')
    .min(1, 'maxSubsetsPerGroup must be at least 1')
    .max(100_000_000, 'maxSubsetsPerGroup must be at most 100,000,000')
    .optional(),
} satisfies z.ZodRawShape

/** A portfolio candidate. */
export type PortfolioItem = z.input<typeof portfolioItemSchema>

/** Options of {@link selectPortfolio}. */
export interface PortfolioOptions {
  /** The budget in pounds, as a decimal string (or number). */
  readonly budgetGbp: string | number
  /** Cost resolution in pounds (default `'1000'`): costs are rounded UP to it and the budget DOWN, so a chosen portfolio never exceeds the budget. */
  readonly resolutionGbp?: string | number
  /** How many excluded candidates to analyse at the margin (default 5; a whole number from 0 to 1,000). */
  readonly marginCandidates?: number
  /** Limit on the subsets explored per linked group of initiatives (default 1,000,000, at most 100,000,000); beyond it a `too_large` issue is given. */
  readonly maxSubsetsPerGroup?: number
}

/**
 * An excluded initiative at the margin: what funding it would take, in value per pound and in
 * what it would displace from the optimal portfolio (programme budgeting and marginal analysis).
 *
 * @example
 * ```ts
 * import type { MarginalCandidate } from '@oneworkforce/prioritisation'
 *
 * const line = (each: MarginalCandidate) => `${each.id} would displace ${each.displaces.join(', ') || 'nothing'}`
 * ```
 */
export interface MarginalCandidate {
  readonly id: string
  readonly costGbp: string
  readonly value: number
  /** Value per £1 million of its own cost; null for a zero cost. */
  readonly valuePerMillionGbp: number | null
  /** False when it cannot be funded at all within the budget (with what it depends on). */
  readonly feasible: boolean
  /** Initiatives it depends on (directly or not) that the optimal portfolio does not already fund. */
  readonly needs: readonly string[]
  /** Other initiatives the best portfolio that includes it would also fund (bought with money freed). */
  readonly alsoFunds: readonly string[]
  /** Initiatives of the optimal portfolio dropped by the best portfolio that includes it. */
  readonly displaces: readonly string[]
  /** Total value of that best portfolio minus the optimum (≤ 0); null when not feasible. */
  readonly valueChange: number | null
}

/**
 * The best-value set of initiatives within a budget.
 *
 * @example
 * ```ts
 * import type { Portfolio } from '@oneworkforce/prioritisation'
 *
 * const summary = (portfolio: Portfolio) => `${portfolio.chosen.length} funded for £${portfolio.totalCostGbp}`
 * ```
 */
export interface Portfolio {
  readonly budgetGbp: string
  readonly resolutionGbp: string
  /** Ids of the funded initiatives, in input order. */
  readonly chosen: readonly string[]
  /** Exact total cost of the funded initiatives. */
  readonly totalCostGbp: string
  readonly remainingGbp: string
  readonly totalValue: number
  /** Best excluded candidates by value per pound, with what they would displace. */
  readonly margin: readonly MarginalCandidate[]
  /** Every initiative not funded, in input order, with the reason in words. */
  readonly leftOut: readonly LeftOutInitiative[]
}

/**
 * The portfolio returned beside error issues (nothing chosen).
 *
 * @internal
 */
export const emptyPortfolio: Portfolio = {
  budgetGbp: '',
  resolutionGbp: '',
  chosen: [],
  totalCostGbp: '0.00',
  remainingGbp: '',
  totalValue: 0,
  margin: [],
  leftOut: [],
}

/**
 * Chooses the set of initiatives with the greatest total value whose total cost fits the budget,
 * honouring dependencies (A needs B: A only if B) and exclusions (A or B, not both), and lists
 * the next candidates at the margin.
 *
 * Method, exact for the rounded costs: costs are parsed as decimals (`parseMoney`) and converted
 * to whole units of `resolutionGbp` (default £1,000) rounding costs UP and the budget DOWN, so
 * the chosen portfolio never exceeds the budget (a portfolio that fits only to the pound, not to
 * the unit, may be missed: pass `resolutionGbp: '1'` for exact pounds with small budgets).
 * Initiatives linked by dependencies or exclusions form groups; each group's feasible subsets
 * are enumerated and reduced to their cost-value Pareto front; a multiple-choice 0/1 knapsack
 * dynamic programme over cost units then picks one subset per group (Kellerer, Pferschy &
 * Pisinger, *Knapsack Problems*, Springer 2004, ch. 11). Unlinked initiatives are groups of one.
 *
 * At the margin (programme budgeting and marginal analysis, Mitton & Donaldson, *Priority
 * Setting Toolkit*, BMJ Books 2004): the excluded initiatives with the highest value per pound,
 * each with the best portfolio that must include it and what that would displace.
 *
 * Bad input, each a clear issue: unknown or self references, dependency cycles (error), a
 * negative cost or budget, duplicate ids. A budget smaller than every cost gives an empty
 * portfolio and a warning, not an error.
 *
 * @example
 * ```ts
 * import { safeSelectPortfolio } from '@oneworkforce/prioritisation'
 *
 * const result = safeSelectPortfolio(
 *   [
 *     { id: 'hub', costGbp: '400000', value: 0.8 },
 *     { id: 'hub-outreach', costGbp: '150000', value: 0.5, dependsOn: ['hub'] },
 *     { id: 'rosters', costGbp: '300000', value: 0.6 },
 *   ],
 *   { budgetGbp: '600000' },
 * )
 * if (result.success) console.log(result.value.chosen) // ['hub', 'hub-outreach']
 * ```
 */
export function safeSelectPortfolio(items: unknown, options: PortfolioOptions): Result<Portfolio> {
  const empty = emptyPortfolio
  const optionProblems = optionIssues(options, portfolioOptionsShape)
  if (optionProblems.length > 0) return resultFrom(empty, optionProblems)
  const validated = z.array(portfolioItemSchema).safeParse(items)
  const issues: Issue[] = []
  if (!validated.success) {
    for (const each of validated.error.issues) {
      const row = typeof each.path[0] === 'number' ? each.path[0] : undefined
      issues.push(
        issue(
          'invalid_value',
          `items${each.path.map((part) => `[${String(part)}]`).join('')}: ${each.message}`,
          ['items', ...each.path.map((part) => (typeof part === 'number' ? part : String(part)))],
          { row },
        ),
      )
    }
    return resultFrom(empty, issues)
  }
  const list = validated.data
  const money = (value: unknown, path: string): Money | undefined => {
    try {
      return parseMoney(value as string)
    } catch {
      issues.push(
        issue(
          'invalid_value',
          `${path} must be an amount of money, received ${JSON.stringify(value)}`,
          [path],
        ),
      )
      return undefined
    }
  }
  const budget = money(options.budgetGbp, 'budgetGbp')
  const resolution = money(options.resolutionGbp ?? '1000', 'resolutionGbp')
  if (budget?.isNegative())
    issues.push(issue('out_of_range', 'budgetGbp must be zero or more', ['budgetGbp']))
  if (resolution && !resolution.greaterThan(0))
    issues.push(issue('out_of_range', 'resolutionGbp must be more than 0', ['resolutionGbp']))
  const seen = new Map<string, number>()
  const costs = list.map((item, row) => {
    if (seen.has(item.id))
      issues.push(
        issue(
          'duplicate_key',
          `item id "${item.id}" is used by rows ${seen.get(item.id)} and ${row}`,
          ['items', row, 'id'],
          { row, column: 'id' },
        ),
      )
    seen.set(item.id, row)
    const cost = parseMoney(item.costGbp)
    if (cost.isNegative())
      issues.push(
        issue('out_of_range', `"${item.id}" has a negative cost`, ['items', row, 'costGbp'], {
          row,
          column: 'costGbp',
        }),
      )
    return cost
  })
  const graph = portfolioGraph(
    list.map((item) => ({
      id: item.id,
      dependsOn: item.dependsOn ?? [],
      excludes: item.excludes ?? [],
    })),
  )
  issues.push(...graph.issues)
  if (!budget || !resolution || issues.some((each) => each.severity === 'error'))
    return resultFrom(empty, issues)

  const capacity = budget.dividedBy(resolution).floor().toNumber()
  const units = costs.map((cost) => cost.dividedBy(resolution).ceil().toNumber())
  const values = list.map((item) => item.value)
  const groupCount = graph.components.length
  if (capacity > 50_000_000 || (capacity + 1) * groupCount > 400_000_000) {
    return resultFrom(empty, [
      issue(
        'too_large',
        `a budget of ${capacity} units of £${resolution.toString()} over ${groupCount} groups is too large for the exact method; use a coarser resolutionGbp`,
        ['resolutionGbp'],
      ),
    ])
  }
  if (
    costs.some((cost) => !cost.dividedBy(resolution).isInteger()) ||
    !budget.dividedBy(resolution).isInteger()
  ) {
    issues.push(
      issue(
        'invalid_value',
        `costs are rounded up (and the budget down) to whole units of £${resolution.toString()}, so the portfolio never exceeds the budget; a portfolio fitting only to the pound may be missed`,
        ['resolutionGbp'],
        { severity: 'warning' },
      ),
    )
  }
  const input: KnapsackInput = {
    units,
    values,
    dependsOn: graph.dependsOn,
    excludes: graph.excludes,
    capacity,
    maxVisited: options.maxSubsetsPerGroup ?? 1_000_000,
  }
  const groups = graph.components.map((component) => componentOptions(component, input))
  const tooLarge = graph.components.filter((_, g) => groups[g] === undefined)
  if (tooLarge.length > 0) {
    return resultFrom(empty, [
      issue(
        'too_large',
        `the group of linked initiatives ${tooLarge[0]?.map((i) => list[i]?.id).join(', ')} has too many feasible combinations to enumerate exactly; reduce the links or raise maxSubsetsPerGroup`,
        ['items'],
      ),
    ])
  }
  const solved = solveGroups(groups as ComponentOption[][], capacity)
  const chosenSet = new Set(solved.chosen)
  if (units.every((unit) => unit > capacity) && list.length > 0) {
    issues.push(
      issue(
        'insufficient_data',
        `the budget of £${budget.toString()} is smaller than the cost of every initiative, so none can be funded`,
        ['budgetGbp'],
        { severity: 'warning' },
      ),
    )
  }
  const totalCost = sumMoney(solved.chosen.map((i) => costs[i] as Money))
  const margin = marginalCandidates(
    list,
    costs,
    chosenSet,
    solved.value,
    groups as ComponentOption[][],
    graph.components,
    input,
    options.marginCandidates ?? 5,
  )
  return resultFrom(
    {
      budgetGbp: moneyToString(budget),
      resolutionGbp: moneyToString(resolution),
      chosen: solved.chosen.map((i) => list[i]?.id as string),
      totalCostGbp: moneyToString(totalCost),
      remainingGbp: moneyToString(budget.minus(totalCost)),
      totalValue: solved.value,
      margin,
      leftOut: leftOutInitiatives({
        list,
        costs,
        chosen: chosenSet,
        dependsOn: graph.dependsOn,
        excludes: graph.excludes,
        budget,
        margin: new Map(margin.map((each) => [each.id, each])),
      }),
    },
    issues,
  )
}

function marginalCandidates(
  list: readonly { readonly id: string; readonly value: number }[],
  costs: readonly Money[],
  chosen: ReadonlySet<number>,
  optimum: number,
  groups: readonly (readonly ComponentOption[])[],
  components: readonly (readonly number[])[],
  input: KnapsackInput,
  count: number,
): MarginalCandidate[] {
  const perMillion = (i: number) => {
    const cost = costs[i] as Money
    return cost.isZero() ? null : (list[i]?.value as number) / cost.dividedBy(1e6).toNumber()
  }
  const excluded = list.map((_, i) => i).filter((i) => !chosen.has(i))
  excluded.sort((a, b) => {
    const pa = perMillion(a) ?? Number.POSITIVE_INFINITY
    const pb = perMillion(b) ?? Number.POSITIVE_INFINITY
    return pb > pa ? 1 : pb < pa ? -1 : String(list[a]?.id).localeCompare(String(list[b]?.id))
  })
  const componentOf = new Map<number, number>()
  components.forEach((component, g) => {
    for (const i of component) componentOf.set(i, g)
  })
  const candidates = excluded.slice(0, Math.max(0, count))
  // The groups of the candidates go last, so the programme over every other group is run once
  // and each candidate only re-runs the few candidate groups (one of them forced to include it).
  const tailGroups = [...new Set(candidates.map((i) => componentOf.get(i) as number))]
  const tail = new Set(tailGroups)
  const prefix = runGroups(
    groups.filter((_, g) => !tail.has(g)),
    input.capacity,
  )
  return candidates.map((i): MarginalCandidate => {
    const g = componentOf.get(i) as number
    const forcedOptions = componentOptions(components[g] as number[], input, i) ?? []
    const base = {
      id: list[i]?.id as string,
      costGbp: moneyToString(costs[i] as Money),
      value: list[i]?.value as number,
      valuePerMillionGbp: perMillion(i),
    }
    const closure = new Set<number>()
    const collect = (k: number) => {
      for (const dependency of input.dependsOn[k] ?? []) {
        if (!closure.has(dependency)) {
          closure.add(dependency)
          collect(dependency)
        }
      }
    }
    collect(i)
    const needs = [...closure].filter((k) => !chosen.has(k)).sort((a, b) => a - b)
    const infeasible = {
      ...base,
      feasible: false,
      needs: needs.map((k) => list[k]?.id as string),
      alsoFunds: [],
      displaces: [],
      valueChange: null,
    }
    if (forcedOptions.length === 0) return infeasible
    const forcedTail = tailGroups.map((k) =>
      k === g ? forcedOptions : (groups[k] as ComponentOption[]),
    )
    const forced = chosenMembers(runGroups(forcedTail, input.capacity, prefix), input.capacity)
    if (!Number.isFinite(forced.value)) return infeasible
    const forcedSet = new Set(forced.chosen)
    return {
      ...base,
      feasible: true,
      needs: needs.map((k) => list[k]?.id as string),
      alsoFunds: forced.chosen
        .filter((k) => k !== i && !chosen.has(k) && !closure.has(k))
        .map((k) => list[k]?.id as string),
      displaces: [...chosen]
        .filter((k) => !forcedSet.has(k))
        .sort((a, b) => a - b)
        .map((k) => list[k]?.id as string),
      valueChange: forced.value - optimum,
    }
  })
}

/**
 * Throwing twin of {@link safeSelectPortfolio}.
 *
 * @example
 * ```ts
 * import { selectPortfolio } from '@oneworkforce/prioritisation'
 *
 * selectPortfolio(
 *   [{ id: 'a', costGbp: '5000', value: 1 }, { id: 'b', costGbp: '5000', value: 2, excludes: ['a'] }],
 *   { budgetGbp: '10000' },
 * ).chosen // ['b']
 * ```
 */
export function selectPortfolio(items: unknown, options: PortfolioOptions): Portfolio {
  return unwrapResult(safeSelectPortfolio(items, options))
}

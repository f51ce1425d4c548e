import { type Money, moneyToString, sumMoney } from '@oneworkforce/schemas'
import type { MarginalCandidate } from './select-portfolio'

/**
 * An initiative the portfolio does not fund, and why, in words a board can read:
 *
 * - `no-value`: its value is 0 or less, so funding it adds nothing;
 * - `unaffordable`: it costs more than the budget with what it depends on;
 * - `displaced`: funding it means dropping funded initiatives for less total value (from the
 *   marginal analysis, with what it would displace);
 * - `conflict`: it cannot run alongside a funded initiative it excludes;
 * - `outranked`: the budget buys more value elsewhere (beyond the analysed margin; raise
 *   `marginCandidates` to see what it would displace).
 *
 * @example
 * ```ts
 * import type { LeftOutInitiative } from '@oneworkforce/prioritisation'
 *
 * const line = (each: LeftOutInitiative) => `${each.id}: ${each.why}`
 * ```
 */
export interface LeftOutInitiative {
  readonly id: string
  readonly costGbp: string
  readonly value: number
  readonly reason: 'no-value' | 'unaffordable' | 'displaced' | 'conflict' | 'outranked'
  readonly why: string
}

/** What {@link leftOutInitiatives} needs from the solved portfolio. @internal */
export interface LeftOutInput {
  readonly list: readonly { readonly id: string; readonly value: number }[]
  readonly costs: readonly Money[]
  readonly chosen: ReadonlySet<number>
  readonly dependsOn: readonly (readonly number[])[]
  readonly excludes: readonly ReadonlySet<number>[]
  readonly budget: Money
  /** Marginal analysis of excluded initiatives, by id (those analysed). */
  readonly margin: ReadonlyMap<string, MarginalCandidate>
}

const fmt = (value: number) => String(Number(value.toPrecision(4)))

/**
 * Why each initiative not funded was left out, in input order.
 *
 * @internal
 */
export function leftOutInitiatives(input: LeftOutInput): LeftOutInitiative[] {
  const { list, costs, chosen, dependsOn, excludes, budget, margin } = input
  const closure = (i: number): number[] => {
    const seen = new Set<number>([i])
    const stack = [i]
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      for (const j of dependsOn[next] ?? []) {
        if (!seen.has(j)) {
          seen.add(j)
          stack.push(j)
        }
      }
    }
    return [...seen]
  }
  return list.flatMap((item, i): LeftOutInitiative[] => {
    if (chosen.has(i)) return []
    const base = { id: item.id, costGbp: moneyToString(costs[i] as Money), value: item.value }
    if (!(item.value > 0)) {
      return [
        {
          ...base,
          reason: 'no-value',
          why: `its value is ${fmt(item.value)}, so funding it adds nothing`,
        },
      ]
    }
    const needed = closure(i)
    const fullCost = sumMoney(needed.map((k) => costs[k] as Money))
    if (fullCost.greaterThan(budget)) {
      const withDeps = needed.length > 1 ? ' with what it depends on' : ''
      return [
        {
          ...base,
          reason: 'unaffordable',
          why: `it costs £${moneyToString(fullCost)}${withDeps}, more than the budget of £${moneyToString(budget)}`,
        },
      ]
    }
    const analysed = margin.get(item.id)
    if (analysed?.feasible && analysed.valueChange !== null && analysed.valueChange >= -1e-9) {
      const instead =
        analysed.displaces.length > 0 ? ` instead of ${analysed.displaces.join(', ')}` : ''
      return [
        {
          ...base,
          reason: 'displaced',
          why: `a tie: funding it${instead} gives the same total value, and the method's order of search chose the other; decide between them on judgement`,
        },
      ]
    }
    if (analysed?.feasible && analysed.valueChange !== null) {
      const dropped = analysed.displaces.length > 0 ? analysed.displaces.join(', ') : 'nothing'
      const needs = analysed.needs.length > 0 ? ` (with ${analysed.needs.join(', ')})` : ''
      return [
        {
          ...base,
          reason: 'displaced',
          why: `funding it${needs} would drop ${dropped} and change the total value by ${fmt(analysed.valueChange)}`,
        },
      ]
    }
    const rival = [...(excludes[i] ?? [])].find((k) => chosen.has(k))
    if (rival !== undefined) {
      return [
        {
          ...base,
          reason: 'conflict',
          why: `it cannot run alongside ${list[rival]?.id}, which is funded and worth more with the rest`,
        },
      ]
    }
    return [
      {
        ...base,
        reason: 'outranked',
        why: 'the budget buys more value elsewhere (beyond the analysed margin: raise marginCandidates to see what it would displace)',
      },
    ]
  })
}

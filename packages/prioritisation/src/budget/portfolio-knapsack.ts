/** One feasible choice within a component: which members, at what cost (units) and value. @internal */
export interface ComponentOption {
  readonly members: readonly number[]
  readonly units: number
  readonly value: number
}

/** Inputs of the exact knapsack over components. @internal */
export interface KnapsackInput {
  readonly units: readonly number[]
  readonly values: readonly number[]
  readonly dependsOn: readonly (readonly number[])[]
  readonly excludes: readonly Set<number>[]
  readonly capacity: number
  readonly maxVisited: number
}

/**
 * Every feasible subset of a component (closed under dependencies, no excluded pair, within
 * capacity), reduced to its Pareto front (no option costs more for no more value). Members are
 * visited in dependency order so a dependency is decided before its dependents. Returns
 * undefined when the enumeration exceeds `maxVisited` nodes.
 *
 * @internal
 */
export function componentOptions(
  component: readonly number[],
  input: KnapsackInput,
  forced?: number,
): ComponentOption[] | undefined {
  const order = dependencyOrder(component, input.dependsOn)
  const taken = new Set<number>()
  const found: ComponentOption[] = []
  let visited = 0
  const visit = (position: number, units: number, value: number): boolean => {
    visited += 1
    if (visited > input.maxVisited) return false
    if (position === order.length) {
      if (forced === undefined || taken.has(forced))
        found.push({ members: [...taken], units, value })
      return true
    }
    const item = order[position] as number
    if (item !== forced && !visit(position + 1, units, value)) return false
    const cost = units + (input.units[item] as number)
    const allowed =
      cost <= input.capacity &&
      (input.dependsOn[item] ?? []).every((dependency) => taken.has(dependency)) &&
      ![...(input.excludes[item] ?? [])].some((other) => taken.has(other))
    if (allowed) {
      taken.add(item)
      const ok = visit(position + 1, cost, value + (input.values[item] as number))
      taken.delete(item)
      if (!ok) return false
    }
    return true
  }
  if (!visit(0, 0, 0)) return undefined
  found.sort(
    (a, b) => a.units - b.units || b.value - a.value || a.members.length - b.members.length,
  )
  const front: ComponentOption[] = []
  for (const option of found) {
    const last = front[front.length - 1]
    if (!last || option.value > last.value + 1e-12) front.push(option)
  }
  return front
}

function dependencyOrder(
  component: readonly number[],
  dependsOn: readonly (readonly number[])[],
): number[] {
  const inComponent = new Set(component)
  const done = new Set<number>()
  const order: number[] = []
  const place = (item: number) => {
    if (done.has(item)) return
    done.add(item)
    for (const dependency of dependsOn[item] ?? [])
      if (inComponent.has(dependency)) place(dependency)
    order.push(item)
  }
  for (const item of [...component].sort((a, b) => a - b)) place(item)
  return order
}

/** The state of the knapsack dynamic programme after some groups. @internal */
export interface KnapsackState {
  /** best[c]: greatest value within c units using the groups so far (−∞ when infeasible). */
  readonly best: Float64Array
  /** The groups processed, in order, with the option chosen at each capacity. */
  readonly layers: readonly {
    readonly options: readonly ComponentOption[]
    readonly choice: Uint16Array
  }[]
}

/**
 * Multiple-choice knapsack by dynamic programming over capacity: one option per group, maximum
 * total value within `capacity` units. best_g[c] = max_o best_{g−1}[c − units_o] + value_o. Exact.
 * Pass a previous state to continue from it (the marginal analysis reuses the shared prefix).
 *
 * @internal
 */
export function runGroups(
  groups: readonly (readonly ComponentOption[])[],
  capacity: number,
  from?: KnapsackState,
): KnapsackState {
  const width = capacity + 1
  let best = from ? Float64Array.from(from.best) : new Float64Array(width)
  let next = new Float64Array(width)
  const none = Number.NEGATIVE_INFINITY
  const layers = [...(from?.layers ?? [])]
  for (const options of groups) {
    const choice = new Uint16Array(width)
    const count = options.length
    const units = Int32Array.from(options, (option) => option.units)
    const values = Float64Array.from(options, (option) => option.value)
    const u0 = count > 0 ? (units[0] as number) : width
    const v0 = count > 0 ? (values[0] as number) : 0
    for (let c = 0; c < width; c += 1) {
      // Options are sorted by units, so the first is the cheapest.
      let bestValue = c >= u0 ? (best[c - u0] as number) + v0 : none
      let bestOption = 0
      for (let o = 1; o < count; o += 1) {
        const u = units[o] as number
        if (u > c) break
        const value = (best[c - u] as number) + (values[o] as number)
        if (value > bestValue + 1e-12) {
          bestValue = value
          bestOption = o
        }
      }
      next[c] = bestValue
      if (bestOption !== 0) choice[c] = bestOption
    }
    ;[best, next] = [next, best]
    layers.push({ options, choice })
  }
  return { best, layers }
}

/**
 * Reads the chosen members and total value out of a finished state.
 *
 * @internal
 */
export function chosenMembers(
  state: KnapsackState,
  capacity: number,
): { chosen: number[]; value: number } {
  const value = state.best[capacity] as number
  const chosen: number[] = []
  if (value === Number.NEGATIVE_INFINITY) return { chosen, value }
  let c = capacity
  for (let g = state.layers.length - 1; g >= 0; g -= 1) {
    const layer = state.layers[g] as KnapsackState['layers'][number]
    const option = layer.options[layer.choice[c] as number] as ComponentOption
    chosen.push(...option.members)
    c -= option.units
  }
  return { chosen: chosen.sort((a, b) => a - b), value }
}

/**
 * Solves the multiple-choice knapsack over all groups (see {@link runGroups}).
 *
 * @internal
 */
export function solveGroups(
  groups: readonly (readonly ComponentOption[])[],
  capacity: number,
): { chosen: number[]; value: number } {
  return chosenMembers(runGroups(groups, capacity), capacity)
}

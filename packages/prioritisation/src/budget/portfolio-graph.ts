import { type Issue, issue } from '@oneworkforce/schemas'

/** An item of the portfolio graph, by index. @internal */
export interface GraphItem {
  readonly id: string
  readonly dependsOn: readonly string[]
  readonly excludes: readonly string[]
}

/**
 * Resolves dependencies and exclusions to indices, reports unknown ids and dependency cycles,
 * and splits the items into connected components (items linked by either relation).
 *
 * @internal
 */
export function portfolioGraph(items: readonly GraphItem[]): {
  readonly dependsOn: number[][]
  readonly excludes: Set<number>[]
  readonly components: number[][]
  readonly issues: Issue[]
} {
  const issues: Issue[] = []
  const index = new Map(items.map((item, i) => [item.id, i]))
  const dependsOn = items.map(() => [] as number[])
  const excludes = items.map(() => new Set<number>())
  items.forEach((item, i) => {
    item.dependsOn.forEach((id, k) => {
      const j = index.get(id)
      if (j === undefined) {
        issues.push(
          issue(
            'unknown_code',
            `"${item.id}" depends on "${id}", which is not in the list`,
            ['items', i, 'dependsOn', k],
            { row: i, column: 'dependsOn' },
          ),
        )
      } else if (j === i) {
        issues.push(
          issue('inconsistent', `"${item.id}" depends on itself`, ['items', i, 'dependsOn', k], {
            row: i,
            column: 'dependsOn',
          }),
        )
      } else dependsOn[i]?.push(j)
    })
    item.excludes.forEach((id, k) => {
      const j = index.get(id)
      if (j === undefined) {
        issues.push(
          issue(
            'unknown_code',
            `"${item.id}" excludes "${id}", which is not in the list`,
            ['items', i, 'excludes', k],
            { row: i, column: 'excludes' },
          ),
        )
      } else if (j === i) {
        issues.push(
          issue('inconsistent', `"${item.id}" excludes itself`, ['items', i, 'excludes', k], {
            row: i,
            column: 'excludes',
          }),
        )
      } else {
        excludes[i]?.add(j)
        excludes[j]?.add(i)
      }
    })
  })
  // Cycle detection (Kahn): whatever cannot be ordered lies on or behind a cycle.
  const remaining = dependsOn.map((deps) => deps.length)
  const dependents = items.map(() => [] as number[])
  dependsOn.forEach((deps, i) => {
    for (const j of deps) dependents[j]?.push(i)
  })
  const queue = remaining.flatMap((count, i) => (count === 0 ? [i] : []))
  let ordered = 0
  while (queue.length > 0) {
    const i = queue.pop() as number
    ordered += 1
    for (const k of dependents[i] ?? []) {
      remaining[k] = (remaining[k] as number) - 1
      if (remaining[k] === 0) queue.push(k)
    }
  }
  if (ordered < items.length) {
    const cyclic = items.filter((_, i) => (remaining[i] as number) > 0).map((item) => item.id)
    issues.push(
      issue(
        'inconsistent',
        `dependencies form a cycle among: ${cyclic.join(', ')}; an initiative cannot depend (directly or indirectly) on itself`,
        ['items'],
        { column: 'dependsOn' },
      ),
    )
  }
  const parent = items.map((_, i) => i)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root] as number
    while (parent[i] !== root) {
      const next = parent[i] as number
      parent[i] = root
      i = next
    }
    return root
  }
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b)
  }
  dependsOn.forEach((deps, i) => {
    for (const j of deps) union(i, j)
  })
  excludes.forEach((set, i) => {
    for (const j of set) union(i, j)
  })
  const byRoot = new Map<number, number[]>()
  items.forEach((_, i) => {
    const root = find(i)
    const list = byRoot.get(root) ?? []
    list.push(i)
    byRoot.set(root, list)
  })
  return { dependsOn, excludes, components: [...byRoot.values()], issues }
}

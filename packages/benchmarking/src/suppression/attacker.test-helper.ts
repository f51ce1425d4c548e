import { solve } from 'yalps'

/** What an onlooker sees of a cross-table: published values, null where suppressed. */
export interface Published {
  readonly cells: readonly (readonly (number | null)[])[]
  readonly rowTotals: readonly (number | null)[]
  readonly columnTotals: readonly (number | null)[]
  readonly grandTotal: number | null
}

/** A target of the attack: a cell, or a margin as the set of cells it sums. */
export interface Target {
  readonly name: string
  readonly cells: readonly (readonly [number, number])[]
}

/** Every suppressed entry of a published table, as the cells it sums. */
export function suppressedTargets(table: Published): Target[] {
  const rows = table.cells.length
  const columns = table.cells[0]?.length ?? 0
  const all = (filter: (r: number, c: number) => boolean) => {
    const cells: [number, number][] = []
    for (let r = 0; r < rows; r += 1)
      for (let c = 0; c < columns; c += 1) if (filter(r, c)) cells.push([r, c])
    return cells
  }
  const targets: Target[] = []
  table.cells.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value === null) targets.push({ name: `cell ${r},${c}`, cells: [[r, c]] })
    })
  })
  table.rowTotals.forEach((value, r) => {
    if (value === null) targets.push({ name: `row ${r}`, cells: all((i) => i === r) })
  })
  table.columnTotals.forEach((value, c) => {
    if (value === null) targets.push({ name: `column ${c}`, cells: all((_, j) => j === c) })
  })
  if (table.grandTotal === null) targets.push({ name: 'grand total', cells: all(() => true) })
  return targets
}

/**
 * The linear-algebra attacker (exact totals, no rounding): Gauss-Jordan elimination of the
 * published equations (each shown total = the sum of its cells) in the suppressed cells, then
 * whether a target's coefficient vector lies in their row space, in which case its value is
 * determined and returned; null when it is not.
 */
export function solveExactly(table: Published, target: Target): number | null {
  const rows = table.cells.length
  const columns = table.cells[0]?.length ?? 0
  const unknown: [number, number][] = []
  const index = new Map<string, number>()
  table.cells.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value === null) {
        index.set(`${r},${c}`, unknown.length)
        unknown.push([r, c])
      }
    })
  })
  const equations: number[][] = []
  const line = (members: [number, number][], total: number | null) => {
    if (total === null) return
    const equation = new Array<number>(unknown.length + 1).fill(0)
    let rest = total
    for (const [r, c] of members) {
      const value = table.cells[r]?.[c]
      if (value === null || value === undefined) equation[index.get(`${r},${c}`) as number] = 1
      else rest -= value
    }
    equation[unknown.length] = rest
    equations.push(equation)
  }
  const cellsWhere = (filter: (r: number, c: number) => boolean) => {
    const cells: [number, number][] = []
    for (let r = 0; r < rows; r += 1)
      for (let c = 0; c < columns; c += 1) if (filter(r, c)) cells.push([r, c])
    return cells
  }
  table.rowTotals.forEach((total, r) => {
    line(
      cellsWhere((i) => i === r),
      total,
    )
  })
  table.columnTotals.forEach((total, c) => {
    line(
      cellsWhere((_, j) => j === c),
      total,
    )
  })
  line(
    cellsWhere(() => true),
    table.grandTotal,
  )
  // Gauss-Jordan to reduced row echelon form
  const pivots: number[] = []
  let rank = 0
  for (let col = 0; col < unknown.length && rank < equations.length; col += 1) {
    let best = -1
    for (let r = rank; r < equations.length; r += 1)
      if (Math.abs(equations[r]?.[col] as number) > 1e-9) best = r
    if (best < 0) continue
    ;[equations[rank], equations[best]] = [equations[best] as number[], equations[rank] as number[]]
    const pivotRow = equations[rank] as number[]
    const scale = pivotRow[col] as number
    for (let k = 0; k < pivotRow.length; k += 1) pivotRow[k] = (pivotRow[k] as number) / scale
    for (let r = 0; r < equations.length; r += 1) {
      if (r === rank) continue
      const row = equations[r] as number[]
      const factor = row[col] as number
      if (Math.abs(factor) < 1e-12) continue
      for (let k = 0; k < row.length; k += 1)
        row[k] = (row[k] as number) - factor * (pivotRow[k] as number)
    }
    pivots.push(col)
    rank += 1
  }
  // target vector over the unknowns, plus the shown part as a constant
  const vector = new Array<number>(unknown.length).fill(0)
  let known = 0
  for (const [r, c] of target.cells) {
    const value = table.cells[r]?.[c]
    if (value === null || value === undefined) vector[index.get(`${r},${c}`) as number] = 1
    else known += value
  }
  let value = known
  pivots.forEach((col, r) => {
    const factor = vector[col] as number
    if (Math.abs(factor) < 1e-12) return
    const row = equations[r] as number[]
    for (let k = 0; k < unknown.length; k += 1)
      vector[k] = (vector[k] as number) - factor * (row[k] as number)
    value += factor * (row[unknown.length] as number)
  })
  return vector.every((each) => Math.abs(each) < 1e-9) ? Math.round(value) : null
}

/**
 * The LP attacker: the smallest and largest value of a target over every non-negative table
 * whose shown entries lie in the given intervals (a shown value v rounded to r as
 * [v − r/2, v + r/2], as wide as any rounding could make it).
 */
export function attackRange(table: Published, target: Target, roundTo: number): [number, number] {
  const half = roundTo === 1 ? 0 : roundTo / 2
  const constraints = new Map<string, { min: number; max: number }>()
  const variables = new Map<string, [string, number][]>()
  const rows = table.cells.length
  const columns = table.cells[0]?.length ?? 0
  const inTarget = new Set(target.cells.map(([r, c]) => `${r},${c}`))
  const around = (value: number) => ({ min: Math.max(0, value - half), max: value + half })
  for (let r = 0; r < rows; r += 1) {
    const total = table.rowTotals[r]
    if (total !== null && total !== undefined) constraints.set(`row${r}`, around(total))
  }
  for (let c = 0; c < columns; c += 1) {
    const total = table.columnTotals[c]
    if (total !== null && total !== undefined) constraints.set(`col${c}`, around(total))
  }
  if (table.grandTotal !== null) constraints.set('all', around(table.grandTotal))
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const value = table.cells[r]?.[c]
      const coefficients: [string, number][] = [
        [`row${r}`, 1],
        [`col${c}`, 1],
        ['all', 1],
      ]
      if (value !== null && value !== undefined) {
        constraints.set(`cell${r},${c}`, around(value))
        coefficients.push([`cell${r},${c}`, 1])
      }
      if (inTarget.has(`${r},${c}`)) coefficients.push(['goal', 1])
      variables.set(`v${r},${c}`, coefficients)
    }
  }
  const bound = (direction: 'minimize' | 'maximize') => {
    const solution = solve({ direction, objective: 'goal', constraints, variables })
    if (solution.status === 'unbounded') return Number.POSITIVE_INFINITY
    if (solution.status !== 'optimal') throw new Error(`attacker LP ${solution.status}`)
    return solution.result
  }
  return [bound('minimize'), bound('maximize')]
}

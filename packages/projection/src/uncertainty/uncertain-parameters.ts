import { type Issue, issue, type Result, resultFrom } from '@oneworkforce/schemas'
import * as z from 'zod'
import { projectionInputSchema } from '../input/projection-input'
import { distributionQuantile, distributionSchema } from './distributions'
import { MAX_UNIFORM, MIN_UNIFORM } from './random-streams'

const segmentSchema = z.union([z.string().min(1), z.number().int().min(0)])

/**
 * A rate or lever of a projection input that carries a distribution instead of a value.
 *
 * Say which number(s) it sets in one of two ways:
 * - `path`: the path of one number in the input, e.g. `['leaverRates', 3, 'ratePerYear']` or
 *   `['scenario', 'levers', 0, 'relativeChange']`; the draw replaces it (`apply: 'replace'`, the
 *   default for a path);
 * - `select`: every row of an array (`rows`, e.g. `['leaverRates']` or `['demand', 'growth']`)
 *   whose fields equal `where`, and the numeric `field` of each; the draw multiplies each
 *   selected number (`apply: 'multiply'`, the default for a selection), e.g. all leaver rates of
 *   registered nurses × a factor around 1.
 *
 * Parameters with the same `group` share one draw (one uniform `u` per run, each parameter taking
 * its own distribution's quantile at `u`): perfectly rank-correlated, e.g. all nursing leaver
 * rates moving together. Every possible draw must keep its numbers valid (a rate in [0, 1]):
 * truncate a normal with `lower`/`upper` where it must stay in range.
 *
 * @example
 * ```ts
 * import { uncertainParameterSchema } from '@oneworkforce/projection'
 *
 * uncertainParameterSchema.parse({
 *   id: 'nurse leaver rates',
 *   select: { rows: ['leaverRates'], where: { staffGroup: 'registered-nurse' }, field: 'ratePerYear' },
 *   distribution: { type: 'triangular', min: 0.85, mode: 1, max: 1.2 },
 *   group: 'nursing',
 * })
 * ```
 */
export const uncertainParameterSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    path: z.array(segmentSchema).min(1).optional(),
    select: z
      .strictObject({
        rows: z.array(segmentSchema).min(1),
        where: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
        field: z.string().min(1),
      })
      .optional(),
    apply: z.enum(['replace', 'multiply']).optional(),
    distribution: distributionSchema,
    group: z.string().min(1).max(200).optional(),
  })
  .refine((value) => (value.path === undefined) !== (value.select === undefined), {
    message: 'give exactly one of path or select',
    path: ['path'],
  })

/** An uncertain parameter (see {@link uncertainParameterSchema}). */
export type UncertainParameter = z.output<typeof uncertainParameterSchema>
/** An uncertain parameter as a caller writes it. */
export type UncertainParameterInput = z.input<typeof uncertainParameterSchema>

type Row = Record<string, unknown>

/** One number an uncertain parameter sets in the working copy of the input. @internal */
export interface UncertainTarget {
  /** The input table the number is in (e.g. `leaverRates`, or `demand.growth` under demand). */
  readonly table: string
  readonly row: Row
  readonly field: string
  readonly base: number
  readonly multiply: boolean
  readonly parameter: number
}

/** Uncertain parameters resolved against one copy of an input. @internal */
export interface ResolvedUncertainty {
  readonly parameters: readonly UncertainParameter[]
  /** The draw (shared uniform) each parameter uses. */
  readonly drawOfParameter: Int32Array
  /** The label of each draw: the group name, or the parameter id when it has no group. */
  readonly drawLabels: readonly string[]
  readonly targets: readonly UncertainTarget[]
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function child(value: unknown, segment: string | number): unknown {
  if (Array.isArray(value)) return typeof segment === 'number' ? value[segment] : undefined
  if (isRow(value) && typeof segment === 'string') return value[segment]
  return undefined
}

/** The input table a row path is in: its first segment, or `demand.<table>` under demand. */
function tableOf(rowPath: readonly (string | number)[]): string {
  const [first, second] = rowPath
  return first === 'demand' && typeof second === 'string' ? `demand.${second}` : String(first)
}

/** Walks a zod schema along a data path, through defaults, optionals, arrays and objects. */
function schemaAt(
  schema: z.ZodType,
  segments: readonly (string | number)[],
): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema
  let index = 0
  while (current !== undefined) {
    const def: z.core.$ZodTypeDef = current._zod.def
    if (def.type === 'default' || def.type === 'optional' || def.type === 'nullable') {
      current = (def as z.core.$ZodDefaultDef).innerType as z.ZodType
      continue
    }
    if (index >= segments.length) return current
    const segment = segments[index]
    index += 1
    if (def.type === 'array') current = (def as z.core.$ZodArrayDef).element as z.ZodType
    else if (def.type === 'object' && typeof segment === 'string') {
      current = (def as z.core.$ZodObjectDef).shape[segment] as z.ZodType | undefined
    } else return undefined
  }
  return undefined
}

/**
 * Resolves uncertain parameters against a (private, mutable) copy of a validated input: finds
 * every number they set, assigns draws (one per group), and checks that the extreme possible
 * draws keep every touched row valid under the input's own row schema. @internal
 */
export function resolveUncertainty(
  working: unknown,
  parametersInput: unknown,
): Result<ResolvedUncertainty> {
  const parsed = z.array(uncertainParameterSchema).safeParse(parametersInput)
  const empty: ResolvedUncertainty = {
    parameters: [],
    drawOfParameter: new Int32Array(0),
    drawLabels: [],
    targets: [],
  }
  if (!parsed.success) {
    return resultFrom(
      empty,
      parsed.error.issues.map((each) =>
        issue(
          each.code === 'invalid_type' ? 'invalid_type' : 'invalid_value',
          `${each.path.join('.')}: ${each.message}`,
          [
            'uncertainParameters',
            ...each.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
          ],
        ),
      ),
    )
  }
  const parameters = parsed.data
  const issues: Issue[] = []
  const ids = new Set<string>()
  const drawLabels: string[] = []
  const drawOfGroup = new Map<string, number>()
  const drawOfParameter = new Int32Array(parameters.length)
  const targets: UncertainTarget[] = []
  const owner = new Map<Row, Map<string, string>>()

  parameters.forEach((parameter, p) => {
    const where = ['uncertainParameters', p]
    if (ids.has(parameter.id)) {
      issues.push(
        issue('duplicate_key', `parameter id "${parameter.id}" is used twice`, [...where, 'id']),
      )
    }
    ids.add(parameter.id)
    const label = parameter.group ?? parameter.id
    const key =
      parameter.group !== undefined ? `group:${parameter.group}` : `id:${parameter.id}:${p}`
    let draw = drawOfGroup.get(key)
    if (draw === undefined) {
      draw = drawLabels.length
      drawOfGroup.set(key, draw)
      drawLabels.push(label)
    }
    drawOfParameter[p] = draw

    const found: { row: Row; field: string; rowPath: (string | number)[] }[] = []
    if (parameter.path !== undefined) {
      const rowPath = parameter.path.slice(0, -1)
      const field = parameter.path.at(-1)
      const row = rowPath.reduce<unknown>(child, working)
      if (!isRow(row) || typeof field !== 'string' || typeof row[field] !== 'number') {
        issues.push(
          issue(
            'invalid_value',
            `path ${parameter.path.join('.')} does not lead to a number in the input`,
            [...where, 'path'],
          ),
        )
        return
      }
      found.push({ row, field, rowPath })
    } else if (parameter.select !== undefined) {
      const { rows, where: filter, field } = parameter.select
      const array = rows.reduce<unknown>(child, working)
      if (!Array.isArray(array)) {
        issues.push(
          issue('invalid_value', `select.rows ${rows.join('.')} is not an array of the input`, [
            ...where,
            'select',
            'rows',
          ]),
        )
        return
      }
      array.forEach((row: unknown, index) => {
        if (!isRow(row)) return
        if (!Object.entries(filter).every(([name, value]) => row[name] === value)) return
        if (typeof row[field] !== 'number') return
        found.push({ row, field, rowPath: [...rows, index] })
      })
      if (found.length === 0) {
        issues.push(
          issue(
            'invalid_value',
            `select matched no row of ${rows.join('.')} with a number in ${field}`,
            [...where, 'select'],
          ),
        )
        return
      }
    }
    const multiply =
      (parameter.apply ?? (parameter.path !== undefined ? 'replace' : 'multiply')) === 'multiply'
    const low = distributionQuantile(parameter.distribution, MIN_UNIFORM)
    const high = distributionQuantile(parameter.distribution, MAX_UNIFORM)
    for (const { row, field, rowPath } of found) {
      const fields = owner.get(row) ?? new Map<string, string>()
      owner.set(row, fields)
      const previous = fields.get(field)
      if (previous !== undefined) {
        issues.push(
          issue(
            'inconsistent',
            `${rowPath.join('.')}.${field} is set by both "${previous}" and "${parameter.id}"`,
            [...where],
          ),
        )
        continue
      }
      fields.set(field, parameter.id)
      const base = row[field] as number
      const rowSchema = schemaAt(projectionInputSchema, rowPath)
      for (const extreme of [low, high]) {
        const value = multiply ? base * extreme : extreme
        const check = rowSchema?.safeParse({ ...row, [field]: value })
        if (check !== undefined && !check.success) {
          issues.push(
            issue(
              'out_of_range',
              `${parameter.id}: a possible draw sets ${rowPath.join('.')}.${field} to ${value}, which is invalid (${check.error.issues[0]?.message ?? 'out of range'}); bound the distribution (e.g. truncate a normal with lower/upper)`,
              [...where, 'distribution'],
            ),
          )
          break
        }
      }
      targets.push({ table: tableOf(rowPath), row, field, base, multiply, parameter: p })
    }
  })
  return resultFrom({ parameters, drawOfParameter, drawLabels, targets }, issues)
}

/**
 * Writes one run's parameter values into the working copy: `values[p]` is parameter p's draw
 * (already through its quantile function). @internal
 */
export function applyParameterValues(resolved: ResolvedUncertainty, values: Float64Array): void {
  for (const target of resolved.targets) {
    const value = values[target.parameter] ?? Number.NaN
    target.row[target.field] = target.multiply ? target.base * value : value
  }
}

/**
 * Turns one run's uniforms (one per draw) into parameter values through each parameter's
 * quantile function. @internal
 */
export function parameterValuesFromUniforms(
  resolved: ResolvedUncertainty,
  uniforms: Float64Array,
  into: Float64Array = new Float64Array(resolved.parameters.length),
): Float64Array {
  resolved.parameters.forEach((parameter, p) => {
    into[p] = distributionQuantile(
      parameter.distribution,
      uniforms[resolved.drawOfParameter[p] ?? 0] ?? 0.5,
    )
  })
  return into
}

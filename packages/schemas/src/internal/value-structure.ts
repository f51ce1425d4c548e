import { type Issue, issue } from '../errors'

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype'])

interface Frame {
  readonly value: object
  /** The object's own keys; `undefined` for an array, walked by index. */
  readonly keys: readonly string[] | undefined
  readonly size: number
  next: number
  readonly key: string | number | undefined
  readonly parent: Frame | undefined
}

function pathOf(frame: Frame | undefined, last?: string | number): (string | number)[] {
  const path: (string | number)[] = last === undefined ? [] : [last]
  for (let at = frame; at?.key !== undefined; at = at.parent) path.push(at.key)
  return path.reverse()
}

function frameOf(value: object, key: string | number | undefined, parent?: Frame): Frame {
  if (Array.isArray(value))
    return { value, keys: undefined, size: value.length, next: 0, key, parent }
  const keys = Object.keys(value)
  return { value, keys, size: keys.length, next: 0, key, parent }
}

/**
 * Checks a value given as JSON data, in time and memory proportional to the number of distinct
 * objects in it: keys that could pollute prototypes (`__proto__`, `constructor`, `prototype`)
 * and cycles (an object inside itself, which JSON cannot hold). Each object is walked once, so
 * a value that shares sub-objects (`a = [b, b]`, `b = [c, c]`, ...) costs its distinct objects,
 * not its exponentially many paths; the walk is iterative, so deep nesting cannot overflow.
 */
export function valueStructureIssues(
  value: unknown,
  where: { file?: string | undefined; table: string },
): Issue[] {
  if (typeof value !== 'object' || value === null) return []
  const issues: Issue[] = []
  const located = (path: (string | number)[], column: string | undefined) => ({
    ...where,
    row: typeof path[0] === 'number' ? path[0] : undefined,
    column,
  })
  const finished = new WeakSet<object>()
  const open = new WeakSet<object>([value])
  const stack: Frame[] = [frameOf(value, undefined)]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    if (frame.next >= frame.size) {
      stack.pop()
      open.delete(frame.value)
      finished.add(frame.value)
      continue
    }
    const key: string | number =
      frame.keys === undefined ? frame.next : (frame.keys[frame.next] as string)
    frame.next += 1
    const name = String(key)
    if (frame.keys !== undefined && forbiddenKeys.has(name)) {
      const path = pathOf(frame, key)
      const message = `key "${name}" is not allowed (it could alter object prototypes)`
      issues.push(issue('invalid_value', message, path, located(path, name)))
      continue
    }
    const child = (frame.value as Record<string | number, unknown>)[key]
    if (typeof child !== 'object' || child === null || finished.has(child)) continue
    if (open.has(child)) {
      const path = pathOf(frame, key)
      const message = `the value contains itself at ${path.join('.') || 'its top'} (a cycle), which JSON data cannot`
      issues.push(issue('invalid_value', message, path, located(path, undefined)))
      continue
    }
    open.add(child)
    stack.push(frameOf(child, key, frame))
  }
  return issues.sort((a, b) => (a.row ?? -1) - (b.row ?? -1))
}

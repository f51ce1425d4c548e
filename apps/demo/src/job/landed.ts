/**
 * The functions a report section needs from a package namespace, or `undefined` while that
 * package has not shipped them yet, so the section can say so instead of failing.
 */
export function landed<T extends object>(
  namespace: object,
  names: readonly (keyof T)[],
): T | undefined {
  const record = namespace as Record<PropertyKey, unknown>
  return names.every((name) => typeof record[name] === 'function') ? (namespace as T) : undefined
}

/** The message a section shows while a package's API is not in this build. */
export function notLanded(packageName: string, names: readonly string[]): string {
  return `${packageName} does not export ${names.join(', ')} yet: this section is not computed`
}

import type { Issue } from '../errors'

/**
 * Collects issues with a cap per kind: past `maxPerKind` issues of one kind, the rest are
 * counted and reported as one summary issue, so a systematic problem in a million rows gives a
 * readable list rather than a million entries, and nothing is hidden.
 */
export interface IssueSink {
  readonly add: (kind: string, issue: Issue) => void
  readonly issues: () => Issue[]
}

/** Creates a sink; `maxPerKind` of `Infinity` keeps every issue. */
export function createIssueSink(maxPerKind: number): IssueSink {
  const kept: Issue[] = []
  const counts = new Map<string, { shown: number; more: number; last: Issue }>()
  return {
    add(kind, issue) {
      const count = counts.get(kind) ?? { shown: 0, more: 0, last: issue }
      counts.set(kind, count)
      if (count.shown < maxPerKind) {
        count.shown += 1
        kept.push(issue)
      } else {
        count.more += 1
        count.last = issue
      }
    },
    issues() {
      const summaries: Issue[] = []
      for (const { more, last } of counts.values()) {
        if (more === 0) continue
        summaries.push({
          severity: last.severity,
          code: last.code,
          path: last.table !== undefined ? [last.table] : [],
          table: last.table,
          file: last.file,
          message: `${more} more issue(s) like the above were not listed one by one (the last at row ${last.row}: ${last.message})`,
        })
      }
      return [...kept, ...summaries]
    },
  }
}

import { normaliseHeader } from '../csv-plan'
import type { PublishedLayout } from './published-layout'

/** What the header of a file says about its layout. */
export type LayoutMatch =
  | { readonly kind: 'match'; readonly layout: PublishedLayout; readonly extra: readonly string[] }
  | {
      readonly kind: 'resembles'
      readonly layout: PublishedLayout
      readonly missing: readonly string[]
      readonly extra: readonly string[]
    }
  | { readonly kind: 'none' }

/**
 * Recognises a published layout from a header, whatever the file's name: the layout whose
 * required headers are all present (the most specific one when several are), else the one
 * the header resembles most (at least 40% of its required headers), with what is missing.
 */
export function detectLayout(
  headers: readonly string[],
  layouts: readonly PublishedLayout[],
): LayoutMatch {
  const present = new Set(headers.map(normaliseHeader).filter((each) => each !== ''))
  let best: { layout: PublishedLayout; share: number; missing: string[] } | undefined
  let match: PublishedLayout | undefined
  for (const layout of layouts) {
    const missing = layout.requiredHeaders.filter((each) => !present.has(each))
    if (missing.length === 0) {
      if (!match || layout.requiredHeaders.length > match.requiredHeaders.length) match = layout
      continue
    }
    const share = 1 - missing.length / layout.requiredHeaders.length
    if (!best || share > best.share) best = { layout, share, missing }
  }
  const extraOf = (layout: PublishedLayout) => {
    if (layout.openHeaders) return []
    const known = new Set([...layout.requiredHeaders, ...layout.optionalHeaders])
    return headers.filter(
      (each) => normaliseHeader(each) !== '' && !known.has(normaliseHeader(each)),
    )
  }
  if (match) return { kind: 'match', layout: match, extra: extraOf(match) }
  if (best && best.share >= 0.4) {
    return {
      kind: 'resembles',
      layout: best.layout,
      missing: best.missing,
      extra: extraOf(best.layout),
    }
  }
  return { kind: 'none' }
}

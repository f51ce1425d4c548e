import type { GoodDirection } from '../direction'

/** The one kind a special-cause signal has: better, worse, or (without a good direction) neither. */
export type SignalKind = 'improvement' | 'concern' | 'neutral'

/** The Making Data Count rule behind a signal. */
export type SpcRule = 'outside-limits' | 'run' | 'trend' | 'two-of-three'

/** A stretch of consecutive months flagged by one rule, with exactly one kind. */
export interface XmrSignal {
  readonly rule: SpcRule
  readonly kind: SignalKind
  /** Whether the signal is on the high or the low side (for a trend: rising or falling). */
  readonly side: 'high' | 'low'
  readonly start: string
  readonly end: string
  readonly months: readonly string[]
}

/**
 * NHS England Making Data Count variation icons, by identifier: common cause; special cause of
 * an improving, concerning or neutral nature, from higher or lower values. The library returns
 * the identifier; drawing the icon is the caller's (the demo renders it as SVG).
 */
export type VariationIcon =
  | 'common-cause'
  | 'special-cause-improvement-high'
  | 'special-cause-improvement-low'
  | 'special-cause-concern-high'
  | 'special-cause-concern-low'
  | 'special-cause-neutral-high'
  | 'special-cause-neutral-low'

/**
 * NHS England Making Data Count assurance icons: the process will consistently pass the
 * target, consistently fail it, or hit and miss it (the target lies within the limits).
 */
export type AssuranceIcon = 'consistently-pass' | 'consistently-fail' | 'hit-and-miss'

/** @internal The kind of a signal on side `high` (1 high or rising, −1 low or falling). */
export function kindOf(high: number, goodDirection: GoodDirection): SignalKind {
  if (goodDirection === 'neutral') return 'neutral'
  return high > 0 === (goodDirection === 'higher') ? 'improvement' : 'concern'
}

/** @internal The variation icon of a point: common cause, or its signal's kind and side. */
export function variationIconOf(kind: SignalKind | null, high: number): VariationIcon {
  if (kind === null) return 'common-cause'
  return `special-cause-${kind}-${high >= 0 ? 'high' : 'low'}`
}

/**
 * @internal Groups flagged points into signals: for each rule, maximal stretches of consecutive
 * points of one phase with the same side. `flags[rule][i]` is the point's side for that rule
 * (1 or −1), or 0 when the rule does not flag it.
 */
export function signalsOf(
  months: readonly string[],
  phaseOf: ArrayLike<number>,
  flags: Readonly<Record<SpcRule, ArrayLike<number>>>,
  goodDirection: GoodDirection,
): XmrSignal[] {
  const signals: XmrSignal[] = []
  for (const rule of ['outside-limits', 'two-of-three', 'run', 'trend'] as const) {
    const sides = flags[rule]
    let open: { side: number; from: number } | undefined
    const close = (to: number) => {
      if (!open) return
      const stretch = months.slice(open.from, to)
      signals.push({
        rule,
        kind: kindOf(open.side, goodDirection),
        side: open.side > 0 ? 'high' : 'low',
        start: stretch[0] as string,
        end: stretch[stretch.length - 1] as string,
        months: stretch,
      })
      open = undefined
    }
    for (let i = 0; i < months.length; i += 1) {
      const side = sides[i] as number
      const continues = open && side === open.side && phaseOf[i] === phaseOf[i - 1]
      if (!continues) close(i)
      if (side !== 0 && !open) open = { side, from: i }
    }
    close(months.length)
  }
  return signals.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
}

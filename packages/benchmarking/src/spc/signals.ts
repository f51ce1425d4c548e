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

const ICONS: Readonly<Record<SignalKind, readonly [VariationIcon, VariationIcon]>> = {
  improvement: ['special-cause-improvement-high', 'special-cause-improvement-low'],
  concern: ['special-cause-concern-high', 'special-cause-concern-low'],
  neutral: ['special-cause-neutral-high', 'special-cause-neutral-low'],
}

/** @internal The variation icon of a point: common cause, or its signal's kind and side. */
export function variationIconOf(kind: SignalKind | null, high: number): VariationIcon {
  if (kind === null) return 'common-cause'
  return ICONS[kind][high >= 0 ? 0 : 1]
}

/**
 * @internal Groups flagged points into signals: for each rule, maximal stretches of consecutive
 * points of one phase with the same side. A rule flags point i when `flag[i]` is 1; its side is
 * the sign of `direction[i]` (the side of the mean, or the trend's direction).
 */
export function signalsOf(
  points: readonly { readonly month: string }[],
  phaseOf: ArrayLike<number>,
  flags: Readonly<
    Record<SpcRule, { readonly flag: ArrayLike<number>; readonly direction: ArrayLike<number> }>
  >,
  goodDirection: GoodDirection,
): XmrSignal[] {
  const signals: XmrSignal[] = []
  const n = points.length
  for (const rule of RULES) {
    const { flag, direction } = flags[rule]
    let from = -1
    let openSide = 0
    for (let i = 0; i <= n; i += 1) {
      const side = i < n && flag[i] === 1 ? ((direction[i] as number) >= 0 ? 1 : -1) : 0
      const continues = from >= 0 && side === openSide && phaseOf[i] === phaseOf[i - 1]
      if (from >= 0 && !continues) {
        const months = points.slice(from, i).map((point) => point.month)
        signals.push({
          rule,
          kind: kindOf(openSide, goodDirection),
          side: openSide > 0 ? 'high' : 'low',
          start: months[0] as string,
          end: months[months.length - 1] as string,
          months,
        })
        from = -1
      }
      if (side !== 0 && from < 0) {
        from = i
        openSide = side
      }
    }
  }
  return signals.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
}

const RULES: readonly SpcRule[] = ['outside-limits', 'two-of-three', 'run', 'trend']

/** Ramp from 0 to 1 over `rampMonths` starting at month offset `from` (a step when rampMonths is 0). */
export function rampAt(t: number, from: number, rampMonths: number): number {
  if (t < from) return 0
  if (rampMonths <= 0) return 1
  return Math.min(1, (t - from + 1) / rampMonths)
}

/**
 * @internal Marks every point in a run of at least `length` consecutive points on the same side
 * of the mean (`side` is −1, 0 or 1; a point exactly on the mean, side 0, breaks the run), as
 * NHSRplotthedots' `ptd_seven_point_one_side_mean` + `ptd_part_of_seven_trend`.
 */
export function markRuns(side: ArrayLike<number>, length: number, out: Uint8Array): void {
  const n = side.length
  let start = 0
  for (let i = 1; i <= n; i += 1) {
    if (i === n || side[i] !== side[start]) {
      if (side[start] !== 0 && i - start >= length) out.fill(1, start, i)
      start = i
    }
  }
}

/**
 * @internal Marks every point in a trend of at least `length` points each strictly above (or
 * below) the one before: `length` points means `length − 1` rises. A tie (equal neighbours)
 * breaks the trend. This is how NHSRplotthedots counts (`ptd_seven_point_trend`: the signs of the
 * six differences among seven points must all agree). Returns the trend direction in `direction`
 * (1 rising, −1 falling) for flagged points.
 */
export function markTrends(
  values: ArrayLike<number>,
  length: number,
  out: Uint8Array,
  direction: Int8Array,
): void {
  const n = values.length
  let start = 0
  let sign = 0
  for (let i = 1; i <= n; i += 1) {
    const step = i < n ? Math.sign((values[i] as number) - (values[i - 1] as number)) : 0
    if (i === n || step !== sign || step === 0) {
      // the monotone stretch is start .. i - 1 when sign is non-zero
      if (sign !== 0 && i - start >= length) {
        out.fill(1, start, i)
        direction.fill(sign, start, i)
      }
      start = i - 1
      sign = step
      if (step === 0) start = i
    }
  }
}

/**
 * @internal Marks the "close" points in every window of three consecutive points where at least
 * two are close to a limit (beyond two-thirds of the way from the mean) and all three lie on the
 * same side of the mean, as NHSRplotthedots' `ptd_two_in_three` and `ptd_part_of_two_in_three`.
 * Points on opposite sides never combine.
 */
export function markTwoOfThree(
  close: ArrayLike<number>,
  side: ArrayLike<number>,
  out: Uint8Array,
): void {
  const n = close.length
  for (let i = 0; i + 2 < n; i += 1) {
    const s = side[i] as number
    if (s === 0 || side[i + 1] !== s || side[i + 2] !== s) continue
    const count = (close[i] as number) + (close[i + 1] as number) + (close[i + 2] as number)
    if (count < 2) continue
    for (let k = i; k < i + 3; k += 1) if (close[k] === 1) out[k] = 1
  }
}

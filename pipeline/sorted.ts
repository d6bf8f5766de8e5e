// Binary search over ascending offsets (line starts, paragraph starts, quotation starts):
// what keeps per-offset look-ups logarithmic on a text of any length.

/** Index of the last value at or before `target` in ascending `values` (0 when none is). */
export function lastAtOrBefore(values: ArrayLike<number>, target: number): number {
  let low = 0
  let high = values.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (values[middle] <= target) low = middle
    else high = middle - 1
  }
  return low
}

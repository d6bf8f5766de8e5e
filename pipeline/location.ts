// Offsets → 1-based line/column points, by binary search over line starts.
import type {Point} from './types.js'

export type Locator = (offset: number) => Point

export function createLocator(text: string): Locator {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= clamped) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: clamped - starts[low] + 1, offset: clamped}
  }
}

// Offsets → 1-based line/column points, by binary search over line starts.
// A line ends at \n, \r\n or a lone \r (old Mac files), as editors count them.
import {lastAtOrBefore} from './sorted.js'
import type {Point} from './types.js'

export type Locator = (offset: number) => Point

export function createLocator(text: string): Locator {
  const starts = [0]
  for (const match of text.matchAll(/\r\n?|\n/g)) starts.push(match.index! + match[0].length)
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length))
    const line = lastAtOrBefore(starts, clamped)
    return {line: line + 1, column: clamped - starts[line] + 1, offset: clamped}
  }
}

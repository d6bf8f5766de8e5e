// What a date or count is bound to: the event words of its own clause. News
// sentences pack several events, each with its own day ("was charged Saturday
// after opening fire Friday", "the fire devastated the church Friday night,
// officials said Saturday"); a plain ±N-word window would give both days both
// events. A clause here is a run of words not broken by punctuation. A value
// that opens its clause ("On Saturday, Prince said …") is bound to the clause
// it introduces, and one set off by commas mid-sentence ("announced, on
// Saturday, its decision") to the words either side as well.
import {classesWithin, type EventMatch} from './lexicons.js'
import type {Word} from './text.js'

const clauseBreak = /[,;:—–()[\]"“”]|\s-\s/
const commaOnly = /^[\s,]*$/

interface Sentence {
  text: string
  start: number
  words: Word[]
  matches: EventMatch[]
}

/** Event classes of the clause a value stands in. */
export function clauseEvents(sentence: Sentence, start: number, end: number): string[] {
  const {words: list} = sentence
  const gap = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start)
  let first = list.findIndex((word) => word.end > start)
  if (first === -1) first = list.length
  let last = list.findIndex((word) => word.start >= end)
  if (last === -1) last = list.length

  let from = first
  while (from > 0 && first - from < 6 && !clauseBreak.test(gap(list[from - 1].end, from === first ? start : list[from].start))) from--
  // A value that opens its clause introduces the next one: look further right, over commas only.
  const opens = from === first
  // Set off by a comma mid-sentence, it may belong to the words before the comma too;
  // in parentheses ("caught fire yesterday (July 21)"), it dates the words before them.
  if (opens && first > 0 && commaOnly.test(gap(list[first - 1].end, start))) from = Math.max(0, first - 3)
  else if (opens && first > 0 && /^\s*\(\s*$/.test(gap(list[first - 1].end, start))) from = Math.max(0, first - 6)
  let to = last
  // From the value's last word: chrono keeps a trailing comma ("on Friday,") that still ends the clause.
  let previousEnd = last > first ? list[last - 1].end : end
  const reach = opens ? 10 : 4
  while (to < list.length && to - last < reach) {
    const between = gap(previousEnd, list[to].start)
    if (clauseBreak.test(between) && !(opens && commaOnly.test(between))) break
    previousEnd = list[to].end
    to++
  }
  const fromOffset = from < first ? list[from].start : start
  const toOffset = to > last ? list[to - 1].end : end
  // "charged with murder on Saturday after the shooting": an event word before the value governs it;
  // the words after count only when none comes before (or the value opens its clause).
  const before = opens ? [] : classesWithin(sentence.matches, fromOffset - sentence.start, start - sentence.start)
  if (before.length) return before
  return classesWithin(sentence.matches, fromOffset - sentence.start, toOffset - sentence.start)
}

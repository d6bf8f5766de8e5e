// Time expressions in a sentence: chrono-node for dates and weekdays, a regex
// for bare years (chrono skips them) and for vague recency ("recently", "a few
// days ago"), which becomes a window rather than a date. Values are kept as
// written (year/month/day/weekday); the corpus stage resolves them against a
// publication or consensus date.
import * as chrono from 'chrono-node'

export interface FoundDate {
  start: number
  end: number
  text: string
  year?: number
  month?: number
  day?: number
  weekday?: number
  daysAgo?: number
}

export interface FoundRecency {
  start: number
  end: number
  text: string
  maxDays: number
}

/** How far back each vague phrase can reach (days): generous, so only clear misuse is caught. */
const recencyWindows: Array<[RegExp, number]> = [
  [/\b(?:only |just )?(?:a few|several|a couple of|two|three|few) days ago\b/giu, 14],
  [/\b(?:earlier|late|later) this week\b/giu, 8],
  [/\blast week\b/giu, 15],
  [/\b(?:earlier|late|later) this month\b/giu, 32],
  [/\blast month\b/giu, 63],
  [/\b(?:a few|several|a couple of) weeks ago\b/giu, 75],
  [/\b(?:a few|several|a couple of) months ago\b/giu, 300],
  [/\b(?:earlier|late|later) this year\b/giu, 366],
  [/\b(?:recently|lately)\b/giu, 366]
]

// A bare year: 1900–2099 standing alone, not an amount ("2008 votes") nor part of a longer number;
// a plural after it makes an amount, a verb or function word in -s ("1955 was", "2008 as") does not.
const bareYear = /(?<![\d$£€.,:/-])\b(19\d\d|20\d\d)\b(?![\d%]|[.,]\d|[-–]\d|\s*(?:GMT|UTC|EST|EDT|BST|CET|hours|local|hrs)\b|\s*(?:percent|per cent|people|votes|units|times|[a-z]+s\b(?<!years|decades|\bwas|\bhas|\bis|\bas|\bthis|\bits|\bhis|\bthus|\bplus|\bacross|\bversus|\bwhereas)))/gu

const namesADay = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}|\d{1,2}[/-]\d{1,2}/i

// "(0241 GMT Friday)" restates a local time in another zone; "next Monday" is a plan, not an event.
const restated = /\b(?:GMT|UTC)\b|^next\b/i

const durationText = /\b(?:hours?|minutes?|seconds?)\b|^(?:this|next|the)\s+(?:week|month|year)\b|^(?:past|last|next|within|over)\s+\d|\b(?:now|today|tonight|tomorrow)\b/i

// Cheap tests that rule a sentence out before the costly passes.
const mayHaveRecency = /\b(?:ago|this|last|recently|lately)\b/i
/** The relative dates kept: exact offsets only ("a few days after" says nothing checkable). */
const exactlyRelative = /\b(?:yesterday|\d+ days? ago|(?:one|two|three|four|five|six|seven) days? ago)\b/i
// chrono (a third of the claims extractor's time) runs only on a sentence
// that has a day or month name, "ago" or a numeric date, and where a result
// could be kept: one that names a day, a month with a day, a year or a
// numeric date, or says "yesterday" or "… days ago".
const dateWords = /day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bago\b|\d{1,2}[/-]\d{1,2}|\d{4}-\d\d/i
const mayHaveDate = (sentence: string) => dateWords.test(sentence) && (namesADay.test(sentence) || exactlyRelative.test(sentence))

export function findRecency(sentence: string, offset: number): FoundRecency[] {
  const found: FoundRecency[] = []
  if (!mayHaveRecency.test(sentence)) return found
  for (const [pattern, maxDays] of recencyWindows) {
    for (const match of sentence.matchAll(pattern)) {
      const start = offset + match.index!
      if (found.some((other) => start < other.end && other.start < start + match[0].length)) continue
      found.push({start, end: start + match[0].length, text: match[0], maxDays})
    }
  }
  return found
}

export function findDates(sentence: string, offset: number, reference: Date, skip: FoundRecency[]): FoundDate[] {
  const found: FoundDate[] = []
  const overlaps = (start: number, end: number) =>
    skip.some((other) => start < other.end && other.start < end) || found.some((other) => start < other.end && other.start < end)
  for (const result of mayHaveDate(sentence) ? chrono.parse(sentence, reference) : []) {
    const start = offset + result.index
    const end = start + result.text.length
    if (overlaps(start, end) || durationText.test(result.text) || restated.test(result.text)) continue
    if (/\b(?:GMT|UTC|next)\s*$/i.test(sentence.slice(Math.max(0, result.index - 6), result.index))) continue
    const known = (result.start as unknown as {knownValues: Partial<Record<string, number>>}).knownValues
    const tags = result.tags?.() ?? new Set<string>()
    const relative = [...tags].some((tag) => tag.startsWith('result/relativeDate') || tag.startsWith('casualReference/'))
    const date: FoundDate = {start, end, text: result.text}
    if (!namesADay.test(result.text)) {
      if (!relative || !exactlyRelative.test(result.text)) continue
      date.daysAgo = Math.round((reference.getTime() - result.start.date().getTime()) / 86_400_000)
    } else {
      if (known.weekday !== undefined) date.weekday = known.weekday
      if (known.day !== undefined && known.month !== undefined) {
        date.day = known.day
        date.month = known.month
      } else if (known.month !== undefined && known.year !== undefined) date.month = known.month
      if (known.year !== undefined) date.year = known.year
      if (date.day === undefined && date.month === undefined && date.weekday === undefined && date.year === undefined) continue
      if (date.month !== undefined && date.day === undefined && date.year === undefined) continue
    }
    found.push(date)
  }
  for (const match of sentence.matchAll(bareYear)) {
    const start = offset + match.index!
    const end = start + match[0].length
    if (overlaps(start, end)) continue
    found.push({start, end, text: match[0], year: Number(match[1])})
  }
  return found.sort((a, b) => a.start - b.start)
}

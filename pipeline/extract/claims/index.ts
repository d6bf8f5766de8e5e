// The claims extractor: dates, recency phrases, numbers and roles of every
// parsed sentence, each with the context the corpus stage aligns on (content
// stems without the value, names, event classes).
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {lastAtOrBefore} from '../../sorted.js'
import {findQuotationSpans} from '../quotation-spans.js'
import {placed, SentenceMemo} from '../sentence-memo.js'
import {findAges} from './ages.js'
import {findDates, findRecency, type FoundDate, type FoundRecency} from './dates.js'
import {clauseEvents} from './binding.js'
import {classesWithin, eventMatches, titleHeads, type EventMatch} from './lexicons.js'
import {findNumbers, type FoundNumber} from './numbers.js'
import {People} from './people.js'
import {findPlaces, placedEvents} from './places.js'
import {findRoles} from './roles.js'
import {contextStems, nameKey, nameKeys, nearStems, sentenceRuns} from './text.js'
import type {Claim, ClaimBase} from './types.js'

// A photo caption or credit: its date is the photo's, not the event's.
const captionLine = /\((?:AP|AFP|Reuters|Getty|EPA|Xinhua)[^)]*(?:Photo|Images)|\bPhoto(?:graph)?\s*[:/]|\(Photo\b|\bfile photo\b|\b(?:is|are) (?:seen|pictured)\b|\bpictured\b|\bin this (?:photo|image|picture)\b/i

/**
 * A date inside a URL, or a line that holds little but the date (a dateline,
 * a timestamp). Reads only near the value and at most three words of the
 * rest: a paragraph of a thousand dates costs a thousand short looks.
 */
function isFurniture(line: string, start: number, end: number): boolean {
  const near = line.slice(Math.max(0, start - 200), start)
  const token = near.slice(near.search(/\S*$/)) + line.slice(start, end)
  if (/:\/\/|www\.|\/\d/.test(token) || /^\s*(?:url|source|link)\s*:/i.test(line.slice(0, 40))) return true
  if (countWords(line, 0, start, 3) + countWords(line, end, line.length, 3) <= 2) return true
  // A page's own timestamp: "23 July 2013 Last updated at 13:42 GMT", "Published: 4 May".
  if (/^[\s,.|:-]*(?:last\s+)?(?:updated|published|posted|modified)\b/i.test(line.slice(end, end + 40)) ||
    /\b(?:last\s+)?(?:updated|published|posted|modified)(?:\s+(?:on|at))?[\s:]*$/i.test(line.slice(Math.max(0, start - 40), start))) return true
  const before = line.slice(0, start)
  // A dateline opening the line: "Mumbai, Nov 11 -", "TNN Nov 12, 2011, 05.51AM IST MUMBAI:".
  return /^(?:\p{Lu}[\p{L}.'’-]*[\s,/()-]*){0,4}$/u.test(before) &&
    /^[\s,]*(?:[-–—:]|\(?\s*(?:Reuters|AP|AFP|UPI|PTI|IANS|TNN)\b|[.:]?\s?\d{1,2}[.:]\s?\d\d|[.:]?\s?\d\d?\s?[AaPp][Mm]\b)/.test(line.slice(end))
}

/** What a sentence's text alone yields (at offset 0): half the extractor's time, chrono's most of it. */
interface SentenceValues {
  recency: FoundRecency[]
  dates: FoundDate[]
  numbers: FoundNumber[]
  /** Offsets within the sentence, as clauseEvents reads them; shared, never changed. */
  matches: EventMatch[]
}

const sentenceValues = new SentenceMemo<SentenceValues>()

function valuesOf(sentence: string, reference: Date): SentenceValues {
  const recency = findRecency(sentence, 0)
  const dates = findDates(sentence, 0, reference, recency)
  return {recency, dates, numbers: findNumbers(sentence, 0, [...dates, ...recency]), matches: eventMatches(sentence)}
}

// Chrono needs some reference; values are kept as written, so any date does.
const fallbackReference = new Date('2000-06-15T12:00:00Z')

export function extractClaims() {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value)
    const facts = file.data.facts ?? {}
    const sentences = facts.sentences ?? []
    const published = file.data.article?.meta.published
    const reference = published && !Number.isNaN(Date.parse(published)) ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : fallbackReference
    const referenceKey = reference.toISOString().slice(0, 10)
    const quotations = facts.quotations ?? findQuotationSpans(text)
    const inQuote = quotedAt(quotations)
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index! + 1)]

    const perSentence = sentenceRuns(file, sentences)
    // Names that occur outside titles: organisations to leave out of role words.
    const orgKeys = new Set<string>()
    for (const {runs} of perSentence) {
      for (const run of runs) if (!run.some((word) => titleHeads.has(word.text.toLowerCase()))) for (const word of run) orgKeys.add(nameKey(word.text))
    }

    const people = new People(perSentence.flatMap(({runs}) => runs))
    const claims: Claim[] = []
    const lines = new Map<number, {text: string; caption: boolean}>()
    sentences.forEach((sentence, index) => {
      const {list, runs} = perSentence[index]
      // Found by binary search, not by scanning: one long line of many sentences stays linear.
      const lineIndex = lastAtOrBefore(lineStarts, sentence.start)
      const lineStart = lineStarts[lineIndex]
      const endLine = lastAtOrBefore(lineStarts, sentence.end)
      const lineEnd = endLine + 1 < lineStarts.length ? lineStarts[endLine + 1] - 1 : -1
      // A paragraph is one line of many sentences: cut and test it once.
      let line = lines.get(lineStart)
      if (line === undefined) {
        const cut = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd)
        lines.set(lineStart, line = {text: cut, caption: captionLine.test(cut)})
      }
      const {text: lineText, caption} = line
      const names = nameKeys(runs)
      const inName = new Set(runs.flatMap((run) => run.map((word) => word.start)))
      const nameOf = new Map(runs.flatMap((run) => {
        const key = nameKey(run.map((each) => each.text).join(''))
        return run.map((word) => [word.start, key] as const)
      }))
      const values = sentenceValues.get(`${referenceKey}\u0000${sentence.text}`, sentence.text, (own) => valuesOf(own, reference))
      const {matches} = values
      const events = classesWithin(matches, 0, sentence.text.length)
      const clause = {text: sentence.text, start: sentence.start, words: list, matches}
      const base = (start: number, end: number): ClaimBase => ({
        start, end, text: text.slice(start, end), sentence: index,
        context: contextStems(list, start, end, inName), near: nearStems(list, start, end, 4, nameOf),
        clauseEvents: clauseEvents(clause, start, end), names, events, caption,
        inQuote: inQuote(start), furniture: isFurniture(lineText, start - lineStart, end - lineStart)
      })
      for (const found of placed(values.recency, sentence.start)) claims.push({...base(found.start, found.end), kind: 'recency', maxDays: found.maxDays})
      for (const {start, end, text: _text, ...value} of placed(values.dates, sentence.start)) claims.push({...base(start, end), kind: 'date', ...value})
      const numbers = placed(values.numbers, sentence.start)
      for (const {start, end, text: _text, ...value} of numbers) claims.push({...base(start, end), kind: 'number', ...value})
      for (const {start, end, ...age} of findAges({sentence: sentence.text, offset: sentence.start, runs, numbers, people})) {
        claims.push({...base(start, end), kind: 'age', ...age})
      }
      for (const {start, end, ...place} of findPlaces(list, runs)) {
        // Only where the clause names an event that happens somewhere: test that before building the claim.
        if (clauseEvents(clause, start, end).some((event) => placedEvents.has(event))) claims.push({...base(start, end), kind: 'place', ...place})
      }
      for (const role of findRoles({sentence: sentence.text, offset: sentence.start, words: list, runs, orgKeys})) {
        claims.push({...base(role.start, role.end), kind: 'role', person: role.person, personKey: nameKey(role.person), role: role.role, roleWords: role.roleWords})
      }
    })
    file.data.facts = {...facts, claims}
  }
}

const longWord = /\p{L}{3,}/gu

/** Words of three letters or more in text[from, to), counted up to `enough`. */
function countWords(text: string, from: number, to: number, enough: number): number {
  let count = 0
  longWord.lastIndex = from
  for (let match = longWord.exec(text); match && match.index + match[0].length <= to && count < enough; match = longWord.exec(text)) count++
  return count
}

/** Whether an offset lies inside a quotation: the outermost ones, in order, by binary search. */
function quotedAt(quotations: Array<{start: number; end: number; depth?: number}>): (offset: number) => boolean {
  const outer = quotations.filter((quote) => (quote.depth ?? 0) === 0).sort((a, b) => a.start - b.start)
  const starts = outer.map((quote) => quote.start)
  return (offset) => {
    if (outer.length === 0 || offset < starts[0]) return false
    const quote = outer[lastAtOrBefore(starts, offset)]
    return offset < quote.end
  }
}

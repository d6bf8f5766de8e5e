// Extractor: every quotation of the parsed text with its speaker and cue,
// into `facts.quotations`; unpaired marks into `facts.quoteMarkProblems`.
// The speaker is looked for after the quotation (to the end of its sentence),
// then before it, then in a previous paragraph that ends with a colon, then
// taken over from an earlier quotation of the same paragraph. Pronouns are
// resolved to the most recent person named as a speaker.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {QuotationFact} from '../types.js'
import {pairQuoteMarks, type Paragraph, type QuoteMarkProblem, type QuoteSpan} from './quote-marks.js'
import {cueMatchers, sentenceSubject, speakerAfter, speakerAfterSentence, speakerBefore, type Attribution} from './speakers.js'

const parsedKinds = new Set(['title', 'heading', 'body'])
const abbreviation = /(?:^|[\s(])(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|st|jr|sr|inc|corp|co|ltd|no|vs|prof|rev|del|jan|feb|mar|apr|aug|sept?|oct|nov|dec|[a-z]|u\.s|u\.k|d\.c|ala|ariz|ark|calif|colo|conn|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|penn|tenn|tex|vt|va|wash|wis|wyo|ave|mt|ft)$/iu

/** Offset just past the first sentence end in text[from, to), or `to`. */
function sentenceEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const ch = text[i]
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= to || /\s/u.test(text[i + 1]))) {
      if (ch === '.' && abbreviation.test(text.slice(Math.max(from, i - 6), i))) continue
      return i + 1
    }
  }
  return to
}

/** Offset where the last sentence in text[from, to) starts. */
function sentenceStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const ch = text[i]
    if ((ch === '.' || ch === '!' || ch === '?') && i + 1 < to && /\s/u.test(text[i + 1])) {
      if (ch === '.' && abbreviation.test(text.slice(Math.max(from, i - 6), i))) continue
      return i + 1
    }
  }
  return from
}

interface Candidate {
  name: string
  start: number
  person: boolean
}

export function extractQuotations() {
  const {any: anyCue} = cueMatchers()
  return (_tree: Root, file: VFile) => {
    const text = String(file.value)
    const paragraphs: Paragraph[] = file.data.article!.blocks.filter((block) => parsedKinds.has(block.kind))
    const {spans, problems} = pairQuoteMarks(text, paragraphs)
    const top = spans.filter((span) => span.depth === 0)

    // Quoted words blanked out, so cues and names are only found in the reporter's words.
    let frame = ''
    let cursor = 0
    for (const span of top) {
      const end = Math.min(span.close + 1, text.length)
      if (span.open < cursor) continue
      frame += text.slice(cursor, span.open) + ' '.repeat(end - span.open)
      cursor = end
    }
    frame += text.slice(cursor)

    // People named as speakers anywhere in the text, for pronouns: found only
    // when the first pronoun needs them, since most quotations name their speaker.
    const resolved: Candidate[] = []
    let reported: Candidate[] | null = null
    const candidates = (): Candidate[] => {
      if (!reported) {
        reported = reportedSpeakers(frame, paragraphs, anyCue)
        // A one-word name is a person's surname when the text also gives it with a first name.
        const fullNames = fullNamesIn(text, reported)
        for (const candidate of reported) if (!candidate.person && fullNames.has(candidate.name)) candidate.person = true
      }
      return [...reported, ...resolved]
    }
    const quotations: QuotationFact[] = []
    const byParagraph = new Map<number, QuotationFact[]>()
    const paragraphOf = (offset: number) => paragraphs.findIndex((p) => offset >= p.start && offset <= p.end)

    top.forEach((span, index) => {
      const first = paragraphs[span.paragraph]
      const lastIndex = paragraphOf(span.close)
      const last = paragraphs[lastIndex] ?? first
      const next = top[index + 1]
      const nextOpen = next && next.open < last.end ? next.open : last.end
      const afterFrom = span.unclosed ? last.end : span.close + 1
      const afterTo = sentenceEnd(frame, afterFrom, nextOpen)
      // Before the quotation, back to the start of its sentence in the reporter's words (quotes blanked).
      const beforeFrom = sentenceStart(frame, first.start, span.open)

      let found: Attribution | null = null
      let via: QuotationFact['via'] = undefined
      const quoted = text.slice(span.open + 1, span.close)
      const afterWords = frame.slice(afterFrom, afterTo)
      // How the quotation ends decides where its speaker is most likely named:
      // “…,” Prince said / Prince said: “….” / Prince called it “revolting” for years, he said.
      const ending = /[,\u2014\u2013-]['’"”]*\s*$/u.test(quoted) || /^\s*[,\u2014\u2013\u2015]/u.test(afterWords) ? 'clause'
        : /[.!?…]['’"”]*\s*$/u.test(quoted) ? 'sentence' : 'fragment'
      const tryAfter = () => {
        if (!found && afterTo > afterFrom) {
          found = speakerAfter(afterWords, afterFrom, ending)
          if (found) via = 'after'
        }
      }
      const tryBefore = () => {
        if (!found && span.open > beforeFrom) {
          const lead = frame.slice(beforeFrom, span.open)
          // "Trump also took credit for it: “…”": with no cue, a colon makes the subject the speaker.
          found = speakerBefore(lead, beforeFrom) ?? (/:\s*$/u.test(lead) ? sentenceSubject(lead, beforeFrom) : null)
          if (found) via = 'before'
        }
      }
      if (ending === 'clause') {
        tryAfter()
        tryBefore()
      } else {
        tryBefore()
        tryAfter()
      }
      if (!found && span.open > first.start && frame.slice(beforeFrom, span.open).trim() === '') {
        // A quotation that follows "Schiff said." in the same paragraph: the previous sentence's speaker.
        const from = sentenceStart(frame, first.start, Math.max(first.start, beforeFrom - 1))
        const previous = frame.slice(from, beforeFrom).trimEnd().replace(/[.!?]$/u, '')
        const reported = previous ? speakerAfterSentence(previous, from) : null
        if (reported) {
          found = reported
          via = 'continued'
        }
      }
      if (!found && span.open === first.start && span.paragraph > 0) {
        // A quotation that opens its paragraph after "Prince said:".
        const previous = paragraphs[span.paragraph - 1]
        const lead = text.slice(previous.start, previous.end).trimEnd()
        if (lead.endsWith(':')) {
          const from = sentenceStart(text, previous.start, previous.start + lead.length - 1)
          // No cue ("Sanders made the following comment:"): the sentence's subject introduces it.
          found = speakerBefore(frame.slice(from, previous.start + lead.length), from) ??
            sentenceSubject(frame.slice(from, previous.start + lead.length), from)
          via = 'colon'
        }
      }
      const quotation: QuotationFact = {
        start: span.open + 1,
        end: span.close,
        text: text.slice(span.open + 1, span.close),
        speaker: null,
        cue: null,
        marks: span.marks,
        depth: 0,
        paragraph: span.paragraph,
        paragraphs: span.paragraphs,
        ...(span.unclosed ? {unclosed: true} : {})
      }
      if (found) {
        const person = found.kind === 'pronoun' ? resolvePronoun(found.phrase, found.start, candidates()) : null
        found.name = found.name?.replace(/\s+/gu, ' ') ?? null
        found.phrase = text.slice(found.start, found.end)
        Object.assign(quotation, {
          speaker: person ?? found.name ?? found.phrase,
          speakerStart: found.start,
          speakerEnd: found.end,
          speakerPhrase: found.phrase,
          speakerKind: found.kind,
          cue: found.cue,
          cueStart: found.cueStart,
          cueEnd: found.cueEnd,
          via
        })
        if (person) resolved.push({name: person, start: found.start, person: true})
      } else {
        // The same speaker goes on in the same paragraph: “…,” he said. “…”
        // Not across paragraphs: a paragraph of quotation names its speaker
        // (on PolNeAR dev, carrying it over gained 1 speaker of 771).
        const earlier = byParagraph.get(span.paragraph)?.findLast((q) => q.speaker !== null)
        if (earlier) {
          Object.assign(quotation, {
            speaker: earlier.speaker,
            speakerStart: earlier.speakerStart,
            speakerEnd: earlier.speakerEnd,
            speakerKind: earlier.speakerKind,
            speakerPhrase: earlier.speakerPhrase,
            cue: earlier.cue,
            via: 'continued'
          })
        }
      }
      quotations.push(quotation)
      byParagraph.set(span.paragraph, [...(byParagraph.get(span.paragraph) ?? []), quotation])
    })

    for (const span of spans) {
      if (span.depth === 0) continue
      quotations.push(nested(text, span))
    }
    quotations.sort((a, b) => a.start - b.start)
    file.data.facts = {...file.data.facts, quotations, quoteMarkProblems: problems satisfies QuoteMarkProblem[]}
  }
}

function nested(text: string, span: QuoteSpan): QuotationFact {
  return {
    start: span.open + 1,
    end: span.close,
    text: text.slice(span.open + 1, span.close),
    speaker: null,
    cue: null,
    marks: span.marks,
    depth: span.depth,
    paragraph: span.paragraph,
    paragraphs: span.paragraphs
  }
}

/** People and organisations named as the subject of a reporting verb outside quotations. */
function reportedSpeakers(frame: string, paragraphs: Paragraph[], anyCue: RegExp): Candidate[] {
  const found: Candidate[] = []
  let index = 0
  anyCue.lastIndex = 0
  // One pass over the text; each cue is looked up in the paragraph it falls in.
  for (const m of frame.matchAll(anyCue)) {
    while (index < paragraphs.length && paragraphs[index].end <= m.index!) index++
    const paragraph = paragraphs[index]
    if (!paragraph) break
    if (m.index! < paragraph.start) continue
    // The subject sits right before its verb: a window of the sentence is enough.
    const start = sentenceStart(frame, Math.max(paragraph.start, m.index! - 100), m.index!)
    const attribution = speakerBefore(frame.slice(start, m.index! + m[0].length), start)
    if (attribution?.name) found.push({name: attribution.name.replace(/\s+/gu, ' '), start: attribution.start, person: attribution.name.includes(' ')})
  }
  return found.sort((a, b) => a.start - b.start)
}

/** he/she: the most recent person named (a surname alone counts once the full name was seen). */
function resolvePronoun(pronoun: string, at: number, candidates: Candidate[]): string | null {
  const lower = pronoun.toLowerCase()
  const people = new Set(candidates.filter((c) => c.person).flatMap((c) => [c.name, c.name.split(' ').at(-1)!]))
  let best: Candidate | null = null
  for (const candidate of candidates) {
    if (candidate.start >= at || (best && best.start >= candidate.start)) continue
    const person = candidate.person || people.has(candidate.name)
    const fits = lower === 'he' || lower === 'she' || lower === 'i' ? person : !person
    if (fits) best = candidate
  }
  return best?.name ?? null
}

const firstAndLast = /\b\p{Lu}\p{Ll}+ (\p{Lu}[\p{L}'’\-]+)/gu

/** One-word candidate names that the text also writes after a capitalised first name. */
function fullNamesIn(text: string, candidates: Candidate[]): Set<string> {
  const wanted = new Set(candidates.filter((c) => !c.person).map((c) => c.name))
  const found = new Set<string>()
  if (wanted.size === 0) return found
  for (const m of text.matchAll(firstAndLast)) if (wanted.has(m[1])) found.add(m[1])
  return found
}


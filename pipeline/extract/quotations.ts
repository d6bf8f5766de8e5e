// Extractor: every quotation of the parsed text with its speaker and cue,
// into `facts.quotations`; unpaired marks into `facts.extra.quoteMarkProblems`.
// The speaker is looked for after the quotation (to the end of its sentence),
// then before it, then in a previous paragraph that ends with a colon, then
// taken over from an earlier quotation of the same paragraph. Pronouns are
// resolved to the most recent person named as a speaker.
import {lastAtOrBefore} from '../sorted.js'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {QuotationFact} from '../types.js'
import {pairQuoteMarks, type Paragraph, type QuoteMarkProblem, type QuoteSpan} from './quote-marks.js'
import {cueMatchers} from './cues.js'
import {embeddedSubject, reportingSubject, sentenceSubject, speakerAfter, speakerAfterSentence, speakerBefore, type Attribution} from './speakers.js'

const nickname = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u
const transcriptLabel = /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u
const parsedKinds = new Set(['title', 'heading', 'body'])
const abbreviation = /(?:^|[\s(])(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|st|jr|sr|inc|corp|co|ltd|no|vs|prof|rev|del|jan|feb|mar|apr|aug|sept?|oct|nov|dec|[a-z]|u\.s|u\.k|d\.c|ala|ariz|ark|calif|colo|conn|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|penn|tenn|tex|vt|va|wash|wis|wyo|ave|mt|ft)$/iu

const isSpace = (code: number) => code === 32 || code === 10 || (code < 128 ? code >= 9 && code <= 13 : /\s/u.test(String.fromCharCode(code)))
// . ! ? by char code: these loops run over every quotation's surroundings.
const isStop = (code: number) => code === 46 || code === 33 || code === 63

/** Offset just past the first sentence end in text[from, to), or `to`. */
/** Characters a speaker may stand from the quotation: longer than any reporter's sentence. */
const reach = 600

function sentenceEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (isStop(code) && (i + 1 >= to || isSpace(text.charCodeAt(i + 1)))) {
      if (code === 46 && abbreviation.test(text.slice(Math.max(from, i - 6), i))) continue
      return i + 1
    }
  }
  return to
}

/** Offset where the last sentence in text[from, to) starts. */
function sentenceStart(text: string, from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) {
    const code = text.charCodeAt(i)
    if (isStop(code) && isSpace(text.charCodeAt(i + 1))) {
      if (code === 46 && abbreviation.test(text.slice(Math.max(from, i - 6), i))) continue
      return i + 1
    }
  }
  return from
}

/**
 * Paragraphs for quotation purposes: parsed blocks, split again at a line
 * break that follows a sentence end (one-paragraph-a-line copy), but not at
 * the breaks of hard-wrapped text.
 */
function lineParagraphs(text: string, blocks: Array<{start: number; end: number; kind: string}>): Paragraph[] {
  const result: Paragraph[] = []
  for (const block of blocks) {
    let start = block.start
    for (let i = text.indexOf('\n', start); i !== -1 && i < block.end; i = text.indexOf('\n', i + 1)) {
      const before = text.slice(Math.max(start, i - 3), i).trimEnd()
      const after = text.slice(i + 1, i + 3).trimStart()
      if (/[.!?…:]['’"”]?$/u.test(before) && /^[\p{Lu}"“‘«]/u.test(after)) {
        result.push({start, end: before.length > 0 ? i - (text.slice(start, i).length - text.slice(start, i).trimEnd().length) : i, kind: block.kind})
        start = i + 1
        while (start < block.end && /\s/u.test(text[start])) start++
      }
    }
    result.push({start, end: block.end, kind: block.kind})
  }
  return result
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
    const paragraphs = lineParagraphs(text, file.data.article!.blocks.filter((block) => parsedKinds.has(block.kind)))
    const {spans, problems} = pairQuoteMarks(text, paragraphs)
    const top = spans.filter((span) => span.depth === 0)

    // Quoted words blanked out, so cues and names are only found in the reporter's words.
    let frame = ''
    let cursor = 0
    for (const span of top) {
      const end = Math.min(span.close + 1, text.length)
      if (span.open < cursor) continue
      // A quotation that ends its sentence keeps the sentence end in the frame.
      const ends = /[.!?…]['’"”]?$/u.test(text.slice(span.open + 1, span.close))
      frame += text.slice(cursor, span.open) + ' '.repeat(end - span.open - 1) + (ends ? '.' : ' ')
      cursor = end
    }
    frame += text.slice(cursor)

    // Pronouns are resolved by walking back over the reporting cues before
    // them; cues and surnames are found only when the first pronoun needs them.
    const resolved: Candidate[] = []
    const speakers = new ReportedSpeakers(text, frame, paragraphs, anyCue)
    const quotations: QuotationFact[] = []
    // The last quotation of each paragraph that names who speaks: the one a later quote continues.
    const lastSpeaking = new Map<number, QuotationFact>()
    const paragraphStarts = paragraphs.map((paragraph) => paragraph.start)
    const paragraphOf = (offset: number) => paragraphAt(paragraphs, paragraphStarts, offset)

    top.forEach((span, index) => {
      const first = paragraphs[span.paragraph]
      const lastIndex = paragraphOf(span.close)
      const last = paragraphs[lastIndex] ?? first
      // A nickname quoted inside the tag (Marcia “Cia” Price) does not end the reporter's words.
      let nextIndex = index + 1
      while (top[nextIndex] && top[nextIndex].open < last.end && nickname.test(text.slice(top[nextIndex].open + 1, top[nextIndex].close))) nextIndex++
      const next = top[nextIndex]
      const nextOpen = next && next.open < last.end ? next.open : last.end
      const afterFrom = span.unclosed ? last.end : span.close + 1
      // Speakers are named within a sentence of the quotation, and no sentence of a reporter's is
      // longer than `reach`: looking no further keeps a paragraph of a thousand quotation marks linear.
      const afterTo = sentenceEnd(frame, afterFrom, Math.min(nextOpen, afterFrom + reach))
      // Before the quotation, back to the start of its sentence in the reporter's words (quotes blanked).
      const beforeFrom = sentenceStart(frame, Math.max(first.start, span.open - reach), span.open)

      let found: Attribution | null = null
      let via: QuotationFact['via'] = undefined
      const quoted = text.slice(span.open + 1, span.close)
      const afterWords = frame.slice(afterFrom, afterTo)
      // How the quotation ends decides where its speaker is most likely named:
      // “…,” Prince said / Prince said: “….” / Prince called it “revolting” for years, he said.
      const tail = quoted.slice(-16)
      const ending = /[,\u2014\u2013-]['’"”]*\s*$/u.test(tail) || /^\s*[,\u2014\u2013\u2015]/u.test(afterWords) ? 'clause'
        : /[.!?…]['’"”]*\s*$/u.test(tail) ? 'sentence' : 'fragment'
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
      // A transcript line: “WALLACE: Let’s start …”.
      const label = transcriptLabel.exec(quoted)
      if (label) {
        found = {phrase: label[1], name: label[1], kind: 'name', start: span.open + 1, end: span.open + 1 + label[1].length, cue: ':', cueStart: span.open + 1 + label[1].length, cueEnd: span.open + 2 + label[1].length}
        via = 'label'
      }
      if (ending === 'clause') {
        tryAfter()
        tryBefore()
      } else {
        tryBefore()
        tryAfter()
      }
      if (!found) {
        // A phrase quoted inside the reporter's sentence with no cue ("Trump
        // called the plan a “disaster”", "Reid has gone after Trump as a “con
        // artist”"): the words are the clause subject's.
        const lead = frame.slice(beforeFrom, span.open)
        if (/[\p{L}\p{N}]/u.test(lead) && !/:\s*$/u.test(lead)) {
          found = embeddedSubject(lead, beforeFrom)
          if (found) via = 'subject'
        }
      }
      if (!found && span.open > first.start && frame.slice(beforeFrom, span.open).trim() === '') {
        // A quotation that follows "Schiff said." in the same paragraph: the previous sentence's speaker.
        const from = sentenceStart(frame, Math.max(first.start, beforeFrom - reach), Math.max(first.start, beforeFrom - 1))
        const previous = frame.slice(from, beforeFrom).trimEnd().replace(/[.!?]$/u, '')
        // Or one whose subject reports: "His partner, Lawrence Cummings, called him a master at deals. “He showed …”".
        const reported = previous ? speakerAfterSentence(previous, from) ?? reportingSubject(previous, from) : null
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
      const quotation: QuotationFact = {...quotationFact(text, span, 0), ...(span.unclosed ? {unclosed: true} : {})}
      if (found) {
        const person = found.kind === 'pronoun' ? speakers.resolve(found.phrase, found.start, resolved) : null
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
        // A phrase quoted in passing (via 'subject') names nobody who goes on speaking.
        const earlier = lastSpeaking.get(span.paragraph)
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
      if (quotation.speaker !== null && quotation.via !== 'subject') lastSpeaking.set(span.paragraph, quotation)
    })

    for (const span of spans) {
      if (span.depth === 0) continue
      quotations.push(quotationFact(text, span, span.depth))
    }
    quotations.sort((a, b) => a.start - b.start)
    file.data.facts = {...file.data.facts, quotations, quoteMarkProblems: problems satisfies QuoteMarkProblem[]}
  }
}

/** A quotation as facts hold it, before a speaker is found. */
function quotationFact(text: string, span: QuoteSpan, depth: number): QuotationFact {
  return {
    start: span.open + 1,
    end: span.close,
    text: text.slice(span.open + 1, span.close),
    speaker: null,
    cue: null,
    marks: span.marks,
    depth,
    paragraph: span.paragraph,
    paragraphs: span.paragraphs
  }
}

const firstAndLast = /\b\p{Lu}\p{Ll}+ (\p{Lu}[\p{L}'’\-]+)/gu

/** People and organisations named as the subject of a reporting verb outside quotations, found on demand. */
class ReportedSpeakers {
  private hits: Array<{index: number; length: number; paragraph: number}> | null = null
  private found = new Map<number, Candidate | null>()
  private surnames: Set<string> | null = null

  constructor(private text: string, private frame: string, private paragraphs: Paragraph[], private anyCue: RegExp) {}

  /** he/she: the most recent person named; it/they/we: the most recent organisation or group. */
  resolve(pronoun: string, at: number, resolved: Candidate[]): string | null {
    const lower = pronoun.toLowerCase()
    const wantsPerson = lower === 'he' || lower === 'she' || lower === 'i'
    const hits = this.cueHits()
    let best: Candidate | null = null
    for (let i = hits.length - 1; i >= 0 && !best; i--) {
      if (hits[i].index >= at) continue
      const candidate = this.candidate(i)
      if (candidate && candidate.start < at && candidate.person === wantsPerson) best = candidate
    }
    for (const candidate of resolved) {
      if (candidate.start < at && wantsPerson && (!best || candidate.start > best.start)) best = candidate
    }
    return best?.name ?? null
  }

  private cueHits() {
    if (this.hits) return this.hits
    const hits: Array<{index: number; length: number; paragraph: number}> = []
    let paragraph = 0
    this.anyCue.lastIndex = 0
    for (const m of this.frame.matchAll(this.anyCue)) {
      while (paragraph < this.paragraphs.length && this.paragraphs[paragraph].end <= m.index!) paragraph++
      if (paragraph >= this.paragraphs.length) break
      if (m.index! >= this.paragraphs[paragraph].start) hits.push({index: m.index!, length: m[0].length, paragraph})
    }
    return (this.hits = hits)
  }

  private candidate(i: number): Candidate | null {
    if (this.found.has(i)) return this.found.get(i)!
    const hit = this.hits![i]
    // The subject sits right before its verb: a window of the sentence is enough.
    const start = sentenceStart(this.frame, Math.max(this.paragraphs[hit.paragraph].start, hit.index - 100), hit.index)
    const attribution = speakerBefore(this.frame.slice(start, hit.index + hit.length), start)
    const name = attribution?.name?.replace(/\s+/gu, ' ')
    const candidate = name ? {name, start: attribution!.start, person: this.isPerson(name)} : null
    this.found.set(i, candidate)
    return candidate
  }

  /** Two words, or a surname the text also gives after a capitalised first name. */
  private isPerson(name: string): boolean {
    if (name.includes(' ')) return true
    this.surnames ??= new Set([...this.text.matchAll(firstAndLast)].map((m) => m[1]))
    return this.surnames.has(name)
  }
}

/** The paragraph holding an offset (its end included), by binary search: paragraphs are in order. */
function paragraphAt(paragraphs: Array<{start: number; end: number}>, starts: number[], offset: number): number {
  const index = lastAtOrBefore(starts, offset)
  const paragraph = paragraphs[index]
  return paragraph && paragraph.start <= offset && offset <= paragraph.end ? index : -1
}

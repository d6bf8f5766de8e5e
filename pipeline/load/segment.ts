// Splits an article's text into blocks: title, headings, body paragraphs,
// bylines and page chrome. retext-english does not end a sentence at a single
// newline, so every one-line unit (headline, heading, byline) must become its
// own block before parsing. Offsets always point into the original text.
import type {Block} from '../types.js'
import {monthNames, weekdayNames} from './calendar.js'
import {matchChrome} from './chrome.js'

export interface Line {
  start: number
  end: number
  text: string
}

const startsSentence = /^[\p{Lu}\d"“‘'«(#@]/u
// A wrapped line that stops on a function word is the middle of a sentence.
const midSentence = /\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|that|who|which|as|is|was|said|says)$|[,\-–—]$/i
const terminal = /[.!?:;…"”’»)\]]$/u
const sentenceEnd = /[.!?…:;]["”’»)\]]*$/u
const nameToken = /^(?:\p{Lu}[\p{Ll}'’\-]+(?:-\p{Lu}[\p{Ll}]+)?|\p{Lu}\.|\p{Lu}{2,}|de|van|von|der|da|al|bin|la|le)$/u
const byPrefix = /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’\-]*){0,5})\s*(?:[,|–—-].*)?$/u
const bioLine = /^[\p{L} ]{0,40}\b(journalist|reporter|correspondent|writer|editor|columnist|contributor)\s+(for|at|with)\s+(.+?)\.?$/iu
const dateHeader = /^[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}[ \t]*/i
const stampPrefix = /^(?:(?:first |originally )?published|updated|posted|last (?:updated|modified)|date)\b(?:\s+on)?\s*[:：]?/i
const dateWords = new RegExp(`\\b(?:${monthNames}|${weekdayNames}|[ap]\\.? ?m\\.?|at|on|published|updated|posted|\\d+(?:st|nd|rd|th|am|pm|a|p)?)(?=\\W|$)`, 'gi')
const timeZones = /\b(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|AES?T|AEDT)\b/g
const hasDate = /\b(?:19|20)\d\d\b|\b\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}\b/
const sourceLine = /^(?:url|source|link)\s*[:：]\s*\S+$/i

/** A line that only states when the article was published or updated. */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || !hasDate.test(text)) return false
  const rest = text.replace(stampPrefix, '').replace(timeZones, '').replace(dateWords, '').replace(/[\s.,:;\/\-–—|()@\[\]]+/g, '')
  return rest.length === 0
}

/** A line that only names where the article came from (`URL: …`). */
export function isSourceLine(text: string): boolean {
  return sourceLine.test(text)
}

/** Split text into lines with offsets; a trailing \r is not part of a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end
    lines.push({start, end: stop, text: text.slice(start, stop)})
    start = end + 1
  }
  return lines
}

/** Trim a line's offsets to its visible text. */
function trimmed(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length
  const text = line.text.trim()
  return {start: line.start + lead, end: line.start + lead + text.length, text}
}

export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu)
  return m ? m.length : 0
}

/** A one-line unit that does not end like a sentence: headline, heading, byline, chrome. */
export function isShortLine(text: string): boolean {
  return text.length <= 160 && !sentenceEnd.test(text) && wordCount(text) <= 20
}

export function looksLikeName(text: string): boolean {
  const tokens = text.split(/\s+/)
  if (tokens.length < 2 || tokens.length > 4) return false
  if (!/^\p{Lu}/u.test(tokens[0])) return false
  return tokens.every((token) => nameToken.test(token))
}

export function normalizeLine(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[“”"‘’']/g, '').trim()
}

/** Group lines into paragraphs (runs of non-blank lines), then into parse units. */
function units(lines: Line[]): Line[][] {
  const paragraphs: Line[][] = []
  let current: Line[] = []
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length > 0) paragraphs.push(current)
      current = []
    } else current.push(trimmed(line))
  }
  if (current.length > 0) paragraphs.push(current)

  // Inside a paragraph, a line that stops short without sentence punctuation
  // is a heading or byline glued to the prose: give it a block of its own.
  const result: Line[][] = []
  for (const paragraph of paragraphs) {
    const longest = Math.max(...paragraph.map((line) => line.text.length))
    let run: Line[] = []
    paragraph.forEach((line, index) => {
      const next = paragraph[index + 1]
      const alone = next !== undefined && startsSentence.test(next.text) && !terminal.test(line.text) &&
        !midSentence.test(line.text) && (line.text.length < 40 || line.text.length < 0.6 * longest)
      run.push(line)
      if (alone) {
        result.push(run.length > 1 ? run.slice(0, -1) : run)
        if (run.length > 1) result.push([line])
        run = []
      }
    })
    if (run.length > 0) result.push(run)
  }
  return result
}

export interface Segmentation {
  blocks: Block[]
  /** A `date YYYY-MM-DD` header line, when present. */
  dateHeader: string | null
  /** An author bio line ("News journalist for X."): the outlet named in it. */
  bioOutlet: string | null
}

/**
 * Classify each unit of an article. `bodyStart` skips front matter that the
 * loader already took off.
 */
export function segment(text: string, bodyStart = 0): Segmentation {
  const blocks: Block[] = []
  let header: string | null = null
  let bioOutlet: string | null = null
  if (bodyStart > 0) blocks.push({kind: 'front-matter', start: 0, end: bodyStart})

  const lines = splitLines(text).filter((line) => line.start >= bodyStart)
  // A `date 2022-09-04` header may share its line with the first paragraph.
  for (const line of lines) {
    if (line.text.trim() === '') continue
    const m = dateHeader.exec(line.text)
    if (m) {
      header = m[0].trim().slice(5).trim()
      blocks.push({kind: 'dateline', start: line.start, end: line.start + m[0].length})
      line.start += m[0].length
      line.text = line.text.slice(m[0].length)
    }
    break
  }

  const groups = units(lines).map((group) => {
    const single = group.length === 1 ? group[0].text : null
    return {
      group,
      single,
      chrome: single === null ? null : matchChrome(single),
      bio: single === null ? null : bioLine.exec(single),
      by: single !== null && byPrefix.test(single)
    }
  })
  const lastBody = findLastIndex(groups, (g) =>
    !g.chrome && !g.bio && !g.by && (g.single === null || (!isShortLine(g.single) && !isDateLine(g.single) && !isSourceLine(g.single))))
  const seen = new Set<string>()
  let titled = false

  groups.forEach(({group, chrome, bio, by}, index) => {
    const start = group[0].start
    const end = group[group.length - 1].end
    const first = group[0].text
    const single = group.length === 1
    const key = normalizeLine(first)
    // A separator ("___", "* * *") between sections repeats by design.
    const repeated = single && key.length > 0 && seen.has(key) && first.length <= 200 && /[\p{L}\p{N}]/u.test(first)
    seen.add(key)

    if (single && isDateLine(first)) return blocks.push({kind: 'dateline', start, end})
    if (single && isSourceLine(first)) return blocks.push({kind: 'metadata', start, end})
    if (chrome) return blocks.push({kind: 'chrome', start, end, reason: chrome})
    if (repeated) return blocks.push({kind: 'chrome', start, end, reason: 'repeated line'})
    if (bio && index > lastBody) {
      bioOutlet = bio[3].trim()
      return blocks.push({kind: 'byline', start, end})
    }
    if (by && (index < 4 || index > lastBody)) return blocks.push({kind: 'byline', start, end})
    if (single && isShortLine(first)) {
      if (!titled && index <= 2 && blocks.every((b) => b.kind !== 'body')) {
        titled = true
        return blocks.push({kind: 'title', start, end})
      }
      if (index > lastBody) {
        if (looksLikeName(first)) return blocks.push({kind: 'byline', start, end})
        if (wordCount(first) <= 4) return blocks.push({kind: 'chrome', start, end, reason: 'short line after the article'})
      }
      return blocks.push({kind: 'heading', start, end})
    }
    blocks.push({kind: 'body', start, end})
  })
  return {blocks, dateHeader: header, bioOutlet}
}

function findLastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let index = list.length - 1; index >= 0; index--) if (test(list[index])) return index
  return -1
}

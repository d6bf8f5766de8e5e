// The calque lexicon (data/calques.yml): each entry compiled once, with the
// context it needs, and checked against its own examples when it loads.
import {lexiconRegExp, readLexicon} from '../../pipeline/lexicon.js'
import type {Severity} from '../../pipeline/types.js'

export interface CalqueEntry {
  pattern: string
  expected: string[]
  source: string
  language: string
  reason: string
  near?: string[]
  window?: number
  evidence?: string[]
  line?: boolean
  caseSensitive?: boolean
  severity?: Severity
  match?: string[]
  nomatch?: string[]
}

export interface Calque {
  entry: CalqueEntry
  regex: RegExp
  near: RegExp | null
  /** Words that say the same thing in other articles, as one pattern. */
  evidence: RegExp
  /**
   * The pattern, to try once on the whole text before sentence by sentence:
   * most articles hold no calque, and a pattern that finds nothing in the
   * whole text finds nothing in a sentence of it: the pattern relaxed (below),
   * since its anchors or look-arounds could read a sentence's edges differently.
   */
  screen: RegExp
}

/**
 * The pattern without its look-arounds and its `^`/`$` anchors: it matches wherever the pattern does, and more, so
 * it can screen the whole text even where the pattern reads a sentence's edges (a look-ahead at a sentence's end
 * sees the next sentence in the whole text, and might refuse there what the sentence alone lets through).
 */
export function relaxed(source: string): string {
  let out = ''
  let inClass = false
  // Depth inside a look-around being dropped (it may hold groups of its own).
  let dropping = 0
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    let piece = char
    if (char === '\\') piece = source.slice(i, ++i + 1)
    else if (inClass) inClass = char !== ']'
    else if (char === '[') inClass = true
    else if (char === '(' && (dropping > 0 || /^\(\?<?[=!]/u.test(source.slice(i, i + 4)))) dropping++
    else if (char === ')' && dropping > 0) {
      dropping--
      continue
    } else if (char === '^' || char === '$') piece = ''
    if (dropping === 0) out += piece
  }
  return out
}

export interface CalqueMatch {
  calque: Calque
  start: number
  end: number
  text: string
  expected: string[]
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

export function loadCalques(url: URL, where: string): Calque[] {
  return readLexicon<CalqueEntry[]>(url).map((entry, index) => {
    if (typeof entry.pattern !== 'string' || !Array.isArray(entry.expected) || typeof entry.reason !== 'string') {
      throw new Error(`${where}: entry ${index + 1} needs a \`pattern\`, \`expected\` and a \`reason\``)
    }
    const calque: Calque = {
      entry,
      regex: lexiconRegExp(entry.pattern, entry.caseSensitive ? 'gmu' : 'gimu'),
      near: entry.near ? lexiconRegExp(`\\b(?:${entry.near.join('|')})`, 'iu') : null,
      evidence: lexiconRegExp(`\\b(?:${(entry.evidence ?? entry.expected).filter((term) => !term.includes('$')).map(escape).join('|') || '(?!)'})\\b`, 'giu'),
      screen: lexiconRegExp(relaxed(entry.pattern), entry.caseSensitive ? 'mu' : 'imu')
    }
    for (const example of entry.match ?? []) {
      if (findCalques([calque], example, [[0, example.length]]).length === 0) throw new Error(`${where}: \`${entry.pattern}\` should match its example \`${example}\``)
      if (!calque.screen.test(example)) throw new Error(`${where}: \`${entry.pattern}\` without its look-arounds should still match its example \`${example}\``)
    }
    for (const example of entry.nomatch ?? []) {
      if (findCalques([calque], example, [[0, example.length]]).length > 0) throw new Error(`${where}: \`${entry.pattern}\` should not match its example \`${example}\``)
    }
    return calque
  })
}

/** The calques in `ranges` of `text` (sentences, or whole lines for line entries) whose context is there. */
export function findCalques(calques: Calque[], text: string, ranges: Array<[number, number]>): CalqueMatch[] {
  const found: CalqueMatch[] = []
  for (const calque of calques) {
    if (!calque.screen.test(text)) continue
    for (const [from, to] of ranges) {
      const slice = text.slice(from, to)
      calque.regex.lastIndex = 0
      for (const m of slice.matchAll(calque.regex)) {
        const start = from + m.index!
        const end = start + m[0].length
        const window = calque.entry.window ?? 250
        if (calque.near && !calque.near.test(text.slice(Math.max(0, start - window), end + window))) continue
        const expected = calque.entry.expected.map((item) => item.replace(/\$(\d)/gu, (_, group: string) => m[Number(group)] ?? ''))
        found.push({calque, start, end, text: m[0].trim(), expected})
      }
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

// Extractor: credit lines, wire photo credits, editor's notes and correction
// notices, from the lexicon in pipeline/extract/data/credits.yml, into
// `facts.extra.credits` (the draft's `credits` key; the article stage files
// keys it does not know under `extra`). The wire-credit rule reports them; the unattributed-copy
// corpus rule reads them to tell credited copy from uncredited.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {compilePatterns, lexiconRegExp, readLexicon, type PatternEntry} from '../lexicon.js'

export type CreditKind = 'wire' | 'photo' | 'editor-note' | 'correction' | 'republished'

export interface CreditEntry extends PatternEntry {
  kind: CreditKind
}

export interface CreditFact {
  kind: CreditKind
  start: number
  end: number
  text: string
  /** The wire service or outlet named, lower-cased ("associated press"), when there is one. */
  agency: string | null
}

const lexiconUrl = new URL('./data/credits.yml', import.meta.url)
const agencies = /\b(associated press|ap|reuters|afp|agence france-presse|bloomberg|dpa|upi|united press international|press association|canadian press|tass|xinhua|ansa|efe|kyodo)\b/iu
const agencyNames: Record<string, string> = {ap: 'associated press', 'agence france-presse': 'afp', 'united press international': 'upi'}
const creditWords = /press|reuters|afp|bloomberg|dpa|upi|tass|xinhua|ansa|efe|kyodo|photo|getty|epa|reporting|writing by|editor|correction|clarification|earlier version|corrected|published/i
// Chrome blocks are skipped: a credit line is article text, not page furniture.
const scanned = new Set(['title', 'heading', 'body', 'byline', 'dateline'])

export function extractCredits() {
  const patterns = compilePatterns(readLexicon<CreditEntry[]>(lexiconUrl), 'pipeline/extract/data/credits.yml', false)
    .map(({entry}) => ({entry, regex: lexiconRegExp(entry.pattern, 'giu')}))
  return (_tree: Root, file: VFile) => {
    const text = String(file.value)
    const credits: CreditFact[] = []
    for (const block of file.data.article!.blocks) {
      if (!scanned.has(block.kind)) continue
      const paragraph = text.slice(block.start, block.end)
      // Every credit line names one of these: skip the other paragraphs without running the lexicon.
      if (!creditWords.test(paragraph)) continue
      for (const {entry, regex} of patterns) {
        regex.lastIndex = 0
        for (const m of paragraph.matchAll(regex)) {
          if (m[0].trim() === '') continue
          const lead = m[0].length - m[0].trimStart().length
          const start = block.start + m.index! + lead
          const end = block.start + m.index! + m[0].trimEnd().length
          if (credits.some((credit) => credit.start < end && start < credit.end)) continue
          const agency = agencies.exec(m[0])?.[1].toLowerCase() ?? null
          credits.push({kind: entry.kind, start, end, text: text.slice(start, end), agency: agency ? agencyNames[agency] ?? agency : null})
        }
      }
    }
    credits.sort((a, b) => a.start - b.start)
    file.data.facts = {...file.data.facts, credits}
  }
}

// The cue lexicon (pipeline/extract/data/cues.yml): words that
// tie a quotation or a claim to its speaker, compiled once per process into
// a word map for tokens and one regex for scanning text.
import {compilePatterns, lexiconRegExp, readLexicon, type PatternEntry} from '../lexicon.js'

export type CueKind = 'verb' | 'participle' | 'according'

export interface CueEntry extends PatternEntry {
  kind: CueKind
}

const lexiconUrl = new URL('./data/cues.yml', import.meta.url)
let compiled: {verb: RegExp; participle: RegExp; according: RegExp; any: RegExp; words: Map<string, CueKind>; firstWords: Set<string>; allWords: boolean} | null = null

/** The cue lexicon as whole-word regexes and a word map; compiled once per process. */
export function cueMatchers() {
  if (compiled) return compiled
  const entries = compilePatterns(readLexicon<CueEntry[]>(lexiconUrl), 'pipeline/extract/data/cues.yml')
  const join = (kind: CueKind) => entries.filter((e) => e.entry.kind === kind).map((e) => `(?:${e.entry.pattern})`).join('|')
  const words = (source: string) => source.replace(/ /g, '\\s+')
  compiled = {
    verb: lexiconRegExp(`^(?:${words(join('verb'))})$`, 'iu'),
    participle: lexiconRegExp(`^(?:${words(join('participle'))})$`, 'iu'),
    according: lexiconRegExp(`^(?:${words(join('according'))})$`, 'iu'),
    // ASCII words: without the u flag V8 scans this alternation several times faster.
    any: new RegExp(`\\b(?:${words([join('verb'), join('participle'), join('according')].join('|'))})\\b`, 'gi'),
    words: new Map(),
    firstWords: new Set(),
    allWords: entries.every(({entry}) => /^[\p{L} |'’-]+$/u.test(entry.pattern))
  }
  // Entries that are plain alternations of words become a map lookup: cheaper per token than a regex.
  for (const {entry} of entries) {
    if (!/^[\p{L} |'’-]+$/u.test(entry.pattern)) continue
    for (const word of entry.pattern.split('|')) {
      compiled.words.set(word.toLowerCase(), entry.kind)
      if (word.includes(' ')) compiled.firstWords.add(word.split(' ')[0].toLowerCase())
    }
  }
  return compiled
}

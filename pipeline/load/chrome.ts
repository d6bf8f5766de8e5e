// Page chrome by lexicon: the lines a web page wraps around an article.
import {compilePatterns, readLexicon, type PatternEntry} from '../lexicon.js'

const lexiconUrl = new URL('./data/chrome.yml', import.meta.url)
const patterns = compilePatterns(readLexicon<PatternEntry[]>(lexiconUrl), 'pipeline/load/data/chrome.yml')

/** The reason a whole line is page chrome, or null. */
export function matchChrome(line: string): string | null {
  const text = line.trim()
  if (text.length > 120) return null
  for (const {entry, regex} of patterns) if (regex.test(text)) return entry.reason
  return null
}

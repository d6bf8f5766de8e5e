// a/an by the sound of the next word, looking through an opening quotation
// mark ("an “threat"). Exceptions to the letter rule (unicorn, hour) come from
// data/sounds.yml. Numbers, single letters and acronyms that may be read as
// words (NASA) are left alone: precision first.
import type {Root, SentenceContent} from 'nlcst'
import {compilePatterns, readLexicon, type PatternEntry} from '../../pipeline/lexicon.js'
import {report} from '../../pipeline/report.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {meta} from './meta.js'

interface SoundEntry extends PatternEntry {
  sound: 'vowel' | 'consonant' | 'either'
}

const sounds = compilePatterns(
  readLexicon<SoundEntry[]>(new URL('data/sounds.yml', import.meta.url)).map((entry) => ({...entry, pattern: `(?:${entry.pattern}).*`})),
  'article-a-an/data/sounds.yml'
)
const quotes = new Set(['“', '"', '‘', "'", '«', '„'])
const vowelLetterNames = /^[aefhilmnorsx]/i
// Consonant pairs that begin English words; others (Nvidia, Mbappé) may be read letter by letter.
const onset = /^(?:[bcdfgkpt][lr]|[cgkpstw]h|s[cklmnpqtw]|[dt]w|kn|ps|qu|wr|gn)/i

/** "vowel", "consonant", or null when the sound cannot be told with confidence. */
function soundOf(word: string): 'vowel' | 'consonant' | null {
  if (!/^\p{L}{2,}/u.test(word)) return null
  if (/^\p{Lu}{2,}$/u.test(word)) {
    // Only an acronym with no vowel is surely read letter by letter (MSRP); NASA and MAN are words.
    if (/[AEIOUY]/.test(word)) return null
    return vowelLetterNames.test(word) ? 'vowel' : 'consonant'
  }
  for (const {entry, regex} of sounds) if (regex.test(word)) return entry.sound === 'either' ? null : entry.sound
  if (/^[aeiou]/i.test(word)) return 'vowel'
  if (!/^[a-z]/i.test(word)) return null
  if (/^[b-df-hj-np-tv-z]{2}/i.test(word) && !onset.test(word)) return null
  return 'consonant'
}

export const articleAAn: ArticleRule<{}> = {
  meta,
  plugin: () => (tree: Root, file) => {
    const text = String(file.value)
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        const children = sentence.children
        for (let i = 0; i < children.length; i++) {
          const node = children[i]
          if (node.type !== 'WordNode') continue
          const start = node.position!.start.offset!
          const end = node.position!.end.offset!
          const article = text.slice(start, end)
          if (article !== 'a' && article !== 'an' && !(i === 0 && (article === 'A' || article === 'An'))) continue
          const next = nextWord(children, i + 1, text)
          if (!next) continue
          const sound = soundOf(next.text)
          const wantsAn = sound === 'vowel'
          if (sound === null || wantsAn === (article.toLowerCase() === 'an')) continue
          const expected = wantsAn ? (article[0] === 'A' ? 'An' : 'an') : article[0] === 'A' ? 'A' : 'a'
          report(file, meta, {
            reason: `Unexpected \`${article}\` before \`${next.text}\`, expected \`${expected}\``,
            note: '“an” goes before a vowel sound and “a” before a consonant sound; a wrong article is a typo an editor would catch, and often a trace of a word swapped by a spinner or translator.',
            start,
            end,
            actual: article,
            expected: [expected],
            confidence: next.quoted ? 0.7 : 0.8,
            key: `a-an:${next.text.toLowerCase()}`
          })
        }
      }
    }
  }
}

/** The word after one space, through at most one opening quotation mark. */
function nextWord(children: SentenceContent[], i: number, text: string): {text: string; quoted: boolean} | null {
  if (children[i]?.type !== 'WhiteSpaceNode' || (children[i] as {value: string}).value !== ' ') return null
  let at = i + 1
  let quoted = false
  if (children[at]?.type === 'PunctuationNode' && quotes.has((children[at] as {value: string}).value)) {
    quoted = true
    at++
  }
  const node = children[at]
  if (node?.type !== 'WordNode') return null
  // Hyphenated or dotted words keep their first part: "an X-ray", "a U.S.".
  const word = text.slice(node.position!.start.offset!, node.position!.end.offset!)
  if (/[.]/.test(word)) return null
  return {text: word.split(/[-‐]/)[0], quoted}
}

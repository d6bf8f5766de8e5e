// Common-word spelling with nspell + dictionary-en and dictionary-en-gb. Only
// lower-case words in body text are checked: capitalised words are names,
// which name-spelling judges against the corpus. A word is accepted when either
// dictionary knows it (possessive stripped, each part of a hyphenated
// compound), when it is one of this article's own names in lower case, a name
// from the gazetteer lists, or on the `accept` list. An unknown word is
// reported once per article, at its first use, with how often it occurs: nine
// findings for one `hotline` say nothing the first does not. Suggestions are
// capped per article and cached.
import type {Root} from 'nlcst'
import {englishSpeller, suggestWords} from '../../pipeline/names/dictionary.js'
import {createGazetteer} from '../../pipeline/names/gazetteer.js'
import {report} from '../../pipeline/report.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {isBritishWord} from './british.js'
import {meta, type WordSpellingOptions} from './meta.js'

const lowerWord = /^\p{Ll}[\p{Ll}'’\-]*\p{Ll}$/u
const possessive = /['’]s?$/u

export const wordSpelling: ArticleRule<WordSpellingOptions> = {
  meta,
  plugin: (options) => {
    const speller = englishSpeller()
    const gazetteer = createGazetteer([], options.accept)
    const known = new Map<string, boolean>()
    const isKnown = (word: string): boolean => {
      let value = known.get(word)
      if (value === undefined) {
        const bare = word.replace(possessive, '')
        const spelt = (part: string) => speller.correct(part) || isBritishWord(part) || gazetteer.isKnown(part)
        value = bare.length < 3 || spelt(bare) || (bare.includes('-') && bare.split('-').every((part) => part.length === 0 || spelt(part)))
        known.set(word, value)
      }
      return value
    }
    return (tree: Root, file) => {
      const text = String(file.value)
      const names = new Set((file.data.facts?.entities ?? []).flatMap((mention) => mention.text.toLowerCase().split(/[\s\-]+/)))
      const body = file.data.article!.blocks.filter((block) => block.kind === 'body')
      // Each unknown word once, at its first use, with how often it occurs.
      const unknown = new Map<string, {word: string; start: number; end: number; count: number}>()
      let cursor = 0
      for (const paragraph of tree.children) {
        if (paragraph.type !== 'ParagraphNode') continue
        const at = paragraph.position!.start.offset!
        while (cursor < body.length && body[cursor].end <= at) cursor++
        if (cursor >= body.length || at < body[cursor].start) continue
        for (const sentence of paragraph.children) {
          if (sentence.type !== 'SentenceNode') continue
          for (const node of sentence.children) {
            if (node.type !== 'WordNode') continue
            const start = node.position!.start.offset!
            const end = node.position!.end.offset!
            const word = text.slice(start, end)
            if (!lowerWord.test(word) || isKnown(word)) continue
            const bare = word.replace(possessive, '')
            if (names.has(bare)) continue
            const seen = unknown.get(bare)
            if (seen) seen.count++
            else unknown.set(bare, {word, start, end, count: 1})
          }
        }
      }
      let suggested = 0
      for (const {word, start, end, count} of unknown.values()) {
        const expected = suggested++ < options.suggestPerArticle ? suggestWords(word, options.maxSuggestions) : []
        report(file, meta, {
          reason: `Unexpected unknown word \`${word}\`${count > 1 ? ` (${count} times)` : ''}${expected.length > 0 ? `, expected ${expected.map((item) => `\`${item}\``).join(', ')}` : ''}`,
          note: `The English dictionaries (American and British) do not know this word; it may be a typo, or jargon to add to the \`accept\` list.${count > 1 ? ` It occurs ${count} times in this article; the first is marked.` : ''}`,
          start,
          end,
          actual: word,
          expected,
          confidence: 0.4,
          key: `unknown-word:${word}`
        })
      }
    }
  }
}

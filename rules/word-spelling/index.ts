// Common-word spelling with nspell + dictionary-en. Only lower-case words in
// body text are checked: capitalised words are names, which name-spelling
// judges against the corpus. A word is accepted when the dictionary knows it
// (possessive stripped, each part of a hyphenated compound), when it is one of
// this article's own names in lower case, a name from the gazetteer lists, or
// on the `accept` list. Suggestions are capped per article and cached.
import type {Root} from 'nlcst'
import {englishSpeller, suggestWords} from '../../pipeline/names/dictionary.js'
import {createGazetteer} from '../../pipeline/names/gazetteer.js'
import {report} from '../../pipeline/report.js'
import type {ArticleRule} from '../../pipeline/rule.js'
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
        value = bare.length < 3 || speller.correct(bare) || gazetteer.isKnown(bare) ||
          (bare.includes('-') && bare.split('-').every((part) => part.length === 0 || speller.correct(part) || gazetteer.isKnown(part)))
        known.set(word, value)
      }
      return value
    }
    return (tree: Root, file) => {
      const text = String(file.value)
      const names = new Set((file.data.facts?.entities ?? []).flatMap((mention) => mention.text.toLowerCase().split(/[\s\-]+/)))
      const body = file.data.article!.blocks.filter((block) => block.kind === 'body')
      let suggested = 0
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
            if (!lowerWord.test(word) || isKnown(word) || names.has(word.replace(possessive, ''))) continue
            const expected = suggested++ < options.suggestPerArticle ? suggestWords(word, options.maxSuggestions) : []
            report(file, meta, {
              reason: `Unexpected unknown word \`${word}\`${expected.length > 0 ? `, expected ${expected.map((item) => `\`${item}\``).join(', ')}` : ''}`,
              note: 'The English dictionary does not know this word; it may be a typo, or jargon to add to the `accept` list.',
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
  }
}

import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface WordSpellingOptions {
  /** Words never to flag (house style, jargon), as Vale vocabularies accept them. */
  accept: string[]
  /** Suggestions per finding. */
  maxSuggestions: number
  /** Words per article that get suggestions at all: nspell's suggest costs ~60 ms a word. */
  suggestPerArticle: number
}

export const meta: RuleMeta<WordSpellingOptions> = {
  id: 'word-spelling',
  category: 'spelling',
  stage: 'article',
  severity: 'info',
  description: 'A lower-case word that neither English dictionary (dictionary-en, dictionary-en-gb) knows and that is not one of the article’s names, once per article with its count',
  options: v.strictObject({
    accept: v.optional(v.array(v.string()), []),
    maxSuggestions: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 3),
    suggestPerArticle: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 10)
  })
}

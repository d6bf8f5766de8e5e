// Every rule corroborate knows, in the order they run.
import type {ArticleRule, CorpusRule, Rule} from '../pipeline/rule.js'
import {articleAAn} from './article-a-an/index.js'
import {malformedMetadata} from './malformed-metadata/index.js'
import {nameSpelling} from './name-spelling/index.js'
import {nameVariant} from './name-variant/index.js'
import {pageChrome} from './page-chrome/index.js'
import {readability} from './readability/index.js'
import {reusedHeadline} from './reused-headline/index.js'
import {tickerSpinning} from './ticker-spinning/index.js'
import {wordSpelling} from './word-spelling/index.js'

export const articleRules: ArticleRule[] = [malformedMetadata, pageChrome, readability, articleAAn, wordSpelling]
export const corpusRules: CorpusRule[] = [reusedHeadline, nameSpelling, nameVariant, tickerSpinning]
export const allRules: Rule[] = [...articleRules, ...corpusRules]
export const rulesById = new Map<string, Rule>(allRules.map((rule) => [rule.meta.id, rule]))

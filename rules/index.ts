// Every rule corroborate knows, in the order they run.
import type {ArticleRule, CorpusRule, Rule} from '../pipeline/rule.js'
import {malformedMetadata} from './malformed-metadata/index.js'
import {pageChrome} from './page-chrome/index.js'
import {readability} from './readability/index.js'
import {reusedHeadline} from './reused-headline/index.js'
import {conflictingFacts} from './conflicting-facts/index.js'
import {quoteDrift} from './quote-drift/index.js'
import {selfContradiction} from './self-contradiction/index.js'

export const articleRules: ArticleRule[] = [malformedMetadata, pageChrome, readability]
export const corpusRules: CorpusRule[] = [reusedHeadline, conflictingFacts, quoteDrift, selfContradiction]
export const allRules: Rule[] = [...articleRules, ...corpusRules]
export const rulesById = new Map<string, Rule>(allRules.map((rule) => [rule.meta.id, rule]))

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
import {unattributedQuotation} from './unattributed-quotation/index.js'
import {wireCredit} from './wire-credit/index.js'
import {malformedQuotationMarks} from './malformed-quotation-marks/index.js'
import {unsourcedClaim} from './unsourced-claim/index.js'
import {vagueSource} from './vague-source/index.js'
import {danglingReference} from './dangling-reference/index.js'
import {unattributedCopy} from './unattributed-copy/index.js'
import {conflictingFacts} from './conflicting-facts/index.js'
import {quoteDrift} from './quote-drift/index.js'
import {selfContradiction} from './self-contradiction/index.js'
import {doubledPhrase} from './doubled-phrase/index.js'
import {foreignTypography} from './foreign-typography/index.js'
import {garbledSentence} from './garbled-sentence/index.js'
import {untranslatedFragment} from './untranslated-fragment/index.js'
import {machineTranslated} from './machine-translated/index.js'
import {calque} from './calque/index.js'
import {pronounAgreement} from './pronoun-agreement/index.js'

export const articleRules: ArticleRule[] = [malformedMetadata, pageChrome, readability, articleAAn, wordSpelling, unattributedQuotation, wireCredit, malformedQuotationMarks, unsourcedClaim, vagueSource, danglingReference, doubledPhrase, foreignTypography, garbledSentence, untranslatedFragment]
export const corpusRules: CorpusRule[] = [reusedHeadline, nameSpelling, nameVariant, tickerSpinning, unattributedCopy, conflictingFacts, quoteDrift, selfContradiction, calque, pronounAgreement, machineTranslated]
export const allRules: Rule[] = [...articleRules, ...corpusRules]
export const rulesById = new Map<string, Rule>(allRules.map((rule) => [rule.meta.id, rule]))

// Is a claim sourced? Shared by the rules that look for claims without a
// source: a reporting cue from the cue lexicon (said, according to, told …)
// or a word that names where a figure comes from (study, survey, data …) in
// the sentence or its paragraph, or the claim sits inside a quotation.
import type {QuotationFact} from '../types.js'
import {cueMatchers} from './cues.js'

const sourceWords = /\b(according to|data|study|studies|survey|surveys|poll|polls|polling|report|reports|reported|research|researchers|figures|statistics|census|estimates?|estimated|analysis|analysts|index|bureau|agency|institute|department|ministry|commission|university|found|finds|showed|shows|published|cited|citing|per|source|sources|records|filings?|documents?|statement|lawsuit|suit|suing|sued|charged|charges|indicted|indictment|accused|complaint|court|prosecutors|police)\b/iu

export interface SourceContext {
  text: string
  quotations: QuotationFact[]
}

/** A source word or cue in text[start, end). */
export function namesSource(text: string, start: number, end: number): boolean {
  const slice = text.slice(start, end)
  if (sourceWords.test(slice)) return true
  const cue = cueMatchers().any
  cue.lastIndex = 0
  return cue.test(slice)
}

/** The offset falls inside a quotation that has a speaker: the speaker is the source. */
export function insideAttributedQuote(offset: number, quotations: QuotationFact[]): boolean {
  return quotations.some((q) => q.start <= offset && offset < q.end && (q.speaker !== null || (q.depth ?? 0) > 0))
}

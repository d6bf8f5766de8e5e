// A minimal quotation finder: the words between paired quotation marks, inside
// the marks, never across a line break. Stands in until the attribution
// extractor fills `facts.quotations` with speakers; rules take
// `facts.quotations` first. (A curly quote closed by a second opening mark, as
// careless copy does, still counts.)
import type {QuotationFact} from '../types.js'

const quotation = /“([^“”\n]+)[”“]|"([^"\n]+)"|«([^«»\n]+)»/g

/** Quotations of three words or more. */
export function findQuotationSpans(text: string): QuotationFact[] {
  const found: QuotationFact[] = []
  for (const match of text.matchAll(quotation)) {
    const quoted = match[1] ?? match[2] ?? match[3]
    if ((quoted.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) continue
    const start = match.index! + 1
    found.push({start, end: start + quoted.length, text: quoted, speaker: null, cue: null})
  }
  return found
}

/** A test for offsets inside the quotations of the reporter's text (depth 0: a quote inside a quote is inside its outer one). */
export function insideQuotations(quotations: readonly QuotationFact[] = []): (offset: number) => boolean {
  const spans = quotations.filter((quotation) => (quotation.depth ?? 0) === 0)
  return (offset) => spans.some((quotation) => quotation.start <= offset && offset < quotation.end)
}

// Who said a quotation, as far as quote-drift needs it: the surname of a named
// speaker. "the mayor", "she" or "the company" may be anyone named elsewhere.
import type {QuotationFact} from '../../pipeline/types.js'

/** The named speaker's surname, lower case, or null when the speaker is not a name. */
export function speakerSurname(quotation: QuotationFact): string | null {
  if (!quotation.speaker || (quotation.speakerKind && quotation.speakerKind !== 'name')) return null
  if (!/^\p{Lu}/u.test(quotation.speaker)) return null
  return quotation.speaker.toLowerCase().replace(/['’]s$/, '').split(/\s+/).at(-1)!.replace(/[^\p{L}]/gu, '') || null
}

/** Speakers rule out a match only when both are names with different surnames. */
export function sameSpeaker(a: QuotationFact, b: QuotationFact): boolean {
  const first = speakerSurname(a)
  const second = speakerSurname(b)
  return first === null || second === null || first === second
}

/** Both quotations are given to one named speaker ("Matteo Prince" and "Prince"). */
export function namedSameSpeaker(a: QuotationFact, b: QuotationFact): boolean {
  const first = speakerSurname(a)
  return first !== null && first === speakerSurname(b)
}

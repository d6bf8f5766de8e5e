// Evidence for a claim: the whole sentence of the other article that states it.
import type {ClaimRef} from '../../pipeline/corpus/claims/align.js'
import type {CorpusContext} from '../../pipeline/rule.js'
import type {Evidence} from '../../pipeline/types.js'

export function sentenceEvidence(corpus: CorpusContext, ref: ClaimRef, value: string): Evidence {
  const sentence = ref.article.sentences[ref.claim.sentence]
  return corpus.evidence(ref.article.id, sentence?.start ?? ref.claim.start, sentence?.end ?? ref.claim.end, value)
}

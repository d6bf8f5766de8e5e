// Why the pronoun-agreement rule leaves one flipped pronoun alone, for the
// two misses printers (test/translation/pronoun-misses.ts for the development
// generator, test/independent/pronoun-misses.ts for the independent one):
// the rule's own decision (rules/pronoun-agreement/judge.ts), so the reasons
// and the rule never disagree.
import type {ArticleFacts, PersonReference} from '../../pipeline/types.js'
import {pronounJudge} from '../../rules/pronoun-agreement/judge.js'

const options = {minArticle: 2, minStory: 2}

/** The reason (or "flagged") for the pronoun at `start` of `target`, judged among `articles` (its story, target included). */
export function missReason(target: ArticleFacts, articles: ArticleFacts[], start: number): {reason: string, reference?: PersonReference} {
  if ((target.quotations ?? []).some((q) => (q.depth ?? 0) === 0 && q.start <= start && start < q.end)) return {reason: 'in a quotation'}
  const reference = target.persons?.find((item) => item.kind === 'pronoun' && item.start === start)
  if (!reference) return {reason: 'no person named before it within reach (or an "I" nearby)'}
  const verdict = pronounJudge(articles, options).decide(target, reference)
  return {reason: verdict.flip ? 'flagged' : verdict.reason + (verdict.chain ? ` (chain: ${verdict.chain})` : ''), reference}
}

// One person, two titles: "global public policy chief" in one article, "Head
// of Public Affairs" in another. Grouped by person, so linear in the corpus;
// a warning with low confidence, since people hold several posts.
import type {RoleClaim} from '../../pipeline/extract/claims/types.js'
import type {CorpusContext} from '../../pipeline/rule.js'
import {voterOf} from '../../pipeline/types.js'
import type {ClaimRef} from '../../pipeline/corpus/claims/align.js'
import {sentenceEvidence} from './evidence.js'
import {meta} from './meta.js'
import {rolesAgree} from '../../pipeline/corpus/claims/values.js'

export function checkRoles(corpus: CorpusContext): void {
  const byPerson = new Map<string, ClaimRef[]>()
  for (const article of corpus.articles) {
    for (const claim of article.claims ?? []) {
      const role = claim as RoleClaim
      if (role.kind !== 'role' || role.inQuote) continue
      const list = byPerson.get(role.personKey) ?? []
      list.push({article, claim: role})
      byPerson.set(role.personKey, list)
    }
  }
  for (const refs of byPerson.values()) {
    if (new Set(refs.map((ref) => voterOf(ref.article))).size < 2) continue
    for (const ref of refs) {
      const claim = ref.claim as RoleClaim
      const others = refs.filter((other) => other.article.id !== ref.article.id)
      const conflicting = others.filter((other) => !rolesAgree(claim, other.claim as RoleClaim))
      const agreeing = others.filter((other) => rolesAgree(claim, other.claim as RoleClaim))
      if (conflicting.length === 0 || agreeing.length >= conflicting.length) continue
      const expected = [...new Set(conflicting.map((other) => (other.claim as RoleClaim).role))]
      const articles = new Set(conflicting.map((other) => voterOf(other.article))).size
      corpus.report(meta.id, ref.article.id, {
        reason: `Unexpected role \`${claim.role}\` for ${claim.person}, expected ${expected.map((role) => `\`${role}\``).join(' or ')} as in ${articles} other article${articles === 1 ? '' : 's'}`,
        note: 'Other articles give this person a different title; check which one is current and correct.',
        start: claim.start,
        end: claim.end,
        actual: claim.role,
        expected,
        confidence: articles >= 2 ? 0.5 : 0.4,
        severity: 'warning',
        evidence: [...conflicting, ...agreeing].map((other) => sentenceEvidence(corpus, other, (other.claim as RoleClaim).role)),
        key: `role:${claim.personKey}:${claim.roleWords.join(' ')}`
      })
    }
  }
}

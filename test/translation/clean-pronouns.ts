// Pronoun flips the rule's own decision (rules/pronoun-agreement/judge.ts)
// finds on untouched evaldata, story by story (each cluster a story): every
// one is a false alarm, printed with its context and the person it was
// resolved to ("bound" when grammar bound it). A quick precision check while
// changing the persons extractor (~20 s; the one-corpus figure is
// test/translation/measure.ts's).
// Run: npx tsc -p . && node .dist/test/translation/clean-pronouns.js
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleResult} from '../../pipeline/types.js'
import {pronounJudge} from '../../rules/pronoun-agreement/judge.js'
import {articleAuditor} from '../helpers/audit-text.js'
import {evaldataClusters} from '../measure/corpora.js'
const audit = articleAuditor()
let n = 0
for (const cluster of evaldataClusters()) {
  const all = Object.entries(cluster.articles).map(([id, text]) => (audit(buildArticle(id, `${id}.txt`, text)) as ArticleResult).facts)
  const judge = pronounJudge(all, {minArticle: 2, minStory: 2})
  for (const a of all) for (const p of a.persons ?? []) {
    if (p.kind !== 'pronoun' || !p.gender) continue
    const v = judge.decide(a, p)
    if (v.flip) { n++; console.log(`${cluster.name}/${a.id} ${p.text} [${p.person}${p.bound ? ' bound' : ''}] …${a.text.slice(Math.max(0, p.start - 160), p.end + 40).replace(/\s+/gu, ' ')}…`) }
  }
}
console.log(`flips on untouched: ${n}`)

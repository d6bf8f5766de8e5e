// Why the pronoun-agreement rule leaves injected flips alone: each flip of the
// development generator (test/translation/inject.ts) judged by the rule's own
// decision (rules/pronoun-agreement/judge.ts) on its story's articles, the
// reasons counted, and examples of one reason printed. A measurement aid for
// the general causes of misses; the recall itself comes from inject.ts and
// test/independent/translation-measure.ts.
// Run: npx tsc -p . && node .dist/test/translation/pronoun-misses.js [--rounds 2] [--show REASON] [--flagged]
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleFacts, ArticleResult} from '../../pipeline/types.js'
import {articleAuditor} from '../helpers/audit-text.js'
import {missReason} from '../helpers/pronoun-miss.js'
import {evaldataClusters} from '../measure/corpora.js'
import {injections} from './inject.js'

const argument = (flag: string) => process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined
const rounds = Number(argument('--rounds')) || 2
const show = argument('--show')
const audit = articleAuditor()
const facts = (id: string, text: string) => (audit(buildArticle(id, `${id}.txt`, text)) as ArticleResult).facts
const clusters = new Map(evaldataClusters().map((cluster) => [cluster.name, cluster]))
const untouched = new Map<string, ArticleFacts[]>()
const reasons = new Map<string, number>()
const examples: string[] = []

for (const injection of injections([...clusters.values()], 'pronoun', rounds)) {
  const cluster = clusters.get(injection.cluster)!
  const others = untouched.get(cluster.name) ?? Object.entries(cluster.articles).map(([id, text]) => facts(id, text))
  untouched.set(cluster.name, others)
  const target = facts(injection.target, injection.text)
  const articles = [...others.filter((article) => article.id !== injection.target), target]
  const {reason, reference} = missReason(target, articles, injection.start)
  const detail = reference ? ` within: ${(reference.sole ? [reference.person] : reference.candidates ?? []).join(', ')}; rivals: ${reference.rivals?.join(', ') ?? '—'}` : ''
  reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
  if (reason === show || show === undefined && process.argv.includes('--flagged') && reason === 'flagged') {
    examples.push(`${injection.cluster}/${injection.target}: ${injection.before}→${injection.after} …${injection.text.slice(Math.max(0, injection.start - 160), injection.end + 30).replace(/\s+/gu, ' ')}…${detail}`)
  }
}
console.log(`development generator, ${rounds} rounds, each flip judged on its story:`)
for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${reason}`)
for (const example of examples.slice(0, 40)) console.log(example)

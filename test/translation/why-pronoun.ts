// Development only: why the pronoun rule misses injected flips (the
// development generator's), judged on each cluster's articles.
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleFacts, ArticleResult} from '../../pipeline/types.js'
import {byVoter, countVotes, personKeys, storyGenders} from '../../rules/pronoun-agreement/persons.js'
import {articleAuditor} from '../helpers/audit-text.js'
import {evaldataClusters} from '../measure/corpora.js'
import {injections} from './inject.js'

const audit = articleAuditor()
const facts = (id: string, text: string) => (audit(buildArticle(id, `${id}.txt`, text)) as ArticleResult).facts
const clusters = new Map(evaldataClusters().map((cluster) => [cluster.name, cluster]))
const cache = new Map<string, ArticleFacts[]>()
const reasons = new Map<string, number>()
const examples: string[] = []
for (const injection of injections([...clusters.values()], 'pronoun', 2)) {
  const cluster = clusters.get(injection.cluster)!
  const others = cache.get(cluster.name) ?? Object.entries(cluster.articles).map(([id, text]) => facts(id, text))
  cache.set(cluster.name, others)
  const target = facts(injection.target, injection.text)
  const articles = [...others.filter((article) => article.id !== injection.target), target]
  const keyOf = personKeys(articles)
  const tallies = countVotes(articles, keyOf)
  const genderOf = storyGenders(articles, tallies)
  void byVoter
  const quoted = (target.quotations ?? []).some((q) => (q.depth ?? 0) === 0 && q.start <= injection.start && injection.start < q.end)
  const reference = target.persons?.find((item) => item.kind === 'pronoun' && item.start === injection.start)
  let reason: string
  if (quoted) reason = 'in a quotation'
  else if (!reference) reason = 'no person named before it within reach (or an "I" nearby)'
  else {
    const within = reference.sole ? [reference.person] : reference.candidates ?? []
    const names = within.filter((name) => !name.startsWith('?') && !['female', 'male'].includes(name))
    if (within.some((name) => name.startsWith('?'))) reason = 'a person noun or unknown name within reach'
    else if (within.includes(reference.gender!)) reason = 'a gendered noun of its gender within reach'
    else if (names.some((name) => genderOf(keyOf(target, name)) === null)) reason = `a person within reach of unknown gender`
    else if (names.some((name) => genderOf(keyOf(target, name)) === reference.gender)) reason = 'a person within reach of its gender'
    else if (reference.rivals?.some((rival) => rival === reference.gender || !rival.startsWith('?') && !['female', 'male'].includes(rival) && genderOf(keyOf(target, rival)) !== (reference.gender === 'female' ? 'male' : 'female'))) reason = 'rivals'
    else reason = 'judged: article/story thresholds'
    if (process.env.SHOW === reason) examples.push(`${injection.cluster}/${injection.target}: ${injection.before}→${injection.after} …${injection.text.slice(Math.max(0, injection.start - 160), injection.end + 20).replace(/\s+/gu, ' ')}… within: ${within.map((name) => `${name}=${name.startsWith('?') || ['female', 'male'].includes(name) ? '' : genderOf(keyOf(target, name))}`).join(', ')} rivals: ${reference.rivals?.join(', ')}`)
  }
  reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
}
console.log([...reasons].sort((a, b) => b[1] - a[1]))
for (const example of examples.slice(0, 30)) console.log(example)

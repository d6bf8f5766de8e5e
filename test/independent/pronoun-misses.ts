// Why the pronoun-agreement rule leaves the independent generator's flips
// alone (test/independent/translation-pronoun.ts): each flip judged by the
// rule's own decision (rules/pronoun-agreement/judge.ts) on the story the
// corpus stage builds for its article over the whole evaldata, the reasons
// counted, and examples of one reason printed. The story is built once on the
// untouched corpus (one flipped word does not move an article to another
// story). A measurement aid; the recall itself comes from translation-measure.ts.
// Run: npm run build && node .dist/test/independent/pronoun-misses.js [--rounds 2] [--show REASON] [--flagged]
import {buildArticle} from '../../pipeline/load/index.js'
import {storyUnits} from '../../pipeline/corpus/copies.js'
import {buildCorpusModel} from '../../pipeline/corpus/model.js'
import type {ArticleFacts, ArticleResult} from '../../pipeline/types.js'
import {fullNameGender} from '../../pipeline/names/given-gender.js'
import {byVoter, countVotes, personKeys} from '../../rules/pronoun-agreement/persons.js'
import {articleAuditor} from '../helpers/audit-text.js'
import {missReason} from '../helpers/pronoun-miss.js'
import {applyChanges, loadArticles, pickRound} from './translation-generate.js'

const argument = (flag: string) => process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined
const rounds = Number(argument('--rounds')) || 2
const show = argument('--show')
const audit = articleAuditor()
const facts = (id: string, text: string) => (audit(buildArticle(id, `${id}.txt`, text)) as ArticleResult).facts

const articles = loadArticles()
const untouched = articles.map((article) => facts(article.id, article.text))
const model = buildCorpusModel(untouched, {stories: 'auto'})
const reasons = new Map<string, number>()
const examples: string[] = []

for (let round = 1; round <= rounds; round++) {
  const changes = pickRound(articles, round, 150).filter((change) => change.kind === 'pronoun')
  const changed = applyChanges(articles, changes)
  for (const change of changes) {
    const text = changed.get(change.article)!
    const target = facts(change.article, text)
    const story = model.storyOf.get(change.article)!
    const units: ArticleFacts[] = storyUnits(story).units.filter((unit) => unit.id !== change.article)
    // The target's family: it joins the story as its own family's voice (a reprint of it votes as one with it).
    target.family = model.familyOf.get(change.article)?.id
    const judged = [...units, target]
    const {reason, reference} = missReason(target, judged, change.start)
    let detail = ''
    if (reference) {
      // Each person within reach: female/male references here and in the other articles, and the given name's gender.
      const keyOf = personKeys(judged)
      const tallies = countVotes(judged, keyOf)
      const votes = (person: string) => {
        const key = keyOf(target, person)
        const here = tallies.get(target.id)!.get(key)
        let [female, male] = [0, 0]
        for (const [voter, tally] of byVoter(judged, tallies)) if (voter !== (target.family ?? target.id)) [female, male] = [female + (tally.get(key)?.female.length ?? 0), male + (tally.get(key)?.male.length ?? 0)]
        return `${person} ${here?.female.length ?? 0}f${here?.male.length ?? 0}m/${female}f${male}m/${fullNameGender(key)?.[0] ?? '-'}`
      }
      const names = (reference.sole ? [reference.person] : reference.candidates ?? []).filter((name) => !/^(?:\?|female$|male$)/u.test(name))
      detail = ` [${reference.person}; within: ${names.map(votes).join(', ')} ${(reference.candidates ?? []).filter((name) => !names.includes(name)).join(', ')}; rivals: ${reference.rivals?.join(', ') ?? '—'}; story ${judged.length}]`
    }
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
    if (reason === show || show === 'all' && reason !== 'flagged' || show === undefined && process.argv.includes('--flagged') && reason === 'flagged') {
      const before = text.slice(Math.max(0, change.start - 200), change.start)
      const after = text.slice(change.end, change.end + 40)
      examples.push(`r${round} ${change.article} @${change.start} (${reason}): …${before}[${change.edit.from} → ${change.edit.to}]${after}…`.replace(/\s+/gu, ' ') + detail)
    }
  }
}
const total = [...reasons.values()].reduce((sum, count) => sum + count, 0)
console.log(`independent generator, ${rounds} rounds, ${total} flips, each judged on its story:`)
for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${reason}`)
for (const example of examples) console.log(example)

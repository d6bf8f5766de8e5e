// Corpus-stage scaling of the consistency rules: generated corpora of 1k and
// 10k articles (clusters of eight articles on one generated event each, one
// article per cluster with a changed value), article stage run once, then the
// corpus stage timed alone. Sub-quadratic means 10× the articles costs ≤ 12×.
//   npx tsc -p . && node .dist/pipeline/copy-assets.js && node .dist/test/bench/consistency-scale.js
import {runCorpusStage} from '../../pipeline/corpus/stage.js'
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleFacts, ArticleResult, LoadedArticle} from '../../pipeline/types.js'
import {corpusRules} from '../../rules/index.js'
import {articleStage, testConfig} from '../helpers/audit-text.js'

const rules = ['conflicting-facts', 'quote-drift', 'self-contradiction']
const syllables = ['ka', 'lo', 'mi', 'ren', 'tor', 'va', 'shi', 'den', 'bru', 'fel', 'gan', 'hol', 'ister', 'mar', 'nov', 'pel', 'quin', 'ros', 'sul', 'tam']
const words = ['harbour', 'council', 'budget', 'bridge', 'market', 'school', 'river', 'station', 'contract', 'license', 'report', 'factory',
  'airport', 'network', 'hospital', 'museum', 'stadium', 'library', 'program', 'festival', 'pipeline', 'tunnel', 'reactor', 'courthouse']
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function generate(count: number, seed = 7): LoadedArticle[] {
  const next = random(seed)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
  const name = () => {
    const part = () => Array.from({length: 2 + Math.floor(next() * 2)}, () => pick(syllables)).join('')
    return `${part()[0].toUpperCase()}${part().slice(1)}`
  }
  const articles: LoadedArticle[] = []
  for (let cluster = 0; articles.length < count; cluster++) {
    const org = `${name()} ${pick(['Holdings', 'Group', 'Council', 'Works'])}`
    const person = `${name()} ${name()}`
    const place = name()
    const day = Math.floor(next() * 7)
    const victims = 2 + Math.floor(next() * 30)
    const year = 1950 + Math.floor(next() * 60)
    const quote = Array.from({length: 18}, () => pick(words)).join(' ')
    for (let index = 0; index < 8 && articles.length < count; index++) {
      const changed = index === 3
      const text = [
        `${org} closes the ${place} ${pick(words)}`,
        '',
        `${org} announced on ${weekdays[changed ? (day + 2) % 7 : day]} that it would close the ${place} ${pick(words)} after an accident.`,
        '',
        `At least ${changed ? victims + 3 : victims} people were injured in the accident at the ${place} site, officials said.`,
        '',
        `“${changed ? quote.replace(/\b(\w+)$/, 'urgency') : quote},” said chief executive ${person}.`,
        '',
        `${org}, founded in ${changed ? year - 1 : year}, employs ${100 + Math.floor(next() * 900)} workers in ${name()}.`,
        '',
        `The ${pick(words)} and the ${pick(words)} of ${name()} were not affected, a spokesperson for ${name()} said on ${pick(weekdays)}.`
      ].join('\n')
      articles.push(buildArticle(`c${cluster}-${index}`, `c${cluster}-${index}.txt`, text))
    }
  }
  return articles
}

async function timeCorpusStage(facts: ArticleFacts[], runs = 3): Promise<{ms: number; findings: number}> {
  const config = testConfig(rules)
  const times: number[] = []
  let findings = 0
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint()
    const {drafts} = await runCorpusStage(facts, config, corpusRules)
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
    findings = [...drafts.values()].reduce((sum, list) => sum + list.length, 0)
  }
  return {ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)], findings}
}

const sizes = [1000, 10000]
const results: Array<{size: number; ms: number; findings: number}> = []
for (const size of sizes) {
  const loaded = generate(size)
  const started = Date.now()
  const stage = (await articleStage(loaded, testConfig(rules))) as ArticleResult[]
  const facts = stage.map((result) => result.facts)
  const articleMs = Date.now() - started
  const {ms, findings} = await timeCorpusStage(facts)
  results.push({size, ms, findings})
  console.log(`${size} articles: article stage ${articleMs} ms (1 job); corpus stage (consistency rules) median of 3: ${ms.toFixed(0)} ms, ${findings} findings`)
}
const ratio = results[1].ms / results[0].ms
console.log(`10× the articles → ${ratio.toFixed(2)}× the corpus-stage time (budget ≤ 12×)`)

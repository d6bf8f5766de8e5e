// The corpus stage on wire copy: real stories (the evaldata's NewsWCL50 and
// ECB+ articles, else the seeds) each reprinted by many outlets with light
// edits — another byline and credit line, a word changed in one sentence,
// sometimes the last paragraph cut — so no two copies are the same text and
// neither a cache nor exact deduplication can cheat. Times the corpus stage
// (all corpus rules) at 1,000 and 12,000 articles of the same construction.
//   npx tsc -p . && node .dist/pipeline/copy-assets.js && node .dist/test/bench/reprints.js [--sizes 1000,12000] [--copies 12]
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {runArticleStage} from '../../pipeline/article/stage.js'
import {runCorpusStage} from '../../pipeline/corpus/stage.js'
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleResult, LoadedArticle} from '../../pipeline/types.js'
import {articleRules, corpusRules} from '../../rules/index.js'
import {rulesModule, testConfig} from '../helpers/audit-text.js'
import {hasEvaldata} from '../helpers/evaldata.js'
import {evaldataClusters} from '../measure/corpora.js'
import {prng} from './generate.js'

const outlets = ['Courier', 'Herald', 'Ledger', 'Gazette', 'Tribune', 'Chronicle', 'Examiner', 'Observer', 'Sentinel', 'Dispatch', 'Record', 'Bulletin']
const swaps: Array<[RegExp, string]> = [[/\bsaid\b/, 'stated'], [/\bthe\b/, 'this'], [/\bon\b/, 'upon'], [/\bwas\b/, 'had been'], [/\band\b/, 'as well as']]

/** Base texts in story order, so consecutive bases tell the same story. */
export function baseTexts(): string[] {
  if (hasEvaldata) return evaldataClusters().flatMap((cluster) => Object.values(cluster.articles))
  const seeds = fileURLToPath(new URL('../../../corpus/', import.meta.url))
  return readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(seeds, name), 'utf8'))
}

/** One outlet's copy: its byline and credit line, one word changed, sometimes the last paragraph cut. */
export function reprint(text: string, copy: number, random: () => number): string {
  const paragraphs = text.split(/\n\s*\n|\n/).filter((paragraph) => paragraph.trim())
  const edited = paragraphs.map((paragraph) => paragraph)
  const at = Math.floor(random() * edited.length)
  const [pattern, word] = swaps[Math.floor(random() * swaps.length)]
  edited[at] = edited[at].replace(pattern, word)
  if (edited.length > 6 && random() < 0.3) edited.pop()
  const outlet = `The ${outlets[copy % outlets.length]} ${copy}`
  return `---\noutlet: ${outlet}\nbyline: Staff of ${outlet}\n---\n${edited.join('\n\n')}\n\n(Distributed to ${outlet}.)\n`
}

/** `size` articles: `size / copies` base texts, each printed `copies` times. */
export function reprintedCorpus(size: number, copies: number, seed = 7): LoadedArticle[] {
  const bases = baseTexts()
  const random = prng(seed)
  const articles: LoadedArticle[] = []
  for (let base = 0; articles.length < size; base++) {
    const text = bases[base % bases.length]
    for (let copy = 0; copy < copies && articles.length < size; copy++) {
      const id = `s${String(base).padStart(5, '0')}-c${String(copy).padStart(2, '0')}`
      articles.push(buildArticle(id, `${id}.txt`, reprint(text, copy, random)))
    }
  }
  return articles
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const option = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback)
  const sizes = option('--sizes', '1000,12000').split(',').map(Number)
  const copies = Number(option('--copies', '12'))
  const config = testConfig()
  const results: Array<{size: number; ms: number}> = []
  for (const size of sizes) {
    const loaded = reprintedCorpus(size, copies)
    const started = performance.now()
    const facts = ((await runArticleStage(loaded, config, 2, {rules: articleRules, rulesModules: [rulesModule]})) as ArticleResult[]).map((result) => result.facts)
    const articleMs = performance.now() - started
    const times: number[] = []
    let stage: Awaited<ReturnType<typeof runCorpusStage>> | undefined
    for (let run = 0; run < 3; run++) {
      const begun = performance.now()
      stage = await runCorpusStage(facts, config, corpusRules)
      times.push(performance.now() - begun)
    }
    const ms = times.sort((a, b) => a - b)[1]
    const families = stage!.model.stories.reduce((sum, story) => sum + story.families.length, 0)
    const findings = [...stage!.drafts.values()].reduce((sum, list) => sum + list.length, 0)
    results.push({size, ms})
    console.log(`${size} articles (${Math.ceil(size / copies)} texts × ${copies} copies): article stage ${(articleMs / 1000).toFixed(1)} s (2 workers); corpus stage median of 3: ${(ms / 1000).toFixed(2)} s; ${stage!.model.stories.length} stories, ${families} copy families, ${findings} corpus findings`)
  }
  for (let index = 1; index < results.length; index++) {
    const [small, large] = [results[0], results[index]]
    console.log(`${large.size / small.size}× the articles → ${(large.ms / small.ms).toFixed(2)}× the corpus-stage time (budget ≤ 15× for 12×)`)
  }
}

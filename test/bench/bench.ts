// npm run bench [-- --mb 4]: throughput of the whole audit against a bare
// retext-english parse of the same generated corpus, and the 2-worker speedup.
// A script, not a timed test: figures vary with the machine's load.
import {readFileSync, rmSync} from 'node:fs'
import {globSync} from 'tinyglobby'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {createAuditor} from '../../pipeline/audit.js'
import {articleRules, corpusRules} from '../../rules/index.js'
import {rulesModule, testConfig} from '../helpers/audit-text.js'
import {generateArticles, writeCorpus} from './generate.js'

const args = process.argv.slice(2)
const megabytes = Number(args[args.indexOf('--mb') + 1] ?? 4) || 4
const root = fileURLToPath(new URL('../../../', import.meta.url))

function time(run: () => void): number {
  const start = process.hrtime.bigint()
  run()
  return Number(process.hrtime.bigint() - start) / 1e9
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await run()
  return Number(process.hrtime.bigint() - start) / 1e9
}

// --evaldata: the real news of ../shared/evaldata (NewsWCL50 + ECB+) instead of generated text.
const real = args.includes('--evaldata')
// What two threads can give on this machine at all: a pure CPU loop, alone
// and in two workers at once. Shared or oversubscribed vCPUs show here.
const spin = 'let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; require("node:worker_threads").parentPort?.postMessage(x)'
async function machineSpeedup(): Promise<number> {
  const run = (count: number) => timeAsync(() => Promise.all(Array.from({length: count}, () => new Promise((done) => {
    new Worker(spin, {eval: true}).once('message', done)
  }))))
  const one = await run(1)
  const two = await run(2)
  return (2 * one) / two
}

const perArticle = 4500
const articles = real ? evaldataTexts() : generateArticles(join(root, 'corpus'), Math.ceil((megabytes * 1024 * 1024) / perArticle))
const dir = join(tmpdir(), `corroborate-bench-${process.pid}`)
const bytes = writeCorpus(dir, articles)

function evaldataTexts(): string[] {
  const base = join(root, '..', 'shared', 'evaldata')
  return globSync(['newswcl50/1-raw-articles/**/*.txt', 'ecbplus/text/**/*.txt'], {cwd: base, absolute: true})
    .filter((file) => !/README/i.test(file)).sort().map((file) => readFileSync(file, 'utf8'))
}
const mb = bytes / 1024 / 1024
const config = testConfig()
const audit = ({jobs}: {jobs: number}) => createAuditor({rules: {article: articleRules, corpus: corpusRules, modules: [rulesModule]}, config, jobs}).audit([dir], dir)

try {
  const parser = unified().use(retextEnglish)
  const parseAll = () => {
    for (const text of articles) parser.parse(text)
  }
  parseAll() // warm up the JIT, as the audit's own warm-up below
  const parseSeconds = time(parseAll)

  await audit({jobs: 1})
  const oneSeconds = await timeAsync(() => audit({jobs: 1}))
  const twoSeconds = await timeAsync(() => audit({jobs: 2}))

  const rate = (seconds: number, cores = 1) => (mb / seconds / cores).toFixed(2)
  console.log(`${real ? 'evaldata (NewsWCL50 + ECB+)' : 'generated'} corpus: ${articles.length} articles, ${mb.toFixed(2)} MB`)
  console.log(`bare retext-english parse:  ${parseSeconds.toFixed(2)} s  ${rate(parseSeconds)} MB/s per core`)
  console.log(`full audit, 1 job:          ${oneSeconds.toFixed(2)} s  ${rate(oneSeconds)} MB/s per core  (${(oneSeconds / parseSeconds).toFixed(2)}× the parse)`)
  console.log(`two threads of a pure CPU loop on this machine: ${(await machineSpeedup()).toFixed(2)}× one (the ceiling for the speedup below)`)
  console.log(`full audit, 2 jobs:         ${twoSeconds.toFixed(2)} s  ${rate(twoSeconds, 2)} MB/s per core  (speedup ${(oneSeconds / twoSeconds).toFixed(2)}×)`)
} finally {
  rmSync(dir, {recursive: true, force: true})
}

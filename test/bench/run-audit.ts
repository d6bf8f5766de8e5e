// One timed audit, in its own process so its peak memory is its own: the
// bench runs it as `node run-audit.js DIR JOBS [CACHE_DIR]` and reads one
// line of JSON (seconds, stage timings, peak RSS) from its standard output.
// JOBS `auto` chooses as the CLI does.
// The report is written as the CLI writes it (streamed JSON), to /dev/null.
import {createWriteStream} from 'node:fs'
import {createAuditor} from '../../pipeline/audit.js'
import {diskCache} from '../../pipeline/cache.js'
import {codeVersion} from '../../pipeline/code-version.js'
import {loadConfig} from '../../pipeline/config.js'
import {reporters} from '../../reports/index.js'
import {writeReport} from '../../reports/sink.js'
import {allRules, articleRules, corpusRules} from '../../rules/index.js'
import {rulesModule} from '../helpers/audit-text.js'

const [dir, jobs, cacheDir] = process.argv.slice(2)
const started = performance.now()
const cache = cacheDir ? diskCache(cacheDir, codeVersion()) : undefined
const auditor = createAuditor({rules: {article: articleRules, corpus: corpusRules, modules: [rulesModule]}, config: loadConfig(null, allRules), ...(jobs === 'auto' ? {} : {jobs: Number(jobs)}), cache})
const report = await auditor.audit(['.'], dir)
globalThis.gc?.()
await writeReport(reporters.json, report, {color: false, verbose: false, gate: {failUnder: null, failOn: 'none', maxWarnings: null}, rules: [], cwd: dir, text: async () => null}, null, createWriteStream('/dev/null'))
const cpu = process.cpuUsage()
process.stdout.write(JSON.stringify({
  seconds: (performance.now() - started) / 1000,
  // Every thread's CPU time (main, workers, V8's garbage collector and compiler): how many cores the run kept busy.
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  timings: report.summary.timings,
  cache: report.summary.cache ?? null,
  articles: report.summary.articles,
  // Articles not audited (a worker's time limit, say): a bench that loses some measures less work.
  failed: report.articles.filter((article) => article.error).length,
  findings: report.summary.findings,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  // The main thread's heap with the whole report still held: what grows with the corpus.
  heapMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024)
}) + '\n')

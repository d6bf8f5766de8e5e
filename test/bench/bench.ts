// npm run bench [-- --sizes 1000,4000,10000] [--copies 12] [--no-alex] [--skip one,cached] [--json FILE]: corroborate's speed
// and memory on corpora built from the seeds and ../shared/evaldata (else the
// seeds alone): every article a base text reprinted with light, seeded edits
// (another byline and credit line, a word changed, sometimes the last
// paragraph cut), twelve copies a base on average, as wire copy is printed
// many times — so no two articles are the same text and neither a cache nor
// deduplication can cheat. For each size it prints, from one run:
//   - MB/s per core of a bare retext-english parse of the same texts, and of
//     the full audit with one worker, and their ratio;
//   - the full audit with two workers, and its speedup over one, beside how
//     many cores one job keeps busy (CPU time over wall time: the ceiling on
//     what a second worker can add on a two-core machine);
//   - the corpus stage's share of the audit, and the peak RSS;
//   - a cached re-audit after adding 10 new articles;
//   - alex (npm) on the same files.
// A script, not a timed test: figures vary with the machine and its load.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {prng} from './generate.js'
import {baseTexts, reprint} from './reprints.js'

const option = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback)
const sizes = option('--sizes', '1000,4000,10000').split(',').map(Number)
/** Copies of each base text: 12 as wire copy is reprinted; `--copies 1` for a corpus of distinct articles. */
const copiesPerText = Number(option('--copies', '12'))
const withAlex = !process.argv.includes('--no-alex')
/** Runs to leave out at large sizes (`--skip one,cached`): `one` (one job), `cached` (the cached re-audit). */
const skip = new Set(option('--skip', '').split(',').filter(Boolean))
const root = fileURLToPath(new URL('../../../', import.meta.url))
const runner = fileURLToPath(new URL('./run-audit.js', import.meta.url))
const alex = join(root, 'node_modules', '.bin', 'alex')

interface Run {
  seconds: number
  cpuSeconds: number
  timings: {articles: number; corpus: number; findings: number}
  cache: {hits: number; misses: number; stories?: {hits: number; misses: number}} | null
  articles: number
  findings: number
  peakRssMb: number
  heapMb: number
  failed: number
}

/** `size` articles: each a base text (in story order) reprinted with its own edits. */
function corpus(size: number, bases: string[]): string[] {
  const random = prng(size)
  return Array.from({length: size}, (_, index) => reprint(bases[Math.floor(index / copiesPerText) % bases.length], index, random))
}

function write(dir: string, texts: string[], prefix = 'a'): number {
  mkdirSync(dir, {recursive: true})
  let bytes = 0
  texts.forEach((text, index) => {
    writeFileSync(join(dir, `${prefix}${String(index).padStart(6, '0')}.txt`), text)
    bytes += Buffer.byteLength(text)
  })
  return bytes
}

function audit(dir: string, jobs: number | 'auto', cacheDir?: string): Run {
  const output = execFileSync(process.execPath, ['--expose-gc', runner, dir, String(jobs), ...(cacheDir ? [cacheDir] : [])], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  return JSON.parse(output.trim().split('\n').at(-1)!) as Run
}

function seconds(run: () => void): number {
  const started = performance.now()
  run()
  return (performance.now() - started) / 1000
}

const bases = baseTexts()
console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'}, ${availableParallelism()} cores; node ${process.version}; base texts: ${bases.length}, ${copiesPerText} copies each`)
const rows: Array<Record<string, number | string>> = []
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `corroborate-bench-${size}-`))
  try {
    const texts = corpus(size, bases)
    const mb = write(dir, texts) / 1024 / 1024
    const parser = unified().use(retextEnglish)
    for (const text of texts.slice(0, 200)) parser.parse(text) // warm up the JIT
    const parse = seconds(() => {
      for (const text of texts) parser.parse(text)
    })
    const two = audit(dir, 2)
    const one = skip.has('one') ? null : audit(dir, 1)
    let cached: Run | null = null
    if (!skip.has('cached')) {
      const cacheDir = join(dir, '.cache')
      audit(dir, 2, cacheDir)
      write(dir, corpus(10, [...bases].reverse()), 'new')
      cached = audit(dir, 'auto', cacheDir)
    }
    let alexRun: ReturnType<typeof spawnSync> | undefined
    const alexTime = withAlex ? seconds(() => (alexRun = spawnSync(alex, ['.'], {cwd: dir, env: {...process.env, NO_UPDATE_NOTIFIER: '1'}, stdio: 'ignore', timeout: 3_600_000}))) : NaN
    const alexSeconds = alexRun?.error ? NaN : alexTime
    for (const [name, run] of Object.entries({one, two, cached})) if (run && run.failed > 0) console.log(`warning: ${run.failed} articles not audited in the ${name} run`)
    const fixed = (value: number | null | undefined, digits: number) => (value === undefined || value === null ? '–' : value.toFixed(digits))
    const row = {
      articles: size,
      MB: mb.toFixed(1),
      'parse MB/s': (mb / parse).toFixed(2),
      '1 job MB/s': fixed(one && mb / one.seconds, 2),
      '× parse': fixed(one && one.seconds / parse, 1),
      // V8 collects garbage and compiles on other threads: one job alone keeps more than one core busy.
      'cores busy, 1 job': fixed(one && one.cpuSeconds / one.seconds, 2),
      '2 jobs s': two.seconds.toFixed(1),
      '2 jobs × parse': (two.seconds / parse).toFixed(1),
      speedup: fixed(one && one.seconds / two.seconds, 2),
      'corpus %': ((100 * two.timings.corpus) / (two.seconds * 1000)).toFixed(0),
      'peak MB (1 job)': one?.peakRssMb ?? '–',
      'peak MB (2 jobs)': two.peakRssMb,
      'heap MB held': two.heapMb,
      'cached +10 s': fixed(cached?.seconds, 1),
      'alex s': alexSeconds.toFixed(1)
    }
    rows.push(row)
    console.log(`${size} articles, ${mb.toFixed(1)} MB: parse ${parse.toFixed(1)} s; 1 job ${fixed(one?.seconds, 1)} s; 2 jobs ${two.seconds.toFixed(1)} s (articles ${(two.timings.articles / 1000).toFixed(1)} s, corpus ${(two.timings.corpus / 1000).toFixed(1)} s); cached after 10 new ${fixed(cached?.seconds, 1)} s (${cached?.cache?.hits} articles and ${cached?.cache?.stories?.hits} stories from the cache, ${cached?.cache?.misses} articles audited, ${cached?.cache?.stories?.misses} stories compared); alex ${alexSeconds.toFixed(1)} s`)
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
const columns = Object.keys(rows[0] ?? {})
console.log(`\n| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|`)
for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`)
const json = option('--json', '')
if (json) writeFileSync(json, JSON.stringify(rows, null, 2))

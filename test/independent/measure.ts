// Independent recall and false-alarm measurement of corroborate's consistency checks.
//   node .dist/test/independent/measure.js [--rounds 4] [--story-by-story] [--json FILE] [--list-misses]
// Injects seeded value changes into real news (../shared/evaldata), audits with the CLI,
// and counts a change found when a consistency finding overlaps the changed span.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {countWords, hasEvaldata} from '../helpers/evaldata.js'
import {auditTexts, type Finding, type Mode, type ReportArticle} from './audit.js'
import {applyChanges, findSites, loadStories, pickRound, type Change} from './generate.js'
import {KINDS} from './kinds.js'

interface Options {rounds: number; storyByStory: boolean; json?: string; listMisses: boolean}

function parseArgs(argv: string[]): Options {
  const options: Options = {rounds: 4, storyByStory: false, listMisses: false}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--rounds') options.rounds = Number(argv[++i])
    else if (arg === '--story-by-story') options.storyByStory = true
    else if (arg === '--json') options.json = argv[++i]
    else if (arg === '--list-misses') options.listMisses = true
    else throw new Error(`unknown argument ${arg}`)
  }
  if (!Number.isInteger(options.rounds) || options.rounds < 1) throw new Error('--rounds needs a positive integer')
  if (options.json === undefined && argv.includes('--json')) throw new Error('--json needs a file')
  return options
}

interface Outcome {change: Change; round: number; found: boolean; foundWarn: boolean; preflagged: boolean; rules: string[]}
interface FalseAlarms {articles: number; words: number; warnOrError: number; info: number; unreadable: number}

const consistency = (a: ReportArticle | undefined) => (a?.findings ?? []).filter((f) => f.category === 'consistency')
// [start, end) overlap; a zero-width finding counts when it sits inside the span.
const overlaps = (f: Finding, start: number, end: number) =>
  f.start.offset === f.end.offset ? f.start.offset >= start && f.start.offset < end
    : f.start.offset < end && start < f.end.offset

function falseAlarms(report: Map<string, ReportArticle>, texts: Map<string, string>): FalseAlarms {
  const fa: FalseAlarms = {articles: 0, words: 0, warnOrError: 0, info: 0, unreadable: 0}
  for (const [id, text] of texts) {
    const a = report.get(id)!
    fa.articles++
    fa.words += a.words ?? countWords(text)
    if (a.error) fa.unreadable++
    for (const f of consistency(a)) f.severity === 'info' ? fa.info++ : fa.warnOrError++
  }
  return fa
}

const pct = (n: number, d: number) => d ? `${(100 * n / d).toFixed(1)}%` : '—'
const pad = (s: string | number, n: number) => String(s).padStart(n)
const clip = (s: string) => s.length > 320 ? `${s.slice(0, 317)}...` : s

async function main() {
  if (!hasEvaldata) {
    console.log('../shared/evaldata is absent: nothing to measure (set CORROBORATE_EVALDATA to its folder).')
    return
  }
  const options = parseArgs(process.argv.slice(2))
  const began = Date.now()
  const stories = loadStories()
  const sites = stories.flatMap(findSites)
  const texts = new Map(stories.flatMap((s) => s.articles.map((a) => [a.id, a.text] as const)))
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((a) => [a.id, s.id] as const)))
  const rounds = Array.from({length: options.rounds}, (_, i) => pickRound(stories, sites, i + 1))
  console.log(`${stories.length} stories, ${texts.size} articles, ${sites.length} eligible sites; ` +
    `${rounds.reduce((n, r) => n + r.length, 0)} changes in ${options.rounds} rounds`)

  const modes: Mode[] = options.storyByStory ? ['one-corpus', 'story-by-story'] : ['one-corpus']
  const results = new Map<Mode, {outcomes: Outcome[]; clean: FalseAlarms; seconds: number}>()
  const root = mkdtempSync(join(tmpdir(), 'corroborate-indep-'))
  // finally does not run on Ctrl-C, so remove the folder there too.
  const onSignal = () => { rmSync(root, {recursive: true, force: true}); process.exit(130) }
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
  try {
    for (const mode of modes) {
      const start = Date.now()
      const cleanReport = await auditTexts(texts, storyOf, mode, root)
      const outcomes: Outcome[] = []
      for (const [r, changes] of rounds.entries()) {
        const report = await auditTexts(applyChanges(stories, changes), storyOf, mode, root)
        for (const change of changes) {
          const hits = consistency(report.get(change.site.article)).filter((f) => overlaps(f, change.start, change.end))
          outcomes.push({change, round: r + 1, found: hits.length > 0,
            foundWarn: hits.some((f) => f.severity !== 'info'),
            preflagged: consistency(cleanReport.get(change.site.article))
              .some((f) => overlaps(f, change.site.start, change.site.end)),
            rules: [...new Set(hits.map((f) => f.ruleId))]})
        }
        process.stderr.write(`  ${mode}: round ${r + 1}/${options.rounds} audited\n`)
      }
      results.set(mode, {outcomes, clean: falseAlarms(cleanReport, texts), seconds: (Date.now() - start) / 1000})
    }
  } finally {
    rmSync(root, {recursive: true, force: true})
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
  }

  // Table: one row per kind, three columns per mode.
  const eligible = (k: string) => sites.filter((s) => s.kind === k).length
  // "pre": found changes whose spot was already flagged in the untouched corpus.
  const header = ['kind'.padEnd(8), pad('eligible', 8),
    ...modes.flatMap((m) => [`| ${m}: injected`, 'found', 'warn/err', 'pre'])]
  console.log(`\n${header.join('  ')}`)
  const row = (label: string, filter: (o: Outcome) => boolean, elig: number) => {
    const cells = [label.padEnd(8), pad(elig, 8)]
    for (const m of modes) {
      const os = results.get(m)!.outcomes.filter(filter)
      cells.push(`| ${pad(os.length, m.length + 10)}`, pad(pct(os.filter((o) => o.found).length, os.length), 5),
        pad(pct(os.filter((o) => o.foundWarn).length, os.length), 8),
        pad(os.filter((o) => o.found && o.preflagged).length, 3))
    }
    console.log(cells.join('  '))
  }
  for (const k of KINDS) row(k, (o) => o.change.site.kind === k, eligible(k))
  row('all', () => true, sites.length)

  console.log('\nUntouched corpus, consistency findings:')
  for (const m of modes) {
    const c = results.get(m)!.clean
    console.log(`  ${m}: warning/error ${c.warnOrError} (${(c.warnOrError / c.articles).toFixed(3)} per article, ` +
      `${(1000 * c.warnOrError / c.words).toFixed(3)} per 1,000 words); info ${c.info} ` +
      `(${(c.info / c.articles).toFixed(3)} per article); ${c.articles} articles, ${c.words} words` +
      (c.unreadable ? `; ${c.unreadable} unreadable` : ''))
  }
  for (const m of modes) console.log(`${m}: ${results.get(m)!.seconds.toFixed(1)} s`)
  console.log(`total time ${((Date.now() - began) / 1000).toFixed(1)} s`)

  if (options.listMisses) {
    for (const m of modes) {
      const misses = results.get(m)!.outcomes.filter((o) => !o.found)
      console.log(`\nMissed in ${m} (${misses.length}):`)
      for (const {change: c, round} of misses) {
        const changed = c.site.sentence.replace(c.site.text, `[${c.site.text} → ${c.replacement}]`)
        console.log(`- r${round} ${c.site.kind} ${c.site.article} @${c.site.start}: ${clip(changed)}\n` +
          `    witness ${c.witness.article}: ${clip(c.witness.text)}`)
      }
    }
  }

  if (options.json) {
    // Figures and value changes only: no article text leaves ../shared.
    const figures = {rounds: options.rounds, stories: stories.length, articles: texts.size,
      eligible: Object.fromEntries(KINDS.map((k) => [k, eligible(k)])),
      modes: Object.fromEntries(modes.map((m) => {
        const {outcomes, clean, seconds} = results.get(m)!
        const byKind = Object.fromEntries(KINDS.map((k) => {
          const os = outcomes.filter((o) => o.change.site.kind === k)
          return [k, {injected: os.length, found: os.filter((o) => o.found).length,
            foundWarnOrError: os.filter((o) => o.foundWarn).length}]
        }))
        return [m, {seconds, byKind, untouched: clean, changes: outcomes.map((o) => ({round: o.round,
          kind: o.change.site.kind, article: o.change.site.article, start: o.change.start, end: o.change.end,
          from: o.change.site.text, to: o.change.replacement, witness: o.change.witness.article, found: o.found,
          foundWarnOrError: o.foundWarn, preflagged: o.preflagged, rules: o.rules}))}]
      })),
      seconds: (Date.now() - began) / 1000}
    writeFileSync(options.json, `${JSON.stringify(figures, null, 2)}\n`)
  }
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exitCode = 2
})

// Independent recall and false-alarm measurement of corroborate's pronoun-flip and
// doubled-coordination checks, with the CLI as a black box.
//   node .dist/test/independent/translation-measure.js [--rounds 4] [--per-round 150] [--cli PATH]
//     [--json FILE] [--list-misses]
// A change is found when the changed article has a `translation` finding overlapping the changed word.
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {countWords, hasEvaldata} from '../helpers/evaldata.js'
import {auditTexts, CLI, type Finding, type ReportArticle} from './audit.js'
import {applyChanges, context, KINDS, loadArticles, pickRound, type Change} from './translation-generate.js'

interface Options {rounds: number; perRound: number; cli: string; json?: string; listMisses: boolean}

function parseArgs(argv: string[]): Options {
  const options: Options = {rounds: 4, perRound: 150, cli: CLI, listMisses: false}
  const value = (i: number, flag: string) => {
    if (argv[i] === undefined) throw new Error(`${flag} needs a value`)
    return argv[i]
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--rounds') options.rounds = Number(value(++i, arg))
    else if (arg === '--per-round') options.perRound = Number(value(++i, arg))
    else if (arg === '--cli') options.cli = resolve(value(++i, arg))
    else if (arg === '--json') options.json = value(++i, arg)
    else if (arg === '--list-misses') options.listMisses = true
    else throw new Error(`unknown argument ${arg}`)
  }
  if (!Number.isInteger(options.rounds) || options.rounds < 1) throw new Error('--rounds needs a positive integer')
  if (!Number.isInteger(options.perRound) || options.perRound < 1) throw new Error('--per-round needs a positive integer')
  if (!existsSync(options.cli)) throw new Error(`no CLI at ${options.cli} (build it, or pass --cli PATH)`)
  return options
}

interface Outcome {change: Change; round: number; found: boolean; foundWarn: boolean; inSentence: boolean
  preflagged: boolean; rules: string[]}

const translation = (a: ReportArticle | undefined) => (a?.findings ?? []).filter((f) => f.category === 'translation')
// [start, end) overlap; a zero-width finding counts when it sits inside the span.
const overlaps = (f: Finding, start: number, end: number) =>
  f.start.offset === f.end.offset ? f.start.offset >= start && f.start.offset < end
    : f.start.offset < end && start < f.end.offset

const pct = (n: number, d: number) => d ? `${(100 * n / d).toFixed(1)}%` : '—'
const pad = (s: string | number, n: number) => String(s).padStart(n)

async function main() {
  if (!hasEvaldata) {
    console.log('../shared/evaldata is absent: nothing to measure (set CORROBORATE_EVALDATA to its folder).')
    return
  }
  const options = parseArgs(process.argv.slice(2))
  const began = Date.now()
  const articles = loadArticles()
  const texts = new Map(articles.map((a) => [a.id, a.text]))
  const rounds = Array.from({length: options.rounds}, (_, i) => pickRound(articles, i + 1, options.perRound))
  const eligible = Object.fromEntries(KINDS.map((k) => [k, {sites: articles.reduce((n, a) => n + a.sites[k].length, 0),
    articles: articles.filter((a) => a.sites[k].length > 0).length}]))
  console.log(`${articles.length} articles; eligible: ` + KINDS.map((k) =>
    `${k} ${eligible[k].sites} sites in ${eligible[k].articles} articles`).join(', ') +
    `; ${rounds.reduce((n, r) => n + r.length, 0)} changes in ${options.rounds} rounds; CLI ${options.cli}`)

  const root = mkdtempSync(join(tmpdir(), 'corroborate-indep-translation-'))
  // finally does not run on Ctrl-C, so remove the folder there too.
  const onSignal = () => { rmSync(root, {recursive: true, force: true}); process.exit(130) }
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
  const outcomes: Outcome[] = []
  // Translation warnings/errors a round's changes bring to the articles it left alone (against the untouched audit):
  // false alarms the other articles' changes cause (a story's evidence is shared).
  const leftAlone = {articles: 0, added: 0}
  let clean: Map<string, ReportArticle>
  try {
    // One flat folder, audited as one corpus (no story grouping by folder).
    clean = await auditTexts(texts, new Map(), 'one-corpus', root, options.cli)
    process.stderr.write('  untouched corpus audited\n')
    for (const [r, changes] of rounds.entries()) {
      const changed = applyChanges(articles, changes)
      const report = await auditTexts(changed, new Map(), 'one-corpus', root, options.cli)
      for (const change of changes) {
        const found = translation(report.get(change.article))
        const hits = found.filter((f) => overlaps(f, change.start, change.end))
        const e = change.edit
        const shift = e.to.length - e.from.length
        outcomes.push({change, round: r + 1, found: hits.length > 0, foundWarn: hits.some((f) => f.severity !== 'info'),
          inSentence: found.some((f) => overlaps(f, e.sentenceStart, e.sentenceEnd + shift)),
          preflagged: translation(clean.get(change.article)).some((f) => overlaps(f, e.start, e.end)),
          rules: [...new Set(hits.map((f) => f.ruleId))]})
      }
      const touched = new Set(changes.map((change) => change.article))
      for (const [id, article] of report) {
        if (touched.has(id)) continue
        const before = new Set(translation(clean.get(id)).filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.start.offset}`))
        leftAlone.articles++
        leftAlone.added += translation(article).filter((f) => f.severity !== 'info' && !before.has(`${f.ruleId} ${f.start.offset}`)).length
      }
      process.stderr.write(`  round ${r + 1}/${options.rounds} audited\n`)
    }
  } finally {
    rmSync(root, {recursive: true, force: true})
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
  }

  // One row per kind, then its variants (pronoun case; conjunction, and doublings inside quotations).
  const rows: Array<{label: string; filter: (o: Outcome) => boolean}> = []
  for (const k of KINDS) {
    rows.push({label: k, filter: (o) => o.change.kind === k})
    const variants = [...new Set(outcomes.filter((o) => o.change.kind === k).map((o) => o.change.edit.variant))].sort()
    for (const v of variants) rows.push({label: `  ${v}`, filter: (o) => o.change.kind === k && o.change.edit.variant === v})
    if (k === 'doubling') rows.push({label: '  in quotes', filter: (o) => o.change.kind === k && o.change.edit.inQuote})
  }
  rows.push({label: 'all', filter: () => true})
  const width = Math.max(...rows.map((r) => r.label.length), 4)
  // "in sent.": missed, but a translation finding elsewhere in the changed sentence; "pre": found
  // changes whose word was already flagged in the untouched corpus.
  console.log(`\n${'kind'.padEnd(width)}  injected   found  warn/err  in sent.  pre  rules that found them`)
  for (const {label, filter} of rows) {
    const os = outcomes.filter(filter)
    const rules = new Map<string, number>()
    for (const o of os) for (const r of o.rules) rules.set(r, (rules.get(r) ?? 0) + 1)
    console.log([label.padEnd(width), pad(os.length, 8), pad(pct(os.filter((o) => o.found).length, os.length), 7),
      pad(pct(os.filter((o) => o.foundWarn).length, os.length), 8),
      pad(os.filter((o) => !o.found && o.inSentence).length, 8), pad(os.filter((o) => o.found && o.preflagged).length, 4),
      ' ' + ([...rules].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ') || '—')].join('  '))
  }

  console.log(`\nArticles the rounds left alone: ${leftAlone.articles}; translation warnings/errors the changes elsewhere added to them: ${leftAlone.added}`)

  // False alarms: translation findings on the untouched corpus.
  const fa = {articles: 0, words: 0, warnOrError: 0, info: 0, unreadable: 0, articlesFlagged: 0}
  const byRule = new Map<string, {warnOrError: number; info: number}>()
  for (const [id, text] of texts) {
    const a = clean!.get(id)!
    fa.articles++
    fa.words += a.words ?? countWords(text)
    if (a.error) fa.unreadable++
    const fs = translation(a)
    if (fs.some((f) => f.severity !== 'info')) fa.articlesFlagged++
    for (const f of fs) {
      const r = byRule.get(f.ruleId) ?? byRule.set(f.ruleId, {warnOrError: 0, info: 0}).get(f.ruleId)!
      if (f.severity === 'info') { fa.info++; r.info++ } else { fa.warnOrError++; r.warnOrError++ }
    }
  }
  const topRules = [...byRule].sort((a, b) => b[1].warnOrError - a[1].warnOrError || b[1].info - a[1].info).slice(0, 10)
  console.log(`\nUntouched corpus, translation findings: warning/error ${fa.warnOrError} ` +
    `(${(fa.warnOrError / fa.articles).toFixed(3)} per article, ${(1000 * fa.warnOrError / fa.words).toFixed(3)} per 1,000 words; ` +
    `${fa.articlesFlagged} articles flagged); info ${fa.info} (${(fa.info / fa.articles).toFixed(3)} per article); ` +
    `${fa.articles} articles, ${fa.words} words` + (fa.unreadable ? `; ${fa.unreadable} unreadable` : ''))
  console.log(topRules.length ? `  top rules: ${topRules.map(([r, c]) => `${r} ${c.warnOrError} warn/err + ${c.info} info`).join('; ')}`
    : '  top rules: none')
  const seconds = (Date.now() - began) / 1000
  console.log(`total time ${seconds.toFixed(1)} s`)

  if (options.listMisses) {
    const misses = outcomes.filter((o) => !o.found)
    console.log(`\nMissed (${misses.length}):`)
    for (const o of misses) {
      const text = texts.get(o.change.article)!
      console.log(`- r${o.round} ${o.change.kind}/${o.change.edit.variant} ${o.change.article} @${o.change.start}` +
        `${o.inSentence ? ' (finding in sentence)' : ''}: ${context(text, o.change)}`)
    }
  }

  if (options.json) {
    // Figures only: no article text leaves ../shared (pronouns are not article text; doubled words are left out).
    const byKind = Object.fromEntries(KINDS.map((k) => {
      const os = outcomes.filter((o) => o.change.kind === k)
      return [k, {injected: os.length, found: os.filter((o) => o.found).length,
        foundWarnOrError: os.filter((o) => o.foundWarn).length}]
    }))
    const figures = {rounds: options.rounds, perRound: options.perRound, cli: options.cli, articles: texts.size, eligible,
      byKind, untouched: {...fa, rules: Object.fromEntries(byRule)},
      changes: outcomes.map((o) => ({round: o.round, kind: o.change.kind, variant: o.change.edit.variant,
        article: o.change.article, start: o.change.start, end: o.change.end, inQuote: o.change.edit.inQuote,
        ...(o.change.kind === 'pronoun' ? {from: o.change.edit.from, to: o.change.edit.to} : {}),
        found: o.found, foundWarnOrError: o.foundWarn, inSentence: o.inSentence, preflagged: o.preflagged, rules: o.rules})),
      seconds}
    writeFileSync(options.json, `${JSON.stringify(figures, null, 2)}\n`)
  }
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exitCode = 2
})

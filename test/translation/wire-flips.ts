// Pronoun flips in wire copy: the bench's reprinted corpus (each evaldata text
// printed by twelve outlets, or `--prints`, with light edits, test/bench/reprints.ts), one
// gendered pronoun flipped in each of `--flips` random articles at a random
// place (any sentence, quoted or not), the whole folder audited with the CLI
// as a black box. A flip is found when the flipped article has a `translation`
// finding over it; beside the recall, the pronoun-agreement findings of the
// articles left alone, against the same corpus audited with no flip at all.
// This generator is ours (random places, not picked by any rule); the
// independent one is test/independent/translation-measure.ts.
//   npm run build && node .dist/test/translation/wire-flips.js [--size 1000] [--prints 12] [--flips 100] [--seed 7] [--cli PATH] [--list-misses]
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {prng} from '../bench/generate.js'
import {reprintedCorpus} from '../bench/reprints.js'
import {auditTexts, CLI, type ReportArticle} from '../independent/audit.js'

const option = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback)
const size = Number(option('--size', '1000'))
const count = Number(option('--flips', '100'))
const seed = Number(option('--seed', '7'))
const copies = Number(option('--prints', '12'))
const cli = resolve(option('--cli', CLI))

const swap: Record<string, string> = {he: 'she', she: 'he', him: 'her', his: 'her', himself: 'herself', herself: 'himself'}
const articles = reprintedCorpus(size, copies)
const random = prng(seed)
const flips = new Map<string, {start: number; end: number; from: string; to: string}>()
const texts = new Map(articles.map((article) => [article.path, article.text]))
while (flips.size < Math.min(count, articles.length)) {
  const article = articles[Math.floor(random() * articles.length)]
  if (flips.has(article.path)) continue
  const body = article.text.indexOf('---', 4) + 3
  const sites = [...article.text.matchAll(/\b(?:he|she|him|his|himself|herself)\b/giu)].filter((m) => m.index! > body)
  if (sites.length === 0) continue
  const site = sites[Math.floor(random() * sites.length)]
  const lower = site[0].toLowerCase()
  const to = site[0][0] === lower[0] ? swap[lower] : swap[lower][0].toUpperCase() + swap[lower].slice(1)
  texts.set(article.path, article.text.slice(0, site.index) + to + article.text.slice(site.index! + site[0].length))
  flips.set(article.path, {start: site.index!, end: site.index! + to.length, from: site[0], to})
}

/** Audit the texts as one corpus, folder removed afterwards; entries by path. */
const audit = async (contents: Map<string, string>, root: string) => {
  const byId = new Map([...contents].map(([path, text]) => [path.replace(/\.txt$/u, ''), text]))
  const report = await auditTexts(byId, new Map(), 'one-corpus', root, cli)
  return new Map([...report].map(([id, article]) => [`${id}.txt`, article]))
}

const root = mkdtempSync(join(tmpdir(), 'corroborate-wire-'))
try {
  const flipped = await audit(texts, root)
  const clean = await audit(new Map(articles.map((article) => [article.path, article.text])), root)
  let found = 0
  const rules = new Map<string, number>()
  for (const [path, flip] of flips) {
    const hit = flipped.get(path)?.findings.find((finding) => finding.category === 'translation' && finding.start.offset < flip.end && flip.start < finding.end.offset)
    if (hit) {
      found++
      rules.set(hit.ruleId, (rules.get(hit.ruleId) ?? 0) + 1)
    } else if (process.argv.includes('--list-misses')) {
      const text = texts.get(path)!
      console.log(`  missed ${path} @${flip.start} ${flip.from} -> ${flip.to}: …${text.slice(Math.max(0, flip.start - 120), flip.end + 60).replace(/\s+/gu, ' ')}…`)
    }
  }
  const pronouns = (report: Map<string, ReportArticle>) => [...report].filter(([path]) => !flips.has(path))
    .reduce((sum, [, article]) => sum + article.findings.filter((finding) => finding.ruleId === 'pronoun-agreement').length, 0)
  console.log(`${size} articles (${Math.ceil(size / copies)} texts × ${copies} prints), ${flips.size} flips (seed ${seed}): found ${found} = ${(100 * found / flips.size).toFixed(1)} % ${JSON.stringify(Object.fromEntries(rules))}`)
  console.log(`pronoun-agreement findings in the ${size - flips.size} articles left alone: ${pronouns(flipped)} (with no flip in the corpus: ${pronouns(clean)})`)
  if (process.argv.includes('--list-misses')) {
    // The findings the flips brought to articles left alone: false alarms they caused.
    for (const [path, article] of flipped) {
      if (flips.has(path)) continue
      const before = new Set(clean.get(path)?.findings.filter((finding) => finding.ruleId === 'pronoun-agreement').map((finding) => `${finding.start.offset} ${finding.message}`))
      for (const finding of article.findings) {
        if (finding.ruleId === 'pronoun-agreement' && !before.has(`${finding.start.offset} ${finding.message}`)) console.log(`  new on ${path} @${finding.start.offset}: ${finding.message}`)
      }
    }
  }
} finally {
  rmSync(root, {recursive: true, force: true})
}

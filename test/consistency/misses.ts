// Lists the injected changes the consistency rules miss, with the changed
// sentence and the findings the article got instead: the tuning aid behind the
// recall figure of measure.ts.
//   node .dist/test/consistency/misses.js [kind] [--all]
import {hasEvaldata} from '../helpers/evaldata.js'
import {auditTexts, testConfig} from '../helpers/audit-text.js'
import {consistencyRules, injectionSites} from './inject.js'
import {evaldataClusters} from './measure.js'

const kind = process.argv.slice(2).find((arg) => !arg.startsWith('--'))
const showAll = process.argv.includes('--all')

/** The line around a span, cut to 160 characters either side. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 160)
  const stop = text.indexOf('\n', end)
  return text.slice(from, Math.min(stop === -1 ? text.length : stop, end + 160)).trim()
}

if (!hasEvaldata) {
  console.log('no ../shared/evaldata: nothing to list')
} else if (process.argv.includes('--quiet')) {
  // The warnings and errors the untouched clusters get: the false-alarm side.
  for (const cluster of evaldataClusters()) {
    const report = await auditTexts(cluster.articles, testConfig(consistencyRules))
    for (const article of report.articles) {
      for (const finding of article.findings) {
        if (!consistencyRules.includes(finding.ruleId) || finding.severity === 'info') continue
        console.log(`${finding.ruleId} ${finding.severity} ${cluster.name} ${article.id}: ${finding.message}`)
        console.log(`  ${sentenceAround(cluster.articles[article.id], finding.start.offset, finding.end.offset).replace(/\s+/g, ' ')}`)
        for (const evidence of finding.evidence ?? []) console.log(`  ${evidence.article}: ${evidence.value ?? ""} | ${evidence.text.replace(/\s+/g, ' ').slice(0, 300)}`)
      }
    }
  }
} else {
  for (const cluster of evaldataClusters()) {
    for (const site of injectionSites(cluster)) {
      if (kind && site.kind !== kind) continue
      const original = cluster.articles[site.article]
      const changed = original.slice(0, site.start) + site.replacement + original.slice(site.end)
      const report = await auditTexts({...cluster.articles, [site.article]: changed}, testConfig(consistencyRules))
      const end = site.start + site.replacement.length
      const findings = report.articles.find((article) => article.id === site.article)!.findings
        .filter((finding) => consistencyRules.includes(finding.ruleId))
      const hit = findings.some((finding) => finding.start.offset < end && finding.end.offset > site.start)
      if (hit && !showAll) continue
      console.log(`${hit ? 'HIT ' : 'MISS'} ${site.kind} ${cluster.name} ${site.article}: \`${original.slice(site.start, site.end)}\` → \`${site.replacement}\``)
      console.log(`  ${sentenceAround(changed, site.start, end).replace(/\s+/g, ' ')}`)
      if (site.witness) console.log(`  witness ${site.witness.article}: ${site.witness.sentence.replace(/\s+/g, ' ')}`)
      for (const finding of findings) if (finding.start.offset < end + 300 && finding.end.offset > site.start - 300) console.log(`  got: ${finding.ruleId} ${finding.severity} ${finding.message}`)
    }
  }
}

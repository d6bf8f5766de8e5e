// Real news written by others must stay (nearly) quiet: the spine's rules
// at warning level on untouched NewsWCL50 and ECB+ copy.
import {describe, expect, it} from 'vitest'
import {join} from 'node:path'
import {auditTexts, testConfig} from './helpers/audit-text.js'
import {readJson, runCli, tempDir, hasSchema} from './helpers/cli.js'
import {countWords, ecbplusTopics, evaldataRoot, hasEvaldata, newswcl50Events} from './helpers/evaldata.js'
import {reportErrors} from './helpers/schema.js'

describe.skipIf(!hasEvaldata)('real news (../shared/evaldata)', () => {
  it('audits a NewsWCL50 event through the CLI with a valid report', () => {
    const out = join(tempDir(), 'r.json')
    const run = runCli(['audit', join(evaldataRoot, 'newswcl50', '1-raw-articles', 'event_1'), '--format', 'json', '--output', out])
    expect(run.code).toBe(0)
    const report = readJson(out)
    expect(report.articles).toHaveLength(5)
    for (const article of report.articles) expect(article.score).not.toBeNull()
    if (hasSchema) expect(reportErrors(report)).toEqual([])
  })

  // Each detector family measures its own rate; this one covers the loader's page chrome.
  it('raises few page-chrome warnings on clean copy (≤ 0.5 per 1,000 words)', async () => {
    const config = testConfig(['page-chrome', 'malformed-metadata'])
    let words = 0
    let warnings = 0
    const corpora = [...newswcl50Events().map((event) => event.articles), ...ecbplusTopics().map((topic) => topic.articles)]
    for (const articles of corpora) {
      const report = await auditTexts(articles, config)
      for (const article of report.articles) {
        words += countWords(articles[article.id])
        warnings += article.findings.filter((f) => f.severity !== 'info').length
      }
    }
    const rate = (1000 * warnings) / words
    console.log(`page chrome on NewsWCL50 + ECB+: ${warnings} warnings/errors in ${words} words = ${rate.toFixed(3)} per 1,000 words`)
    expect(rate).toBeLessThanOrEqual(0.5)
  }, 120_000)
})

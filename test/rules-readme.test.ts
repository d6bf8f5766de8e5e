// Every rule's README examples are tests: `ok` examples must stay quiet,
// `not-ok` examples must yield exactly the findings they list.
import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {auditTexts, testConfig} from './helpers/audit-text.js'
import {exampleRules, formatYield, readExamples} from './helpers/readme-examples.js'

for (const rule of allRules) {
  const readme = new URL(`../rules/${rule.meta.id}/README.md`, import.meta.url)
  describe(`rules/${rule.meta.id}/README.md`, () => {
    it('exists and has ok and not-ok examples', () => {
      expect(existsSync(readme)).toBe(true)
      const examples = readExamples(readme.pathname)
      expect(examples.some((example) => example.ok)).toBe(true)
      expect(examples.some((example) => !example.ok)).toBe(true)
    })
    if (!existsSync(readme)) return
    for (const example of readExamples(readme.pathname)) {
      it(`${example.ok ? 'ok' : 'not-ok'}: ${example.title}`, async () => {
        const report = await auditTexts(example.articles, testConfig(exampleRules(rule, allRules)), {stories: example.stories})
        const multi = Object.keys(example.articles).length > 1
        const found = report.articles.flatMap((article) =>
          article.findings.filter((finding) => finding.ruleId === rule.meta.id).map((finding) => formatYield(article.id, multi, finding)))
        expect(found).toEqual(example.ok ? [] : example.yields)
      })
    }
  })
}

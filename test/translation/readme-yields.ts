// What a rule's README examples yield now, in the README's `text yields`
// format: for writing or updating a rule's examples (test/rules-readme.test.ts
// checks them). Run: npx tsc -p . && node .dist/test/translation/readme-yields.js RULE [RULE...]
import {allRules} from '../../rules/index.js'
import {auditTexts, testConfig} from '../helpers/audit-text.js'
import {exampleRules, formatYield, readExamples} from '../helpers/readme-examples.js'
for (const id of process.argv.slice(2)) {
  const rule = allRules.find((item) => item.meta.id === id)!
  for (const example of readExamples(new URL(`../../../rules/${id}/README.md`, import.meta.url).pathname)) {
    const report = await auditTexts(example.articles, testConfig(exampleRules(rule, allRules)), {stories: example.stories})
    const multi = Object.keys(example.articles).length > 1
    const found = report.articles.flatMap((article) => article.findings.filter((finding) => finding.ruleId === id).map((finding) => formatYield(article.id, multi, finding)))
    console.log(`## ${id} ${example.ok ? 'ok' : 'not-ok'}: ${example.title}\n${found.join('\n')}`)
  }
}

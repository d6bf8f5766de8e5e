// What the attribution extractors and rules cost on the article hot path:
// NewsWCL50 audited with no rules (parse + sentence extractor + the new
// extractors) and with the attribution rules, against a bare retext-english
// parse of the same text. Run: npx tsc -p . && node .dist/test/attribution/timing.js
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {extractors} from '../../pipeline/extract/index.js'
import {extractCredits} from '../../pipeline/extract/credits.js'
import {extractQuotations} from '../../pipeline/extract/quotations.js'
import {buildArticle} from '../../pipeline/load/index.js'
import {testConfig, articleAuditor} from '../helpers/audit-text.js'
import {hasEvaldata, newswcl50Events} from '../helpers/evaldata.js'
import {attributionRules} from './newswcl50.js'
import {fastest} from '../helpers/timing.js'

if (!hasEvaldata) console.log('NewsWCL50 not found under ../shared/evaldata: nothing measured')
else {
  const texts = newswcl50Events().flatMap(({articles}) => Object.entries(articles))
  const articles = texts.map(([id, text]) => buildArticle(id, `${id}.txt`, text))
  const parser = unified().use(retextEnglish)
  // The spine without this extractors, for comparison.
  const mine = new Set<unknown>([extractQuotations, extractCredits])
  const all = [...extractors]
  extractors.splice(0, extractors.length, ...all.filter((extractor) => !mine.has(extractor)))
  const spine = articleAuditor(testConfig([]))
  extractors.splice(0, extractors.length, ...all)
  const none = articleAuditor(testConfig([]))
  const articleRules = attributionRules.filter((rule) => rule !== 'unattributed-copy')
  const withRules = articleAuditor(testConfig(articleRules))
  const bytes = texts.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0)
  const [parse, base, extract, rules] = fastest(20, [
    () => { for (const [, text] of texts) parser.parse(text) },
    () => { for (const article of articles) spine(article) },
    () => { for (const article of articles) none(article) },
    () => { for (const article of articles) withRules(article) }
  ])
  console.log(`NewsWCL50: ${texts.length} articles, ${(bytes / 1024).toFixed(0)} KiB`)
  console.log(`bare retext-english parse: ${parse.toFixed(0)} ms`)
  console.log(`article stage without this issue's extractors, no rules: ${base.toFixed(0)} ms (${(base / parse).toFixed(2)}× the parse)`)
  console.log(`article stage, all extractors, no rules: ${extract.toFixed(0)} ms (${(extract / parse).toFixed(2)}× the parse)`)
  console.log(`article stage + attribution rules (${articleRules.join(', ')}): ${rules.toFixed(0)} ms (${(rules / parse).toFixed(2)}× the parse)`)
}

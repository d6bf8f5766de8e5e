// What the translation rules cost on the article hot path: NewsWCL50 + the
// first ECB+ topics through the article stage with the other article rules
// only (and without the persons extractor), with the persons extractor, and
// with the translation article rules too, against a bare retext-english parse
// of the same text. Run: npx tsc -p . && node .dist/test/translation/timing.js
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {extractors} from '../../pipeline/extract/index.js'
import {extractPersons} from '../../pipeline/extract/persons.js'
import {buildArticle} from '../../pipeline/load/index.js'
import {articleRules} from '../../rules/index.js'
import {articleAuditor, testConfig} from '../helpers/audit-text.js'
import {hasEvaldata} from '../helpers/evaldata.js'
import {evaldataClusters} from '../measure/corpora.js'
import {fastest} from '../helpers/timing.js'

const translation = articleRules.filter((rule) => rule.meta.category === 'translation').map((rule) => rule.meta.id)
const others = articleRules.filter((rule) => rule.meta.category !== 'translation').map((rule) => rule.meta.id)

if (!hasEvaldata) console.log('../shared/evaldata not found: nothing measured')
else {
  const texts = evaldataClusters().slice(0, 30).flatMap((cluster) => Object.entries(cluster.articles))
  const articles = texts.map(([id, text]) => buildArticle(id, `${id}.txt`, text))
  const parser = unified().use(retextEnglish)
  const all = [...extractors]
  extractors.splice(0, extractors.length, ...all.filter((extractor) => extractor !== extractPersons))
  const before = articleAuditor(testConfig(others))
  extractors.splice(0, extractors.length, ...all)
  const persons = articleAuditor(testConfig(others))
  const after = articleAuditor(testConfig([...others, ...translation]))
  const bytes = texts.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0)
  // CPU time: the figures stand on a machine other processes keep busy.
  const [parse, base, withPersons, withRules] = fastest(Number(process.env.ROUNDS ?? 7), [
    () => { for (const [, text] of texts) parser.parse(text) },
    () => { for (const article of articles) before(article) },
    () => { for (const article of articles) persons(article) },
    () => { for (const article of articles) after(article) }
  ], 1, 'cpu')
  const ms = (value: number) => `${value.toFixed(0)} ms (${(value / parse).toFixed(2)}× the parse)`
  console.log(`${articles.length} articles, ${(bytes / 1024).toFixed(0)} KB`)
  console.log(`bare retext-english parse:                       ${parse.toFixed(0)} ms of CPU`)
  console.log(`article stage, other article rules:              ${ms(base)}`)
  console.log(`  + persons extractor:                           ${ms(withPersons)}  (+${(withPersons - base).toFixed(0)} ms)`)
  console.log(`  + translation article rules (${translation.length}):            ${ms(withRules)}  (+${(withRules - withPersons).toFixed(0)} ms)`)
  console.log(`added by issue 10: ${(withRules - base).toFixed(0)} ms = ${((withRules - base) / parse).toFixed(2)}× the parse, ${(100 * (withRules - base) / base).toFixed(1)} % of the article stage`)
}

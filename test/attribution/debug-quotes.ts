// Print the quotations and speakers the extractor finds in a text file (debugging aid).
// Run: npx tsc -p . && node .dist/test/attribution/debug-quotes.js file.txt
import {readFileSync} from 'node:fs'
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleResult} from '../../pipeline/types.js'
import {testConfig, articleAuditor} from '../helpers/audit-text.js'

const audit = articleAuditor(testConfig(['unattributed-quotation']))
for (const path of process.argv.slice(2)) {
  const result = audit(buildArticle('debug', path, readFileSync(path, 'utf8'))) as ArticleResult
  for (const q of result.facts.quotations ?? []) {
    console.log(JSON.stringify({text: q.text.slice(0, 50), speaker: q.speaker, phrase: q.speakerPhrase, cue: q.cue, via: q.via, depth: q.depth}))
  }
}

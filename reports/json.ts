// The json reporter: the report as ../shared/report.schema.json has it, byte
// for byte what JSON.stringify(report, null, 2) gives, written article by
// article (each stringified natively and indented to its depth) without ever
// holding the whole report in one string: a 100,000-article report is 2 GB.
// An entry that keeps its details as report text (pipeline/report-text.ts)
// has them copied as they are, not parsed and stringified again.
import {detailKeys, renderedDetails} from '../pipeline/report-text.js'
import type {ArticleReport} from '../pipeline/report-types.js'
import type {Reporter} from './reporter.js'

const detailKeySet = new Set<string>(detailKeys)

export const json: Reporter = {
  output: 'file',
  async write(report, _options, sink) {
    const {articles, ...head} = report
    if (articles.length === 0) {
      await sink.write(JSON.stringify(report, null, 2) + '\n')
      return
    }
    // The articles are the report's last field: everything before them, then each in turn.
    const opening = JSON.stringify({...head, articles: []}, null, 2)
    await sink.write(`${opening.slice(0, opening.lastIndexOf('[]'))}[\n`)
    for (const [index, article] of articles.entries()) {
      const comma = index < articles.length - 1 ? ',' : ''
      const details = renderedDetails(article)
      if (!details) {
        await sink.write(`    ${JSON.stringify(article, null, 2).replaceAll('\n', '\n    ')}${comma}\n`)
        continue
      }
      // The other fields come first (entries define them so), then the details, each as its text.
      const head = JSON.stringify(Object.fromEntries(Object.keys(article).filter((key) => !detailKeySet.has(key)).map((key) => [key, article[key as keyof ArticleReport]])), null, 2).replaceAll('\n', '\n    ')
      await sink.write(`    ${head.slice(0, head.lastIndexOf('\n'))}`)
      for (const [position, key] of detailKeys.entries()) {
        await sink.write(`,\n      ${JSON.stringify(key)}: `)
        await sink.write(details[position])
      }
      await sink.write(`\n    }${comma}\n`)
    }
    await sink.write('  ]\n}\n')
  }
}

// The json reporter: the report as ../shared/report.schema.json has it, byte
// for byte what JSON.stringify(report, null, 2) gives, written article by
// article (each stringified natively and indented to its depth) without ever
// holding the whole report in one string: a 100,000-article report is 2 GB.
import type {Reporter} from './reporter.js'

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
      await sink.write(`    ${JSON.stringify(article, null, 2).replaceAll('\n', '\n    ')}${index < articles.length - 1 ? ',' : ''}\n`)
    }
    await sink.write('  ]\n}\n')
  }
}

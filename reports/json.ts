// The json reporter: the report as ../shared/report.schema.json has it,
// serialized article by article (json-stream-stringify), byte for byte what
// JSON.stringify(report, null, 2) gives, without ever holding it in one string.
import {Readable} from 'node:stream'
import {JsonStreamStringify} from 'json-stream-stringify'
import type {Reporter} from './reporter.js'

export const json: Reporter = {
  output: 'file',
  async write(report, _options, sink) {
    for await (const chunk of new JsonStreamStringify({...report, articles: Readable.from(report.articles)}, undefined, 2)) {
      await sink.write(chunk as string)
    }
    await sink.write('\n')
  }
}

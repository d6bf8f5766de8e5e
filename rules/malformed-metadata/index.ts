// The loader keeps auditing an article whose metadata is broken; this rule
// makes the problem visible instead of silently dropping the metadata.
import type {ArticleRule} from '../../pipeline/rule.js'
import {report} from '../../pipeline/report.js'
import {meta} from './meta.js'

export const malformedMetadata: ArticleRule<{}> = {
  meta,
  plugin: () => (_tree, file) => {
    for (const problem of file.data.article!.problems) {
      report(file, meta, {
        reason: problem.message,
        note: 'Metadata that cannot be read is ignored: title, byline and date are then inferred from the text.',
        start: problem.offset,
        end: problem.offset,
        actual: '',
        confidence: 1
      })
    }
  }
}

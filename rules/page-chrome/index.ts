// Reports the blocks the loader took for page chrome (by lexicon in
// data/chrome.yml, or by structure: a repeated line, a short line after the
// article). Other rules skip these ranges.
import type {ArticleRule} from '../../pipeline/rule.js'
import {report} from '../../pipeline/report.js'
import {meta} from './meta.js'

const confidenceByReason: Record<string, number> = {
  'repeated line': 0.9,
  'short line after the article': 0.6
}

export const pageChrome: ArticleRule<{}> = {
  meta,
  plugin: () => (_tree, file) => {
    const text = String(file.value)
    for (const block of file.data.article!.blocks) {
      if (block.kind !== 'chrome') continue
      const line = text.slice(block.start, block.end)
      const reason = block.reason ?? 'page chrome'
      report(file, meta, {
        reason: reason === 'repeated line'
          ? `Unexpected repeated line \`${line}\`, expected it once`
          : `Unexpected page chrome \`${line}\` (${reason}), expected article text only`,
        note: 'Text copied from a web page with its navigation, share bars or comment form tells readers the copy was scraped, and may mix other articles into this one.',
        start: block.start,
        end: block.end,
        confidence: confidenceByReason[reason] ?? 0.85,
        expected: []
      })
    }
  }
}

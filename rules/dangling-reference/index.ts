// Warns on "Read X's statement here." and "See the video" when the text holds
// no link: the source the reader is sent to was lost when the page was copied.
import {compilePatterns, readLexicon, type PatternEntry} from '../../pipeline/lexicon.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {report} from '../../pipeline/report.js'
import {meta} from './meta.js'

const pointerWords = /\b(?:here|below|above|click|tap)\b|\b(?:see|watch|read) the\b/i
const link = /https?:\/\/|\bwww\.|\]\(|<a\s|\bpic\.twitter\.com\//i

export const danglingReference: ArticleRule<{}> = {
  meta,
  plugin: () => {
    const patterns = compilePatterns(readLexicon<PatternEntry[]>(new URL('./data/references.yml', import.meta.url)), 'rules/dangling-reference/data/references.yml')
    return (_tree, file) => {
      const text = String(file.value)
      if (link.test(text)) return
      const body = file.data.article!.blocks.filter((block) => block.kind === 'body')
      for (const sentence of file.data.facts?.sentences ?? []) {
        if (!pointerWords.test(sentence.text) || !body.some((b) => sentence.start >= b.start && sentence.end <= b.end)) continue
        // Every pointer names where to look or what to see: skip the other sentences cheaply.
        if (!pointerWords.test(sentence.text)) continue
        const trimmed = sentence.text.trim()
        const hit = patterns.find(({regex}) => regex.test(trimmed))
        if (!hit) continue
        const start = sentence.start + sentence.text.indexOf(trimmed)
        report(file, meta, {
          reason: `Unexpected reference \`${trimmed}\` with no link, expected the link or the document itself`,
          note: 'The reader is sent to a source the text does not contain: the link was lost when the page was copied, or never there.',
          start,
          end: start + trimmed.length,
          confidence: 0.8,
          expected: []
        })
      }
    }
  }
}

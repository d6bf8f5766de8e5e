// Notes sources nobody can check ("sources said", "critics say", "it is
// believed that"). Info only: anonymous sourcing is sometimes necessary, but
// the reader should see how much of the story rests on it.
import {compilePatterns, lexiconRegExp, readLexicon, type PatternEntry} from '../../pipeline/lexicon.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {report} from '../../pipeline/report.js'
import {meta} from './meta.js'

// Every entry of the lexicon contains one of these words.
const vagueWords = /\b(?:sources?|insiders?|critics|observers|experts|analysts|familiar|some|many|others|it (?:is|was|has been)|according to|an insider|a person)\b/i

export const vagueSource: ArticleRule<{}> = {
  meta,
  plugin: () => {
    const patterns = compilePatterns(readLexicon<PatternEntry[]>(new URL('./data/vague.yml', import.meta.url)), 'rules/vague-source/data/vague.yml', false)
      .map(({entry}) => ({entry, regex: lexiconRegExp(entry.pattern, 'giu')}))
    return (_tree, file) => {
      const text = String(file.value)
      const quotations = file.data.facts?.quotations ?? []
      // Each pattern runs once per paragraph, not once per sentence.
      for (const block of file.data.article!.blocks) {
        if (block.kind !== 'body') continue
        const paragraph = text.slice(block.start, block.end)
        if (!vagueWords.test(paragraph)) continue
        for (const {entry, regex} of patterns) {
          regex.lastIndex = 0
          for (const m of paragraph.matchAll(regex)) {
            const start = block.start + m.index!
            // In someone's quotation the words are theirs, not the reporter's sourcing.
            if (quotations.some((q) => q.start <= start && start < q.end)) continue
            report(file, meta, {
              reason: `Unexpected vague source \`${m[0]}\`, expected a named source`,
              note: `${entry.reason[0].toUpperCase()}${entry.reason.slice(1)}: a reader cannot check a claim whose source is not named.`,
              start,
              end: start + m[0].length,
              confidence: 0.7,
              expected: []
            })
          }
        }
      }
    }
  }
}

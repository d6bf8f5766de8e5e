// Typography and number formats of another language left in English copy
// (data/typography.yml): the space French puts inside « guillemets » and
// before two-part punctuation, guillemets themselves, decimal commas, times
// written 14h30, full-width Chinese punctuation. One stray space is a typo
// (info); the same habit twice in an article, or a format no English writer
// uses, is a translation's (warning).
import type {VFile} from 'vfile'
import {compilePatterns, lexiconRegExp, readLexicon, type PatternEntry} from '../../pipeline/lexicon.js'
import {report} from '../../pipeline/report.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import type {Severity} from '../../pipeline/types.js'
import {meta} from './meta.js'
import {parsedBlocks} from '../../pipeline/blocks.js'

interface TypographyEntry extends PatternEntry {
  label: string
  fix: string
  alone: Severity
  max?: Severity
  map?: Record<string, string>
  quick: string
}


export const foreignTypography: ArticleRule<{}> = {
  meta,
  plugin: () => {
    const entries = compilePatterns(readLexicon<TypographyEntry[]>(new URL('./data/typography.yml', import.meta.url)), 'rules/foreign-typography/data/typography.yml', false)
      .map(({entry}) => ({entry, regex: lexiconRegExp(entry.pattern, 'gimu'), quick: lexiconRegExp(entry.quick, 'iu')}))
    return (_tree, file: VFile) => {
      const text = String(file.value)
      const found: Array<{entry: TypographyEntry; start: number; end: number; fixed: string}> = []
      for (const block of parsedBlocks(file)) {
        const paragraph = block.text
        for (const {entry, regex, quick} of entries) {
          if (!quick.test(paragraph)) continue
          regex.lastIndex = 0
          for (const m of paragraph.matchAll(regex)) {
            const fixed = entry.map ? entry.map[m[0]] ?? '' : entry.fix.replace(/\$(\d)/gu, (_, group: string) => m[Number(group)] ?? '')
            found.push({entry, start: block.start + m.index!, end: block.start + m.index! + m[0].length, fixed})
          }
        }
      }
      // The habit counts twice over from two findings of full weight.
      const habit = found.filter((item) => !item.entry.max).length > 1
      for (const {entry, start, end, fixed} of found) {
        // The words around it, so the reader sees the place: `with. “` → `with.”`.
        const lead = /\S{0,20}$/u.exec(text.slice(Math.max(0, start - 20), start))![0]
        const trail = /^\S{0,12}/u.exec(text.slice(end, end + 12))![0]
        const shown = `${lead}${text.slice(start, end)}${trail}`
        const expected = `${lead}${fixed}${trail}`
        report(file, meta, {
          reason: `Unexpected ${entry.label} in \`${shown}\`, expected \`${expected}\``,
          note: `${entry.reason[0].toUpperCase()}${entry.reason.slice(1)}.`,
          start,
          end,
          actual: text.slice(start, end),
          expected: [expected],
          confidence: entry.max === 'info' ? 0.4 : habit ? 0.8 : 0.6,
          severity: entry.max ?? (habit ? undefined : entry.alone)
        })
      }
    }
  }
}

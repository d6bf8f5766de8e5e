// Sentences broken by machine translation or a spinner: a full stop in the
// middle of a clause, followed by a lower-case word ("has contacted law
// enforcement in addition. jurisdictions"), and word pairs no English
// sentence has ("an the emergency patch", data/salad.yml). Calibrated on
// clean news: abbreviations, web addresses split by spaces and doubled
// words (doubled-phrase reports those) are left alone.
import type {VFile} from 'vfile'
import {compilePatterns, lexiconRegExp, readLexicon, type PatternEntry} from '../../pipeline/lexicon.js'
import {isEnglishWord} from '../../pipeline/names/dictionary.js'
import {report} from '../../pipeline/report.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {meta} from './meta.js'
import {insideQuotations} from '../../pipeline/extract/quotation-spans.js'
import {parsedBlocks} from '../../pipeline/blocks.js'

// A lower-case word, a full stop, a space, a lower-case word (not "a.m.").
const brokenStop = /(?<![\p{L}\p{N}.\/@:_-])(\p{Ll}[\p{Ll}’'-]*)\. (\p{Ll}[\p{Ll}’'-]*)(?![\p{L}\p{N}]|\.\p{L})/gu
const abbreviations = new Set(`etc vs approx incl dept govt est no nos cf al viz ca pp pg vol ed eds fig jr sr st mt ft gen sen rep gov lt sgt col capt cmdr adm mr mrs ms dr prof
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun min max sec hr hrs km kg lb lbs oz mph yr yrs mo wk op ch
ltd inc corp co bros assn ave blvd rd hwy univ natl intl misc tel ext esp dist div
www com org net gov edu exe html htm php http https`.split(/\s+/u))

export const garbledSentence: ArticleRule<{}> = {
  meta,
  plugin: () => {
    const salad = compilePatterns(readLexicon<PatternEntry[]>(new URL('./data/salad.yml', import.meta.url)), 'rules/garbled-sentence/data/salad.yml', false)
      .map(({entry}) => ({entry, regex: lexiconRegExp(entry.pattern, 'giu')}))
    return (_tree, file: VFile) => {
      const quoted = insideQuotations(file.data.facts?.quotations)
      for (const block of parsedBlocks(file)) {
        const paragraph = block.text
        brokenStop.lastIndex = 0
        for (const m of paragraph.matchAll(brokenStop)) {
          const [before, after] = [m[1], m[2]]
          // "a. m.", "p. m.": single letters are initials or a split abbreviation.
          if (abbreviations.has(before) || abbreviations.has(after) || before.length < 2 || after.length < 2) continue
          // "www. nlm. nih. gov": an address with spaces, not a sentence.
          if (/www|https?|\/\s/u.test(paragraph.slice(Math.max(0, m.index! - 40), m.index!)) || /^\. (?:com|org|net|gov|edu)\b/u.test(paragraph.slice(m.index! + m[0].length))) continue
          if (!isEnglishWord(before) || !isEnglishWord(after)) continue
          const start = block.start + m.index!
          report(file, meta, {
            reason: `Unexpected lower-case \`${after}\` after a full stop in \`${m[0]}\`, expected one sentence or a capital`,
            note: 'A full stop in the middle of a clause, followed by a lower-case word, is what machine translation leaves when it splits one sentence of the source wrongly.',
            start,
            end: start + m[0].length,
            expected: [`${before} ${after}`],
            confidence: quoted(start) ? 0.6 : 0.75
          })
        }
        for (const {entry, regex} of salad) {
          regex.lastIndex = 0
          for (const m of paragraph.matchAll(regex)) {
            const [first, second] = m[0].split(' ')
            // "the the" is doubled-phrase's; "got an A" is a grade.
            if (first.toLowerCase() === second.toLowerCase() || /^\p{Lu}/u.test(second)) continue
            const start = block.start + m.index!
            report(file, meta, {
              reason: `Unexpected \`${m[0]}\`: ${entry.reason}, expected one of the two words or a word between them`,
              note: 'Function words in an order no English sentence has are the trace of a garbled translation or a careless rewrite.',
              start,
              end: start + m[0].length,
              expected: [],
              confidence: 0.7
            })
          }
        }
      }
    }
  }
}

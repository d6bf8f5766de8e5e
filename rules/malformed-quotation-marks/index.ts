// Reports the quotation marks the quotation extractor could not pair
// (pipeline/extract/quote-marks.ts): where a quote ends decides what the
// speaker said, so a broken mark is a broken quotation.
import type {QuoteMarkProblem} from '../../pipeline/extract/quote-marks.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {report} from '../../pipeline/report.js'
import {meta, type MalformedQuotationMarksOptions} from './meta.js'

const closing: Record<string, string> = {'“': '”', '"': '"', '«': '»', '„': '“'}

export const malformedQuotationMarks: ArticleRule<MalformedQuotationMarksOptions> = {
  meta,
  plugin: (options) => (_tree, file) => {
    const text = String(file.value)
    const problems = (file.data.facts?.quoteMarkProblems ?? []) as QuoteMarkProblem[]
    // A text of thousands of broken marks is broken text: name the first ones, count the rest.
    const rest = problems.slice(options.maxFindings)
    if (rest.length > 0) {
      report(file, meta, {
        reason: `Unexpected ${rest.length} more quotation mark${rest.length === 1 ? '' : 's'} that do not pair, expected paired marks`,
        note: `The first ${options.maxFindings} unpaired marks of the article are reported one by one; a text with this many is broken throughout (scraped markup, a spinner's output).`,
        start: rest[0].start,
        end: rest[0].end,
        confidence: 0.8,
        expected: [],
        key: 'more-unpaired'
      })
    }
    for (const problem of problems.slice(0, options.maxFindings)) {
      const close = closing[problem.mark] ?? '”'
      if (problem.kind === 'unclosed') {
        const words = text.slice(problem.start + 1, problem.end)
        report(file, meta, {
          reason: `Unexpected unclosed \`${problem.mark}\` before \`${words.length > 30 ? `${words.slice(0, 30).trimEnd()}…` : words}\`, expected a closing \`${close}\``,
          note: 'Without its closing mark nobody can tell where the quotation ends and the reporter’s words begin.',
          start: problem.start,
          end: problem.end,
          actual: problem.mark,
          expected: [close],
          confidence: 0.8
        })
      } else if (problem.kind === 'reversed-close') {
        report(file, meta, {
          reason: `Unexpected opening \`${problem.mark}\` closing a quotation, expected \`”\``,
          note: 'An opening mark where a closing one belongs is typical of machine translation and careless rewrites.',
          start: problem.start,
          end: problem.end,
          expected: ['”'],
          confidence: 0.85
        })
      } else {
        report(file, meta, {
          reason: `Unexpected closing \`${problem.mark}\` with no opening mark, expected an opening mark before the quotation`,
          note: 'A closing mark with no opening one leaves the start of the quotation unknown.',
          start: problem.start,
          end: problem.end,
          expected: [],
          confidence: 0.6
        })
      }
    }
  }
}

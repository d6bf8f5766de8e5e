// Reports the credit lines, editor's notes and corrections that the credits
// extractor (pipeline/extract/credits.ts) recorded: not errors, but what a
// fact-checker needs to know about where the copy came from and how it changed.
import type {CreditFact} from '../../pipeline/extract/credits.js'
import type {ArticleRule} from '../../pipeline/rule.js'
import {report} from '../../pipeline/report.js'
import {meta} from './meta.js'

const wording: Record<CreditFact['kind'], {reason: (credit: CreditFact) => string; note: string; confidence: number}> = {
  wire: {
    reason: (credit) => `Copy credited to ${credit.agency ? `\`${titleCase(credit.agency)}\`` : 'a wire service'}: \`${short(credit.text)}\``,
    note: 'Part of the article comes from a wire service: its facts are the agency’s, and the same wording will appear in other outlets.',
    confidence: 0.9
  },
  photo: {
    reason: (credit) => `Photo credited to ${credit.agency ? `\`${titleCase(credit.agency)}\`` : 'a wire service'}: \`${short(credit.text)}\``,
    note: 'A wire photo and its caption usually come with wire copy: check which passages are the agency’s.',
    confidence: 0.8
  },
  'editor-note': {
    reason: (credit) => `Editor’s note: \`${short(credit.text)}\``,
    note: 'An editor’s note says the article was changed after publication; other copies of it may carry the earlier version.',
    confidence: 0.9
  },
  correction: {
    reason: (credit) => `Correction notice: \`${short(credit.text)}\``,
    note: 'A published correction is a good sign (the outlet corrects errors), and a warning that earlier copies differ.',
    confidence: 0.9
  },
  republished: {
    reason: (credit) => `Republished copy: \`${short(credit.text)}\``,
    note: 'The article first appeared elsewhere: the original is the source to cite.',
    confidence: 0.9
  }
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text
}

function titleCase(agency: string): string {
  return agency.length <= 4 ? agency.toUpperCase() : agency.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
}

export const wireCredit: ArticleRule<{}> = {
  meta,
  plugin: () => (_tree, file) => {
    for (const credit of (file.data.facts?.credits ?? []) as CreditFact[]) {
      const words = wording[credit.kind]
      report(file, meta, {
        reason: words.reason(credit),
        note: words.note,
        start: credit.start,
        end: credit.end,
        confidence: words.confidence,
        expected: [],
        key: credit.kind
      })
    }
  }
}

// Forms of one name that differ only by spacing, case or hyphen ("Kiwi Farms",
// "Kiwifarms", "KiwiFarms") are not misspellings but an inconsistency: info,
// pointing at the form most independent articles use. Single tokens and
// adjacent pairs of a mention are compared under formKey.
import type {CorpusContext} from '../../pipeline/rule.js'
import {voterOf} from '../../pipeline/types.js'
import {formKey} from '../../pipeline/names/similarity.js'
import {meta, type NameSpellingOptions} from './meta.js'

interface FormUse {
  article: string
  /** Its copy family: what support is counted by. */
  voter: string
  start: number
  end: number
  text: string
}

export function reportForms(corpus: CorpusContext, options: NameSpellingOptions): void {
  const byKey = new Map<string, Map<string, FormUse[]>>()
  const add = (use: FormUse) => {
    const key = formKey(use.text)
    if (key.length < options.minLength - 1) return
    const forms = byKey.get(key) ?? new Map<string, FormUse[]>()
    byKey.set(key, forms)
    const list = forms.get(use.text) ?? []
    list.push(use)
    forms.set(use.text, list)
  }
  for (const article of corpus.articles) {
    const voter = voterOf(article)
    for (const mention of article.entities ?? []) {
      if (mention.kind !== 'name' || mention.inQuote || mention.heading) continue
      const words = [...mention.text.matchAll(/\S+/gu)]
      for (let i = 0; i < words.length; i++) {
        const start = mention.start + words[i].index!
        add({article: article.id, voter, start, end: start + words[i][0].length, text: words[i][0]})
        if (i + 1 < words.length) {
          const end = mention.start + words[i + 1].index! + words[i + 1][0].length
          add({article: article.id, voter, start, end, text: article.text.slice(start, end)})
        }
      }
    }
  }
  for (const forms of byKey.values()) {
    if (forms.size < 2) continue
    const ranked = [...forms].map(([text, uses]) => ({text, uses, articles: new Set(uses.map((use) => use.voter))}))
      .sort((a, b) => b.articles.size - a.articles.size || b.uses.length - a.uses.length)
    const majority = ranked[0]
    if (majority.articles.size < options.minSupport) continue
    for (const minority of ranked.slice(1)) {
      if (minority.articles.size >= majority.articles.size) continue
      const others = [...majority.articles].filter((id) => !minority.articles.has(id))
      const evidence = others.slice(0, 3).map((id) => {
        const use = majority.uses.find((item) => item.voter === id)!
        return corpus.evidence(id, use.start, use.end, use.text)
      })
      for (const use of minority.uses) {
        corpus.report(meta.id, use.article, {
          reason: `Unexpected \`${use.text}\`, expected \`${majority.text}\` (inconsistent form, ${majority.articles.size} articles)`,
          note: 'The same name written with different spacing, case or hyphenation reads as two names and splits search results; use one form throughout.',
          start: use.start,
          end: use.end,
          actual: use.text,
          expected: [majority.text],
          confidence: 0.6,
          evidence,
          severity: 'info',
          key: `inconsistent-form:${formKey(use.text)}`
        })
      }
    }
  }
}

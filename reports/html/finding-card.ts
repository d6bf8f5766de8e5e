// One finding's details, shown when its highlight is selected: the message,
// what was found and what was expected, the confidence, the note, and the
// evidence — this article's passage beside the other articles' passages,
// each linking to its place on that article's page. A quotation that drifted
// is shown as a word diff against each other version.
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {diffWords} from 'diff'
import type {ArticleReport} from '../../pipeline/report-types.js'
import type {Evidence, Finding} from '../../pipeline/types.js'
import {findingAnchorId, findingId, pageText, passageId, safeUrl, type Site} from './site.js'

/** Rules whose evidence is another wording of the same words: shown as a word diff. */
const wordDiffRules = new Set(['quote-drift'])

export function findingCard(article: ArticleReport, finding: Finding, site: Site): Element {
  const {start, end} = finding
  const about = safeUrl(finding.url)
  return h('article.card', {
    id: findingId(finding.fingerprint),
    tabIndex: -1,
    className: [`cat-${finding.category}`, `sev-${finding.severity}`],
    dataF: finding.fingerprint,
    dataCat: finding.category,
    dataSev: finding.severity
  }, [
    h('header', [
      h('span.badge', {className: [`sev-${finding.severity}`]}, finding.severity),
      ' ',
      h('span.badge', {className: [`cat-${finding.category}`]}, finding.category),
      ' ',
      h('a.place', {href: `#${findingAnchorId(finding.fingerprint)}`}, `line ${start.line}:${start.column}–${end.line}:${end.column}`),
      ' ',
      about ? h('a.rule', {href: about, rel: 'noreferrer'}, pageText(finding.ruleId)) : h('code.rule', pageText(finding.ruleId))
    ]),
    h('p.message', messageContent(finding.message)),
    h('dl.facts', [
      ...(finding.actual ? [h('dt', 'Found'), h('dd', h('q', {dir: 'auto'}, pageText(finding.actual)))] : []),
      ...(finding.expected && finding.expected.length > 0
        ? [h('dt', 'Expected'), h('dd', finding.expected.flatMap((value, index) => [...(index ? [', '] : []), h('q', {dir: 'auto'}, pageText(value))]))]
        : []),
      h('dt', 'Confidence'),
      h('dd', [h('meter', {min: 0, max: 1, value: finding.confidence}, `${Math.round(finding.confidence * 100)} %`), ` ${Math.round(finding.confidence * 100)} %`])
    ]),
    ...(finding.note ? [h('p.note', pageText(finding.note))] : []),
    ...(finding.evidence && finding.evidence.length > 0 ? [evidenceSection(article, finding, site)] : [])
  ])
}

/** A message with its `quoted` parts as code, as messages are written. */
export function messageContent(message: string): ElementContent[] {
  return pageText(message).split(/`([^`]*)`/).map((part, index): ElementContent => (index % 2 ? h('code', {dir: 'auto'}, part) : {type: 'text', value: part}))
}

function evidenceSection(article: ArticleReport, finding: Finding, site: Site): Element {
  const diff = wordDiffRules.has(finding.ruleId) && finding.actual !== undefined
  return h('section.evidence', [
    h('h4', 'Evidence'),
    h('div.side-by-side', [
      h('figure.version.this', [h('figcaption', 'This article'), h('blockquote', {dir: 'auto'}, pageText(finding.actual ?? ''))]),
      ...finding.evidence!.map((evidence) => otherPassage(article, evidence, site, diff ? finding.actual! : null))
    ])
  ])
}

function otherPassage(article: ArticleReport, evidence: Evidence, site: Site, actual: string | null): Element {
  const other = site.article(evidence.article)
  const name = other?.title ?? evidence.article
  const page = site.page(evidence.article)
  const target = evidence.start && evidence.end ? `#${passageId(evidence.start.offset, evidence.end.offset)}` : ''
  // From an article page to another: both live in articles/.
  const href = page ? (evidence.article === article.id ? target || '#main' : `${page.slice('articles/'.length)}${target}`) : null
  const caption: Array<ElementContent | string> = [
    href ? h('a.evidence-link', {href}, h('bdi', pageText(evidence.article === article.id ? 'Earlier in this article' : name))) : h('bdi', pageText(name)),
    ...(evidence.start ? [` (line ${evidence.start.line})`] : []),
    ...(evidence.copies && evidence.copies > 1 ? [` — printed by ${evidence.copies} articles`] : [])
  ]
  return h('figure.version.other', [
    h('figcaption', caption),
    h('blockquote', {dir: 'auto'}, actual === null ? pageText(evidence.text) : wordDiff(evidence.text, actual)),
    ...(evidence.value && actual === null ? [h('p.value', ['States ', h('q', {dir: 'auto'}, pageText(evidence.value))])] : [])
  ])
}

/**
 * The other version against this one, word by word: removed words struck,
 * added words underlined. What lies outside the words both versions share is
 * context one of them did not quote, not a change, and is shown faint.
 */
export function wordDiff(other: string, actual: string): ElementContent[] {
  // Case is not wording (quote-drift compares in lower case); a shared comma is not a shared word.
  // Versions too far apart to read as a diff (or to diff cheaply) are shown as they are.
  const parts = diffWords(other, actual, {ignoreCase: true, maxEditLength: 400})
  if (!parts) return [{type: 'text', value: pageText(other)}]
  const shared = parts.flatMap((part, index) => (!part.added && !part.removed && /[\p{L}\p{N}]/u.test(part.value) ? [index] : []))
  const first = shared[0] ?? parts.length
  const last = shared.at(-1) ?? -1
  return parts.map((part, index): ElementContent => {
    const value = pageText(part.value)
    if (!part.added && !part.removed) return {type: 'text', value}
    if (index < first || index > last) return h('span.unquoted', {title: 'not quoted by both'}, value)
    return part.added ? h('ins', {title: 'in this article'}, value) : h('del', {title: 'in the other article'}, value)
  })
}

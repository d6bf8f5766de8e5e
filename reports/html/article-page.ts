// One article's page: its metadata and score, filters by category and
// severity, its text with every finding highlighted in place beside the
// findings' details, and the scorecard. Built from one article alone, so pages
// are written one at a time whatever the size of the corpus.
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {ArticleReport} from '../../pipeline/report-types.js'
import {categories, type Severity} from '../../pipeline/types.js'
import {severityCounts} from '../summary.js'
import {findingCard} from './finding-card.js'
import {highlightText} from './highlight.js'
import {scorecard} from './scorecard.js'
import {pageText, type Site} from './site.js'

const severities: Severity[] = ['error', 'warning', 'info']

export function articlePageContent(article: ArticleReport, text: string | null, site: Site, indexPage: string): ElementContent[] {
  const title = article.title ?? article.id
  return [
    h('header.page', [
      h('nav', [h('a', {href: `../${indexPage}`}, '← All articles'), ' · ', h('a', {href: '#scorecard-title'}, 'Scorecard')]),
      h('h1', h('bdi', pageText(title))),
      metadata(article)
    ]),
    h('main#main', article.error
      ? [h('p.unreadable', ['Could not audit this file: ', pageText(article.error)])]
      : [text === null ? h('p.unreadable', 'The article’s file could not be read again to show its text.') : body(article, text, site), scorecard(article)])
  ]
}

function metadata(article: ArticleReport): Element {
  const counts = severityCounts(article.findings)
  const rows: Array<[string, string | null]> = [
    ['File', article.path],
    ['Outlet', article.outlet],
    ['Byline', article.byline],
    ['Published', article.published],
    ['Words', String(article.words)],
    ['Story', article.story ?? null]
  ]
  return h('div.meta', [
    h('p.score', article.score === null
      ? 'Not scored'
      : [h('span.grade', {className: [`grade-${article.grade}`]}, article.grade ?? '—'), ` ${article.score} / 100 · ${counts.error} errors · ${counts.warning} warnings · ${counts.info} info`]),
    h('dl', rows.filter(([, value]) => value).flatMap(([label, value]) => [h('dt', label), h('dd', h('bdi', pageText(value!)))]))
  ])
}

function body(article: ArticleReport, text: string, site: Site): Element {
  const present = new Set(article.findings.map((finding) => finding.category))
  return h('section.reading', {ariaLabel: 'Article text and findings'}, [
    h('form.filters', {ariaLabel: 'Filter findings'}, [
      h('fieldset', [h('legend', 'Categories'), ...categories.filter((category) => present.has(category)).map((category) => checkbox(`cat:${category}`, category, `cat-${category}`))]),
      h('fieldset', [h('legend', 'Severities'), ...severities.map((severity) => checkbox(`sev:${severity}`, severity, `sev-${severity}`))]),
      h('p.shown', {ariaLive: 'polite'}, `${article.findings.length} findings`)
    ]),
    h('div.columns', [
      h('div.text', {dir: 'auto', tabIndex: 0, ariaLabel: 'Article text'}, highlightText(text, article.findings, site.cited(article.id))),
      h('aside.findings', {ariaLabel: 'Findings'}, [
        h('h2', 'Findings'),
        article.findings.length === 0 ? h('p', 'No findings.') : h('div.cards', article.findings.map((finding) => findingCard(article, finding, site)))
      ])
    ])
  ])
}

function checkbox(value: string, label: string, swatch: string): Element {
  return h('label', [h('input', {type: 'checkbox', name: 'show', value, checked: true}), ' ', h('span.swatch', {className: [swatch]}), ` ${label}`])
}

// The index: articles ranked by score, lowest first (what an editor reads
// first), grouped by story, each with its category bars; page 1 adds the
// corpus overview. Large corpora are split into pages of `pageSize` rows, and
// each page is written a story section and a row at a time.
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {ArticleReport, AuditReport} from '../../pipeline/report-types.js'
import {categories} from '../../pipeline/types.js'
import type {Write} from '../reporter.js'
import {groupByStory, severityCounts} from '../summary.js'
import {plural} from '../text.js'
import {barChart, categoryBars, scoreDistribution} from './charts.js'
import {fragmentHtml} from './document.js'
import {articlePage, pageText} from './site.js'

export const pageSize = 500

export interface StoryGroup {
  story: string | null
  articles: ArticleReport[]
  /** The group goes on from the page before. */
  continued: boolean
}

const byScore = (a: ArticleReport, b: ArticleReport) => (a.score ?? Infinity) - (b.score ?? Infinity) || a.path.localeCompare(b.path)

/** Stories ordered by their lowest score, articles by score; then cut into pages of at most `size` rows. */
export function indexPages(report: AuditReport, size = pageSize): StoryGroup[][] {
  const groups = [...groupByStory(report.articles)].map(([story, articles]) => ({story, articles: [...articles].sort(byScore)}))
  groups.sort((a, b) => (a.story === null ? 1 : b.story === null ? -1 : byScore(a.articles[0], b.articles[0])))
  const pages: StoryGroup[][] = [[]]
  let rows = 0
  for (const group of groups) {
    for (let from = 0; from < group.articles.length;) {
      if (rows === size) {
        pages.push([])
        rows = 0
      }
      const take = Math.min(size - rows, group.articles.length - from)
      pages.at(-1)!.push({story: group.story, articles: group.articles.slice(from, from + take), continued: from > 0})
      from += take
      rows += take
    }
  }
  return pages
}

export const indexPageName = (index: number) => (index === 0 ? 'index.html' : `index-${index + 1}.html`)

export async function writeIndexPage(report: AuditReport, pages: StoryGroup[][], index: number, write: Write): Promise<void> {
  const storyCount = pages.flat().filter((group) => !group.continued).length
  await write(fragmentHtml([
    h('header.page', [h('h1', 'corroborate report'), h('p.generated', `${report.tool.name} ${report.tool.version} · ${report.generatedAt}`), pager(pages.length, index)]),
    ...(index === 0 ? [overview(report)] : [])
  ]))
  await write('<main id="main">')
  let rank = pages.slice(0, index).reduce((sum, page) => sum + page.reduce((count, group) => count + group.articles.length, 0), 0)
  for (const group of pages[index]) {
    const [head, tail] = fragmentHtml([storySection(report, group, storyCount)]).split('<!--rows-->')
    await write(head)
    for (const article of group.articles) await write(fragmentHtml([articleRow(article, ++rank)]))
    await write(tail)
  }
  await write('</main>' + fragmentHtml([h('footer', pager(pages.length, index))]))
}

function pager(count: number, current: number): ElementContent {
  if (count < 2) return {type: 'text', value: ''}
  return h('nav.pager', {ariaLabel: 'Index pages'}, Array.from({length: count}, (_, index) =>
    index === current ? h('span', {ariaCurrent: 'page'}, String(index + 1)) : h('a', {href: indexPageName(index)}, String(index + 1))))
}

function overview(report: AuditReport): ElementContent {
  const {summary} = report
  return h('section.overview', {ariaLabelledBy: 'overview-title'}, [
    h('h2#overview-title', 'Corpus overview'),
    h('p.totals', [
      `${plural(summary.articles, 'article')}${summary.stories ? ` in ${plural(summary.stories, 'story', 'stories')}` : ''}`,
      `${summary.unreadable ? `, ${summary.unreadable} unreadable` : ''}; `,
      h('span.sev-error', plural(summary.bySeverity.error, 'error')), ', ',
      h('span.sev-warning', plural(summary.bySeverity.warning, 'warning')), ', ',
      h('span.sev-info', `${summary.bySeverity.info} info`),
      summary.meanScore === null ? '' : `; mean score ${summary.meanScore}. `,
      h('strong', {className: [summary.gate.passed ? 'gate-passed' : 'gate-failed']}, summary.gate.passed ? 'Gate passed.' : `Gate failed: ${pageText(summary.gate.reasons.join('; '))}.`)
    ]),
    ...(summary.ruleFailures ?? []).map((failure) => h('p.rule-failure', pageText(`Rule ${failure.ruleId} failed${failure.article ? ` on ${failure.article}` : ''}: ${failure.message} (its findings there are missing)`))),
    h('div.charts', [
      barChart('Scores', scoreDistribution(report.articles)),
      barChart('Findings by category', categories.map((category) => ({label: category, value: summary.byCategory[category] ?? 0, className: `cat-${category}`})))
    ])
  ])
}

function storySection(report: AuditReport, group: StoryGroup, stories: number): ElementContent {
  // Named after its founding article, or the first that has a title.
  const founder = report.articles.find((article) => article.id === group.story)
  const lead = founder?.title ? founder : group.articles.find((article) => article.title) ?? group.articles[0]
  const families = new Set(group.articles.map((article) => article.family ?? article.id)).size
  const heading = group.story === null ? 'Not audited' : stories > 1 ? ['Story: ', h('bdi', pageText(lead.title ?? lead.id))] : 'Articles'
  return h('section.story', [
    h('h2', [...[heading].flat(), group.continued ? ' (continued)' : '', h('small', ` ${plural(group.articles.length, 'article')}${families < group.articles.length ? `, ${families} independent` : ''}`)]),
    h('table.articles', [
      h('thead', h('tr', ['#', 'Score', 'Grade', 'Article', 'Errors', 'Warnings', 'Info', 'Categories'].map((title) => h('th', {scope: 'col'}, title)))),
      h('tbody', [{type: 'comment', value: 'rows'}])
    ])
  ])
}

function articleRow(article: ArticleReport, rank: number): ElementContent {
  const count = severityCounts(article.findings)
  return h('tr', {className: article.error ? ['unreadable'] : undefined}, [
    h('td.num', String(rank)),
    h('td.num', article.score === null ? '—' : article.score.toFixed(1)),
    h('td', h('span.grade', {className: [`grade-${article.grade}`]}, article.grade ?? '—')),
    h('td', [
      h('a', {href: articlePage(article.id)}, h('bdi', pageText(article.title ?? article.id))),
      h('br'),
      h('small', h('bdi', pageText(article.path))),
      ...(article.error ? [h('br'), h('small.error', pageText(`could not audit: ${article.error}`))] : [])
    ]),
    h('td.num', String(count.error)),
    h('td.num', String(count.warning)),
    h('td.num', String(count.info)),
    h('td', article.error ? '' : categoryBars(article))
  ])
}

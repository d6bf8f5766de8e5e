// The scorecard on an article's page: each criterion passed, failed or not
// assessed, its points, and links to the findings that failed it; the
// category sub-scores; and how the score is computed, so every lost point
// can be traced.
import type {Element} from 'hast'
import {h} from 'hastscript'
import type {ArticleReport} from '../../pipeline/report-types.js'
import {categories} from '../../pipeline/types.js'
import {findingId} from './site.js'

export function scorecard(article: ArticleReport): Element {
  const assessed = article.criteria.filter((criterion) => criterion.passed !== null)
  const earned = assessed.reduce((sum, criterion) => sum + criterion.points, 0)
  const possible = assessed.reduce((sum, criterion) => sum + criterion.max, 0)
  return h('section.scorecard', {ariaLabelledBy: 'scorecard-title'}, [
    h('h2#scorecard-title', 'Scorecard'),
    h('table.criteria', [
      h('thead', h('tr', [h('th', {scope: 'col'}, 'Criterion'), h('th', {scope: 'col'}, 'Result'), h('th.num', {scope: 'col'}, 'Points'), h('th', {scope: 'col'}, 'Findings behind it')])),
      h('tbody', article.criteria.map((criterion) => {
        const result = criterion.passed === null ? 'not assessed' : criterion.passed ? 'passed' : 'failed'
        return h('tr', {className: [`result-${result.replace(' ', '-')}`]}, [
          h('th', {scope: 'row'}, criterion.label),
          h('td', h('span.result', result)),
          h('td.num', criterion.passed === null ? `— / ${criterion.max}` : `${criterion.points} / ${criterion.max}`),
          h('td', criterion.findings.length === 0
            ? (criterion.passed === false ? 'from the metadata' : '')
            : criterion.findings.flatMap((fingerprint, index) => [...(index ? [' '] : []), h('a', {href: `#${findingId(fingerprint)}`}, `#${index + 1}`)]))
        ])
      })),
      h('tfoot', h('tr', [h('th', {scope: 'row'}, 'Score'), h('td', `${article.score ?? '—'} (${article.grade ?? '—'})`), h('td.num', `${earned} / ${possible}`), h('td', `${assessed.length} of ${article.criteria.length} criteria assessed`)]))
    ]),
    h('h3', 'Categories'),
    h('ul.categories', categories.map((category) => {
      const entry = article.categories[category]
      if (!entry) return h('li', {className: [`cat-${category}`]}, [h('span.cat-name', category), ' —'])
      return h('li', {className: [`cat-${category}`]}, [
        h('span.cat-name', category),
        ' ',
        h('meter', {min: 0, max: 100, low: 60, high: 90, optimum: 100, value: entry.score, ariaLabel: `${category} ${entry.score} of 100`}, String(entry.score)),
        ` ${entry.score} (${entry.findings} finding${entry.findings === 1 ? '' : 's'})`
      ])
    })),
    h('details.how', [
      h('summary', 'How the score is computed'),
      h('p', 'Each criterion is passed or failed. A criterion fails when a rule that assesses it reports a warning or an error on the article (infos never fail one); a criterion that no enabled rule assesses is not assessed and drops out of the total.'),
      h('p', h('code', 'score = 100 × points of passed criteria / points of assessed criteria'), ', rounded to one decimal; grades A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F (configurable).'),
      h('p', 'Category sub-scores start at 100; each finding takes off its severity weight (error 15, warning 6, info 1 by default) times its confidence. They show where the problems are and do not enter the score.')
    ])
  ])
}

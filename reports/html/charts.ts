// Small SVG charts drawn from attributes only (the CSP forbids inline style):
// horizontal bars for the corpus overview, and seven tiny bars per article,
// one per category sub-score. Each chart names its numbers for screen readers.
import type {Element} from 'hast'
import {h, s} from 'hastscript'
import type {ArticleReport} from '../../pipeline/report-types.js'
import {categories} from '../../pipeline/types.js'

export interface Bar {
  label: string
  value: number
  className: string
}

const rowHeight = 22
const labelWidth = 110
const barWidth = 260

export function barChart(caption: string, bars: Bar[]): Element {
  const max = Math.max(1, ...bars.map((bar) => bar.value))
  const height = bars.length * rowHeight
  return h('figure.chart', [
    h('figcaption', caption),
    s('svg', {viewBox: `0 0 ${labelWidth + barWidth + 50} ${height}`, width: labelWidth + barWidth + 50, height, role: 'img', ariaLabel: `${caption}: ${bars.map((bar) => `${bar.label} ${bar.value}`).join(', ')}`},
      bars.flatMap((bar, index) => {
        const y = index * rowHeight
        const width = Math.round((barWidth * bar.value) / max)
        return [
          s('text', {x: labelWidth - 6, y: y + 15, textAnchor: 'end', className: ['label']}, bar.label),
          s('rect', {x: labelWidth, y: y + 4, width, height: rowHeight - 8, className: ['bar', bar.className]}, s('title', `${bar.label}: ${bar.value}`)),
          s('text', {x: labelWidth + width + 6, y: y + 15, className: ['value']}, String(bar.value))
        ]
      }))
  ])
}

/** Scores by tens: 0–9, 10–19, … 90–100. */
export function scoreDistribution(articles: readonly ArticleReport[]): Bar[] {
  const bins = Array.from({length: 10}, (_, index) => ({label: index === 9 ? '90–100' : `${index * 10}–${index * 10 + 9}`, value: 0, className: `bin-${index}`}))
  for (const article of articles) if (article.score !== null) bins[Math.min(9, Math.floor(article.score / 10))].value++
  return bins.reverse()
}

/** One bar per category, as high as the points its findings took off the sub-score (a flat line: none; full height: 50 or more), 6 px wide. */
export function categoryBars(article: ArticleReport): Element {
  const entries = categories.map((category) => ({category, score: article.categories[category]?.score ?? 100}))
  return s('svg.category-bars', {viewBox: '0 0 56 24', width: 56, height: 24, role: 'img', ariaLabel: `category sub-scores: ${entries.map((entry) => `${entry.category} ${entry.score}`).join(', ')}`},
    entries.map((entry, index) => {
      const height = Math.max(1, Math.min(24, Math.round((24 * (100 - entry.score)) / 50)))
      return s('rect', {x: index * 8, y: 24 - height, width: 6, height, className: [`cat-${entry.category}`]}, s('title', `${entry.category}: ${entry.score} (−${Math.round((100 - entry.score) * 10) / 10})`))
    }))
}

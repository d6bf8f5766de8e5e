// Article metadata: what front matter or a sidecar states, else what the
// text itself states (title line, byline, © line, date header, dateline).
import type {ArticleMeta, Block} from '../types.js'
import {monthNames} from './calendar.js'
import type {Segmentation} from './segment.js'

type Stated = Record<string, unknown>

const months = monthNames
const monthIndex = (name: string) =>
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase())
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/
const monthDayYear = new RegExp(`\\b(${months})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i')
const dayMonthYear = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${months})\\.?,?\\s+(\\d{4})\\b`, 'i')
const numericDate = /\b(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\b/
const usTimeZone = /\b[ECMP][SD]?T\b/
const urlDate = /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})\//
const copyright = /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:[-–]\s*\d{4}\s*)?(.+?)(?:[.,]?\s*all rights reserved\.?)?$/iu

export function toIsoDate(text: string): string | null {
  let m = isoDate.exec(text)
  if (m) return valid(+m[1], +m[2] - 1, +m[3])
  m = monthDayYear.exec(text)
  if (m) return valid(+m[3], monthIndex(m[1]), +m[2])
  m = dayMonthYear.exec(text)
  if (m) return valid(+m[3], monthIndex(m[2]), +m[1])
  m = urlDate.exec(text)
  if (m) return valid(+m[1], +m[2] - 1, +m[3])
  m = numericDate.exec(text)
  if (m) {
    // 04/09/2012 is ambiguous: month first only where the line says it is US time, or the day gives it away.
    const [a, b] = [+m[1], +m[2]]
    if (a > 12 && b <= 12) return valid(+m[3], b - 1, a)
    if (b > 12 || usTimeZone.test(text)) return valid(+m[3], a - 1, b)
  }
  return null
}

function valid(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month, day))
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day || year < 1900 || year > 2200) return null
  return date.toISOString().slice(0, 10)
}

function stringOf(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (typeof value === 'number') return String(value)
  return null
}

function pick(data: Stated, keys: string[]): string | null {
  for (const key of keys) {
    const value = stringOf(data[key])
    if (value) return value
  }
  return null
}

export function inferMeta(text: string, segmentation: Segmentation, frontMatter: Stated, sidecar: Stated): ArticleMeta {
  const meta: ArticleMeta = {title: null, byline: null, outlet: null, published: null, sources: {}}
  const fields = {
    title: ['title', 'headline'],
    byline: ['byline', 'author', 'authors'],
    outlet: ['outlet', 'publisher', 'source', 'site'],
    published: ['published', 'date', 'datePublished', 'published_at']
  } as const
  for (const [field, keys] of Object.entries(fields) as Array<[keyof typeof fields, readonly string[]]>) {
    const fromSidecar = pick(sidecar, [...keys])
    const fromFront = pick(frontMatter, [...keys])
    const value = fromFront ?? fromSidecar
    if (value) {
      meta[field] = field === 'published' ? toIsoDate(value) ?? value : value
      meta.sources[field] = fromFront ? 'front-matter' : 'sidecar'
    }
  }
  // A hand-made grouping: articles that say `story: X` form story X, whatever the clustering thinks.
  const story = pick(frontMatter, ['story']) ?? pick(sidecar, ['story'])
  if (story) meta.story = story

  const blocks = segmentation.blocks
  const textOf = (block: Block) => text.slice(block.start, block.end).trim()
  const fromText = (field: keyof typeof fields, value: string | null) => {
    if (meta[field] === null && value) {
      meta[field] = value
      meta.sources[field] = 'text'
    }
  }

  const title = blocks.find((block) => block.kind === 'title')
  fromText('title', title ? textOf(title).replace(/^#+\s*/, '') : null)

  const byline = blocks.find((block) => block.kind === 'byline' && !/\b(for|at|with)\b/i.test(textOf(block)))
  fromText('byline', byline ? textOf(byline).replace(/^by\s+/i, '').replace(/\s*[,|–—-].*$/, '') : null)

  fromText('outlet', segmentation.bioOutlet)
  for (const block of blocks) {
    if (block.kind !== 'chrome') continue
    const m = copyright.exec(textOf(block))
    if (m && m[1].length <= 60 && !/^all rights reserved/i.test(m[1])) fromText('outlet', m[1].trim())
  }

  fromText('published', segmentation.dateHeader)
  // A date on a line of its own ("Published Sept. 4, 2022"): the first one
  // that states a whole date; "Updated" lines come second.
  const datelines = blocks.filter((block) => block.kind === 'dateline')
  const ranked = [...datelines].sort((a, b) => Number(/^\s*updated/i.test(textOf(a))) - Number(/^\s*updated/i.test(textOf(b))))
  for (const block of ranked) fromText('published', toIsoDate(textOf(block)))
  // Last resort: the date in the article's own URL (`URL: …/2013/05/03/…`).
  for (const block of blocks) if (block.kind === 'metadata') fromText('published', toIsoDate(textOf(block)))
  return meta
}

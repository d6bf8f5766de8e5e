// Article metadata: what front matter or a sidecar states, else what the
// text itself states (title line, byline, © line, date header, dateline).
import type {ArticleMeta, Block} from '../types.js'
import type {Segmentation} from './segment.js'

type Stated = Record<string, unknown>

const months = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const monthIndex = (name: string) =>
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase())
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/
const monthDayYear = new RegExp(`\\b(${months})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i')
const dayMonthYear = new RegExp(`\\b(\\d{1,2})\\s+(${months})\\.?,?\\s+(\\d{4})\\b`, 'i')
const copyright = /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:[-–]\s*\d{4}\s*)?(.+?)(?:[.,]?\s*all rights reserved\.?)?$/iu
const datedLine = /^(?:updated|published|posted|last updated|date)\b|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s/i

export function toIsoDate(text: string): string | null {
  let m = isoDate.exec(text)
  if (m) return valid(+m[1], +m[2] - 1, +m[3])
  m = monthDayYear.exec(text)
  if (m) return valid(+m[3], monthIndex(m[1]), +m[2])
  m = dayMonthYear.exec(text)
  if (m) return valid(+m[3], monthIndex(m[2]), +m[1])
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
  // A date on a line of its own near the edges ("Published Sept. 4, 2022").
  const edge = [...blocks.slice(0, 6), ...blocks.slice(-4)]
  for (const block of edge) {
    if (block.kind === 'body' && !datedLine.test(textOf(block))) continue
    const line = textOf(block)
    if (line.length > 120) continue
    fromText('published', toIsoDate(line))
  }
  return meta
}

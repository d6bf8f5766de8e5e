// Google's WMT23 zh→en news MQM data (../shared/evaldata/mqm, never copied
// here): each system's translation of a document becomes one article, its
// segments one paragraph each, with the raters' error spans mapped to offsets
// in that article. Records marked `hotw_test` (attention checks with injected
// errors) are dropped.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {evaldataRoot} from '../helpers/evaldata.js'

export const mqmFile = join(evaldataRoot, 'mqm', 'wmt23_generalMT_zhen_news_sxs_mqm.segments.jsonl.gz')
export const hasMqm = existsSync(mqmFile)

export interface MqmError {
  start: number
  end: number
  category: string
  severity: string
  rater: string
}

export interface MqmSegment {
  seg: string
  /** Offsets of the segment in its document's text. */
  start: number
  end: number
  raters: number
  /** Target-side errors, offsets into the document's text. */
  errors: MqmError[]
  /** No rater marked anything, on either side. */
  unmarked: boolean
}

export interface MqmDocument {
  id: string
  system: string
  doc: string
  text: string
  segments: MqmSegment[]
}

interface Record {
  system: string
  doc: string
  seg: string
  rater: string
  target: string
  hotw_test?: boolean
  errors: Array<{side: string; start?: number; end?: number; category: string; severity: string}>
}

/**
 * What a reader of the English alone can see: fluency, style, locale
 * conventions, words left untranslated — and, unless `strict`, terminology and
 * a person's gender (the base rate of about 19 % counts them: 18.9 %
 * of segments; 17.0 % without).
 */
export function visibleCategory(category: string, strict = false): boolean {
  return /^(?:Fluency|Style|Locale convention)\//u.test(category) || /Source language fragment|Non-translation/u.test(category) ||
    !strict && /^Terminology\/|Gender Mismatch/u.test(category)
}

/** MQM categories grouped the way the measurement reports them. */
export function categoryFamily(category: string): string {
  if (/Source language fragment|Non-translation/u.test(category)) return 'untranslated'
  if (/Gender Mismatch/u.test(category)) return 'gender'
  const top = category.split('/')[0]
  return top === 'Locale convention' ? 'locale' : top.toLowerCase()
}

export function mqmDocuments(): MqmDocument[] {
  const records = gunzipSync(readFileSync(mqmFile)).toString('utf8').trim().split('\n')
    .map((line) => JSON.parse(line) as Record).filter((record) => !record.hotw_test)
  const bySegment = new Map<string, Record[]>()
  for (const record of records) {
    const key = `${record.system}\u0000${record.doc}\u0000${record.seg}`
    const list = bySegment.get(key) ?? []
    list.push(record)
    bySegment.set(key, list)
  }
  const documents = new Map<string, MqmDocument>()
  const ordered = [...bySegment.values()].sort((a, b) => a[0].system.localeCompare(b[0].system) || a[0].doc.localeCompare(b[0].doc) || Number(a[0].seg) - Number(b[0].seg))
  for (const ratings of ordered) {
    const {system, doc, seg} = ratings[0]
    const id = `${system}--${doc}`.replace(/[^\w.-]+/gu, '-')
    const document = documents.get(id) ?? {id, system, doc, text: '', segments: []}
    documents.set(id, document)
    // A few segments show raters different targets: keep the first target and the ratings of it.
    const target = ratings[0].target.replace(/[\r\n]/gu, ' ')
    const same = ratings.filter((rating) => rating.target.replace(/[\r\n]/gu, ' ') === target)
    if (document.text) document.text += '\n\n'
    const start = document.text.length
    document.text += target
    const errors = same.flatMap((rating) => rating.errors.filter((error) => error.side === 'target' && error.start !== undefined)
      .map((error) => ({start: start + error.start!, end: start + error.end!, category: error.category, severity: error.severity, rater: rating.rater})))
    document.segments.push({seg, start, end: start + target.length, raters: same.length, errors, unmarked: same.every((rating) => rating.errors.length === 0)})
  }
  return [...documents.values()]
}

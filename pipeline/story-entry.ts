// A story's results as the cache stores them: a short head (each article's
// id, score, grade, finding marks and the length of its report text), then
// the texts one after another. Reading one checks the whole entry against
// its integrity and decodes the head only; a large entry's texts stay in the
// file (pipeline/held-file.ts) for the report to copy when it writes them.
import {createHash} from 'node:crypto'
import {readFile, stat} from 'node:fs/promises'
import v8 from 'node:v8'
import type {AssessedReport} from './corpus/assess-story.js'
import {HeldFile, isFileSlice, readSlice} from './held-file.js'

const magic = Buffer.from('CRS1')
/** Magic and the head's length. */
const prelude = 8

type Head = Array<Omit<AssessedReport, 'text'> & {length: number}>

/** The entry's bytes, in parts (the texts are not joined into one buffer before the store writes them). */
export function encodeStoryEntry(results: AssessedReport[]): Uint8Array[] {
  const texts = results.map(({text}) => (isFileSlice(text) ? readSlice(text) : text))
  const head = v8.serialize(results.map(({text: _, ...rest}, index): Head[number] => ({...rest, length: texts[index].byteLength})))
  const start = Buffer.alloc(prelude)
  magic.copy(start)
  start.writeUInt32LE(head.byteLength, 4)
  return [start, head, ...texts]
}

/** Entries at least this large keep their texts in the file, while files can be held. */
export const holdFrom = 1 << 20

/** How each entry is checked: the strongest hash its integrity names (as ssri picks). */
const algorithms = ['sha512', 'sha384', 'sha256']

/**
 * An entry's results, or null when it fails its integrity or is not one
 * (another tool's bytes, a truncated write). `integrity` is the store's
 * (SRI: `sha256-…`, several separated by spaces).
 */
export async function readStoryEntry(path: string, integrity: string, options: {holdFrom?: number} = {}): Promise<AssessedReport[] | null> {
  const digests = new Map(integrity.trim().split(/\s+/).map((item) => {
    const dash = item.indexOf('-')
    return [item.slice(0, dash), item.slice(dash + 1).split('?')[0]] as const
  }))
  const algorithm = algorithms.find((name) => digests.has(name))
  if (!algorithm) return null
  const hash = createHash(algorithm)
  const file = (await stat(path)).size >= (options.holdFrom ?? holdFrom) ? HeldFile.open(path) : null
  let head: Buffer
  let size: number
  let bytes: Buffer | null = null
  if (file) {
    ;({head, size} = await hashHeld(file, hash))
  } else {
    bytes = await readFile(path)
    hash.update(bytes)
    head = bytes
    size = bytes.byteLength
  }
  if (hash.digest('base64') !== digests.get(algorithm)) return null
  if (head.byteLength < prelude || !head.subarray(0, 4).equals(magic)) return null
  const headLength = head.readUInt32LE(4)
  if (prelude + headLength > head.byteLength) return null
  let entries: Head
  try {
    entries = v8.deserialize(head.subarray(prelude, prelude + headLength)) as Head
  } catch {
    return null
  }
  if (!validHead(entries) || prelude + headLength + entries.reduce((sum, entry) => sum + entry.length, 0) !== size) return null
  let offset = prelude + headLength
  return entries.map(({length, ...rest}) => {
    const text = bytes ? bytes.subarray(offset, offset + length) : {file: file!, offset, length}
    offset += length
    return {...rest, text}
  })
}

const chunk = 4 << 20

/** Hashes a held file through, keeping its head (read again whole where it is longer than the first chunk). */
async function hashHeld(file: HeldFile, hash: ReturnType<typeof createHash>): Promise<{head: Buffer; size: number}> {
  const buffer = Buffer.allocUnsafe(chunk)
  let first: Buffer | null = null
  let size = 0
  for (;;) {
    const count = await file.readInto(buffer, size)
    if (count === 0) break
    hash.update(buffer.subarray(0, count))
    // Only the head is kept (the chunk's buffer is reused): a held entry's texts are read later, by the report.
    first ??= Buffer.from(buffer.subarray(0, Math.min(count, count >= prelude ? prelude + buffer.readUInt32LE(4) : count)))
    size += count
    if (count < chunk) break
  }
  let head = first ?? Buffer.alloc(0)
  if (head.byteLength >= prelude && prelude + head.readUInt32LE(4) > head.byteLength) {
    const whole = Buffer.allocUnsafe(Math.min(size, prelude + head.readUInt32LE(4)))
    await file.readInto(whole, 0)
    head = whole
  }
  return {head, size}
}

function validHead(entries: unknown): entries is Head {
  return Array.isArray(entries) && entries.every((entry) => typeof entry?.id === 'string' && Array.isArray(entry.marks) && typeof entry.score === 'number' &&
    Number.isSafeInteger(entry.length) && entry.length >= 0)
}

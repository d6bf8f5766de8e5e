// A story's results as the cache stores them: a short head (each article's
// id, score, grade, finding marks and the length of its report text), then
// the texts one after another. Reading one checks the whole entry against
// its integrity and decodes the head only; a large entry's texts stay in the
// file (pipeline/held-file.ts) for the report to copy when it writes them.
import {createHash, type Hash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import v8 from 'node:v8'
import ssri from 'ssri'
import type {AssessedReport} from './corpus/assess-story.js'
import {bytesOf, HeldFile} from './held-file.js'

const magic = Buffer.from('CRS1')
/** Magic and the head's length. */
const prelude = 8

type Head = Array<Omit<AssessedReport, 'text'> & {length: number}>

/** The entry's bytes. */
export function encodeStoryEntry(results: AssessedReport[]): Buffer {
  const texts = results.map(({text}) => bytesOf(text))
  const head = v8.serialize(results.map(({text: _, ...rest}, index): Head[number] => ({...rest, length: texts[index].byteLength})))
  const start = Buffer.alloc(prelude)
  magic.copy(start)
  start.writeUInt32LE(head.byteLength, 4)
  return Buffer.concat([start, head, ...texts])
}

/** Entries at least this large keep their texts in the file, while files can be held. */
export const holdFrom = 1 << 20

/**
 * An entry's results, or null when it fails its integrity or is not one
 * (another tool's bytes, a truncated write). `integrity` and `storedSize` are
 * the store's (an SRI string; the size it wrote, which decides whether the file is held).
 */
export async function readStoryEntry(path: string, integrity: string, storedSize: number, options: {holdFrom?: number} = {}): Promise<AssessedReport[] | null> {
  const expected = ssri.parse(integrity)
  if (!expected) return null
  const algorithm = expected.pickAlgorithm()
  const hash = createHash(algorithm)
  const file = storedSize >= (options.holdFrom ?? holdFrom) ? HeldFile.open(path) : null
  let bytes: Buffer | null = null
  let size: number
  if (file) {
    size = await hashThrough(file, hash)
  } else {
    bytes = await readFile(path)
    hash.update(bytes)
    size = bytes.byteLength
  }
  if (!expected.match(`${algorithm}-${hash.digest('base64')}`)) return null
  const head = bytes ?? await readHead(file!)
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

/** Hashes a held file through, a chunk at a time; its size. */
async function hashThrough(file: HeldFile, hash: Hash): Promise<number> {
  const buffer = Buffer.allocUnsafe(chunk)
  for (let size = 0; ;) {
    const count = await file.readInto(buffer, size)
    hash.update(buffer.subarray(0, count))
    size += count
    if (count < chunk) return size
  }
}

/** A held entry's magic, head length and head (short where the file is); the length is trusted only after the magic. */
async function readHead(file: HeldFile): Promise<Buffer> {
  const start = Buffer.alloc(prelude)
  const count = await file.readInto(start, 0)
  if (count < prelude || !start.subarray(0, 4).equals(magic)) return start.subarray(0, count)
  const head = Buffer.allocUnsafe(prelude + start.readUInt32LE(4))
  return head.subarray(0, await file.readInto(head, 0))
}

function validHead(entries: unknown): entries is Head {
  return Array.isArray(entries) && entries.every((entry) => typeof entry?.id === 'string' && Array.isArray(entry.marks) && typeof entry.score === 'number' &&
    Number.isSafeInteger(entry.length) && entry.length >= 0)
}

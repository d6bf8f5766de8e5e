// A spill: byte records appended once and read back by reference. Up to a
// memory budget they stay in memory; past it they go to a temporary file,
// so a 100,000-article audit holds its facts and findings on disk, not in
// the heap. The file is unlinked as soon as it is open (where the system
// allows): nothing is left behind, even by a crash, and it is closed when
// the spill is closed or collected.
import {closeSync, openSync, readSync, unlinkSync, writeSync, writevSync} from 'node:fs'
import {randomBytes} from 'node:crypto'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import v8 from 'node:v8'

/** Where a record is: in memory (`index`) or in the file (`offset`, `length`). */
export type SpillRef = {index: number} | {offset: number; length: number}

/** What a spill may hold in memory before it writes to disk. */
export const defaultSpillBudget = 16 * 1024 * 1024

interface SpillFile {
  fd: number
  path: string
  /** Set where the file could not be unlinked while open (Windows): removed on close. */
  linked: boolean
  size: number
}

const closer = new FinalizationRegistry<SpillFile>((file) => closeFile(file))

function closeFile(file: SpillFile): void {
  try {
    closeSync(file.fd)
  } catch {
    // Already closed.
  }
  if (file.linked) {
    try {
      unlinkSync(file.path)
    } catch {
      // Already gone.
    }
  }
}

export class Spill {
  readonly #budget: number
  readonly #memory: Buffer[] = []
  #held = 0
  #file: SpillFile | null = null
  #closed = false

  constructor(budget = defaultSpillBudget) {
    this.#budget = budget
  }

  /** Bytes held on disk so far (0 while everything fits the budget). */
  get diskBytes(): number {
    return this.#file?.size ?? 0
  }

  put(bytes: Uint8Array): SpillRef {
    return this.putParts([bytes])
  }

  /** Parts stored as one record, without joining them first when they go to the file. */
  putParts(parts: Uint8Array[]): SpillRef {
    if (this.#closed) throw new Error('the spill is closed')
    const length = parts.reduce((sum, part) => sum + part.byteLength, 0)
    if (this.#held + length <= this.#budget) {
      this.#held += length
      // A part may be a view of a larger buffer: the record is copied so that it keeps only its own bytes.
      if (parts.length > 1) return {index: this.#memory.push(Buffer.concat(parts, length)) - 1}
      const [bytes] = parts
      return {index: this.#memory.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) - 1}
    }
    const file = (this.#file ??= this.#open())
    const offset = file.size
    let written = writevSync(file.fd, parts, offset)
    if (written < length) {
      // A short write (rare on a regular file): the rest, joined.
      const rest = Buffer.concat(parts, length).subarray(written)
      for (let done = 0; done < rest.byteLength;) done += writeSync(file.fd, rest, done, rest.byteLength - done, offset + written + done)
      written = length
    }
    file.size += length
    return {offset, length}
  }

  get(ref: SpillRef): Buffer {
    if (this.#closed) throw new Error('the spill is closed')
    if ('index' in ref) return this.#memory[ref.index]
    const buffer = Buffer.allocUnsafe(ref.length)
    let read = 0
    while (read < ref.length) {
      const count = readSync(this.#file!.fd, buffer, read, ref.length - read, ref.offset + read)
      if (count === 0) throw new Error('the spill file ended early')
      read += count
    }
    return buffer
  }

  /** A value as v8 serialises it (structured-clone types: no functions, no class instances). */
  putValue(value: unknown): SpillRef {
    return this.put(v8.serialize(value))
  }

  getValue<T>(ref: SpillRef): T {
    return v8.deserialize(this.get(ref)) as T
  }

  close(): void {
    if (this.#closed) return
    this.#closed = true
    this.#memory.length = 0
    if (this.#file) {
      closer.unregister(this)
      closeFile(this.#file)
    }
  }

  #open(): SpillFile {
    const path = join(tmpdir(), `corroborate-spill-${process.pid}-${randomBytes(6).toString('hex')}`)
    const fd = openSync(path, 'wx+', 0o600)
    let linked = true
    try {
      unlinkSync(path)
      linked = false
    } catch {
      // Kept until close where an open file cannot be unlinked.
    }
    const file = {fd, path, linked, size: 0}
    closer.register(this, file, this)
    return file
  }
}

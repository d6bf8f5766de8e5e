// Files held open so that a report can copy bytes straight from them: a
// cached story's report text stays in the cache's own file, checked once, and
// is read when a reporter writes it — not copied through memory into the
// report's spill (2 GB for 100,000 articles). The descriptor is opened when
// the file is checked and read through until the last slice of it is
// collected, so the bytes read are the bytes checked even if the cache is
// cleaned meanwhile. Only so many are held at once; past that the caller
// copies as before.
import {closeSync, openSync, read, readSync} from 'node:fs'
import {promisify} from 'node:util'

const readAt = promisify(read)

/** Files held at once at most: well under any system's descriptor limit. */
export const maxHeldFiles = 256

let held = 0
const closer = new FinalizationRegistry<number>((fd) => {
  held--
  try {
    closeSync(fd)
  } catch {
    // Already closed.
  }
})

export class HeldFile {
  readonly fd: number
  readonly path: string

  private constructor(fd: number, path: string) {
    this.fd = fd
    this.path = path
  }

  /** The file opened and held until it is collected; null when `maxHeldFiles` are held already. */
  static open(path: string): HeldFile | null {
    if (held >= maxHeldFiles) return null
    const file = new HeldFile(openSync(path, 'r'), path)
    held++
    closer.register(file, file.fd)
    return file
  }

  /** Fills `buffer` from `position`; fewer bytes only at the end of the file. */
  async readInto(buffer: Buffer, position: number): Promise<number> {
    let done = 0
    while (done < buffer.byteLength) {
      const {bytesRead} = await readAt(this.fd, buffer, done, buffer.byteLength - done, position + done)
      if (bytesRead === 0) break
      done += bytesRead
    }
    return done
  }
}

/** A run of bytes in a held file. */
export interface FileSlice {
  file: HeldFile
  offset: number
  length: number
}

export function isFileSlice(value: unknown): value is FileSlice {
  return typeof value === 'object' && value !== null && (value as FileSlice).file instanceof HeldFile
}

/** A report text's bytes: itself, or its slice read now. */
export function bytesOf(text: Uint8Array | FileSlice): Uint8Array {
  return isFileSlice(text) ? readSlice(text) : text
}

/** A slice's bytes, read now. */
export function readSlice(slice: FileSlice): Buffer {
  const buffer = Buffer.allocUnsafe(slice.length)
  let done = 0
  while (done < slice.length) {
    const count = readSync(slice.file.fd, buffer, done, slice.length - done, slice.offset + done)
    if (count === 0) throw new Error(`${slice.file.path} ended early: the cache changed while the report was written`)
    done += count
  }
  return buffer
}

// Sinks for reporters: a Node stream with backpressure (standard output, a
// file) or a folder whose files are written one at a time.
import {once} from 'node:events'
import {createWriteStream, mkdirSync} from 'node:fs'
import {dirname, resolve, sep} from 'node:path'
import type {Writable} from 'node:stream'
import {finished} from 'node:stream/promises'
import {writeFileAtomically, writeFolderAtomically} from '../pipeline/atomic-write.js'
import type {AuditReport} from '../pipeline/report-types.js'
import type {Reporter, ReporterOptions, Sink, Write} from './reporter.js'

/**
 * Writes to a stream, waiting for 'drain' when its buffer is full. A stream
 * error (a file that cannot be opened, a closed pipe) arrives as an event:
 * it is kept and thrown by the next write instead of crashing the process.
 */
export function streamWrite(stream: Writable): Write {
  let failure: Error | null = null
  stream.on('error', (error) => (failure ??= error))
  return (chunk) => {
    if (failure) throw failure
    if (!stream.write(chunk)) return once(stream, 'drain').then(() => undefined)
  }
}

async function close(stream: Writable): Promise<void> {
  stream.end()
  await finished(stream)
}

/**
 * A file stream's buffer: reporters write a report in many small pieces (six an article), and with the default 16 KB
 * every 16 KB waited for its own write to the disk — a 2 GB report took 20 s of waiting at 90 MB/s.
 */
const fileBuffer = 1024 * 1024

/** Writes `body` to a new file at `path`; the file is closed (or destroyed on failure) before this resolves. */
export async function writeFile(path: string, body: (write: Write) => Promise<void>): Promise<void> {
  mkdirSync(dirname(path), {recursive: true})
  const stream = createWriteStream(path, {highWaterMark: fileBuffer})
  try {
    await body(streamWrite(stream))
    await close(stream)
  } catch (error) {
    stream.destroy()
    throw error
  }
}

const noFiles = () => Promise.reject(new Error('this format writes one stream, not a folder'))
const noStream = () => {
  throw new Error('this format writes a folder: give --output DIR')
}

/** A single-file report on a stream (standard output stays open). */
export function streamSink(stream: Writable): Sink {
  return {write: streamWrite(stream), file: noFiles}
}

/** A directory report: files under `dir`, never outside it. */
export function directorySink(dir: string): Sink {
  const root = resolve(dir)
  return {
    write: noStream,
    file(name, body) {
      const path = resolve(root, name)
      if (!path.startsWith(root + sep)) return Promise.reject(new Error(`refusing to write outside ${root}: ${name}`))
      return writeFile(path, body)
    }
  }
}

/**
 * Runs `reporter` into standard output, a file, or a folder, as its output
 * kind asks. Files and folders are written aside and put in place when
 * complete (pipeline/atomic-write.ts): an interrupted run leaves the last report.
 */
export async function writeReport(reporter: Reporter, report: AuditReport, options: ReporterOptions, output: string | null, stdout: Writable): Promise<void> {
  if (reporter.output === 'directory') {
    if (!output) throw new Error('this format writes a folder: give --output DIR')
    return writeFolderAtomically(output, (staging) => reporter.write(report, options, directorySink(staging)))
  }
  if (output) return writeFileAtomically(output, (temporary) => writeFile(temporary, (write) => reporter.write(report, options, {write, file: noFiles})))
  return reporter.write(report, options, streamSink(stdout))
}

// Reports are written beside their destination under a temporary name and
// renamed into place when complete: a run that fails or is interrupted
// (SIGINT, SIGTERM) leaves the previous report as it was, never half of a new one.
import {createWriteStream, rmSync} from 'node:fs'
import {rename} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {finished} from 'node:stream/promises'

/** Temporary files being written now: removed if the process is interrupted. */
const pending = new Set<string>()

export type Write = (chunk: string) => Promise<void>

export async function writeAtomically(path: string, produce: (write: Write) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.corroborate-${process.pid}.tmp`)
  pending.add(temporary)
  const stream = createWriteStream(temporary)
  try {
    await produce(async (chunk) => {
      // Respect back-pressure: a 12,000-article report is written, not held.
      if (!stream.write(chunk)) await new Promise<void>((resolve, reject) => stream.once('drain', resolve).once('error', reject))
    })
    stream.end()
    await finished(stream)
    await rename(temporary, path)
  } catch (error) {
    stream.destroy()
    rmSync(temporary, {force: true})
    throw error
  } finally {
    pending.delete(temporary)
  }
}

/** On SIGINT or SIGTERM: remove half-written reports, say so, exit non-zero (130 or 143, as shells do). */
export function leaveReportsIntactOnInterrupt(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      for (const temporary of pending) rmSync(temporary, {force: true})
      process.stderr.write(`corroborate: interrupted (${signal}); no report was written, an earlier one is left as it was\n`)
      process.exit(code)
    })
  }
}

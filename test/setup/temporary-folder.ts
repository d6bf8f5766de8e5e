// Every temporary file or folder a test makes (its own, the CLI's, a
// browser's) goes under one folder made for the run, removed when the run
// ends, also when tests fail: `npm test` leaves nothing in the system's
// temporary folder. Child processes inherit TMPDIR.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export default function setup(): () => void {
  const previous = process.env.TMPDIR
  const folder = mkdtempSync(join(tmpdir(), 'corroborate-test-run-'))
  process.env.TMPDIR = folder
  return () => {
    rmSync(folder, {recursive: true, force: true})
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
  }
}

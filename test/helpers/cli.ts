// Runs the built CLI the way a user does.
import {execFile, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const cliPath = join(root, '.dist', 'pipeline', 'main.js')
export const schemaPath = join(root, '..', 'shared', 'report.schema.json')
export const hasSchema = existsSync(schemaPath)

/**
 * stderr without the progress line a run prints every ten seconds off a
 * terminal: whether a run lasts that long depends on the machine's load
 * (test/progress.test.ts tests the line itself).
 */
const withoutProgress = (stderr: string) => stderr.replace(/^corroborate: progress: .*\n/gm, '')

export function runCli(args: string[], cwd = root, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', ...env}})
  return {code: result.status, stdout: result.stdout, stderr: withoutProgress(result.stderr)}
}

/** The CLI without blocking the test process, so several runs can go at once. */
export function runCliAsync(args: string[], cwd = root): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath, ...args], {cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: {...process.env, NO_COLOR: '1'}}, (error, stdout, stderr) => {
      resolve({code: error ? ((error as {code?: number}).code ?? 1) : 0, stdout, stderr: withoutProgress(stderr)})
    })
  })
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'corroborate-'))
}

export function readJson<T = any>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

/** A JSON report without what differs between two runs of the same audit: when it ran, how long each stage took, what the cache held. */
export function timeless(report: any): any {
  return {...report, generatedAt: null, summary: {...report.summary, timings: null, cache: null}}
}

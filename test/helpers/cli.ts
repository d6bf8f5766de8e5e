// Runs the built CLI the way a user does.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const cliPath = join(root, '.dist', 'pipeline', 'cli.js')
export const schemaPath = join(root, '..', 'shared', 'report.schema.json')
export const hasSchema = existsSync(schemaPath)

export function runCli(args: string[], cwd = root, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', ...env}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'corroborate-'))
}

export function readJson<T = any>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

// Drives corroborate as a black box: write articles to a folder, run the CLI,
// read the JSON report back. Nothing here knows how the rules work.
import {spawn} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export interface Finding {
  ruleId: string
  category: string
  severity: 'error' | 'warning' | 'info'
  message: string
  start: {offset: number}
  end: {offset: number}
}

export interface ReportArticle {
  id: string
  path: string
  words?: number
  error?: string
  findings: Finding[]
}

// .dist/test/independent/audit.js -> .dist/pipeline/main.js (another checkout's may be passed in)
export const CLI = fileURLToPath(new URL('../../pipeline/main.js', import.meta.url))

/** Audit one folder; exit codes 0 and 1 are both a finished audit. */
export function runAudit(dir: string, output: string, cwd: string, cli = CLI): Promise<ReportArticle[]> {
  return new Promise((resolve, reject) => {
    // An empty config file: the defaults, whatever corroborate.yaml lies above the working directory.
    const config = join(cwd, 'defaults.yaml')
    writeFileSync(config, '{}\n')
    const child = spawn(process.execPath, [cli, 'audit', dir, '--format', 'json', '--output', output, '--config', config],
      {cwd, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => { stderr += chunk })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`corroborate exited ${code} on ${dir}: ${stderr.trim()}`))
      try {
        resolve((JSON.parse(readFileSync(output, 'utf8')) as {articles: ReportArticle[]}).articles)
      } catch (error) {
        reject(new Error(`unreadable report for ${dir}: ${(error as Error).message}`))
      }
    })
  })
}

export type Mode = 'one-corpus' | 'story-by-story'

let runs = 0

/**
 * Audit the given texts (article id -> text) in a mode and return each article's
 * report entry by id. The folders live under `root` and are removed afterwards.
 */
export async function auditTexts(texts: Map<string, string>, storyOf: Map<string, string>, mode: Mode,
  root: string, cli = CLI): Promise<Map<string, ReportArticle>> {
  const run = join(root, `run-${++runs}`)
  const groups = new Map<string, string[]>()
  for (const id of texts.keys()) {
    const group = mode === 'one-corpus' ? 'corpus' : storyOf.get(id)!
    if (!groups.has(group)) groups.set(group, [])
    groups.get(group)!.push(id)
  }
  try {
    for (const [group, ids] of groups) {
      mkdirSync(join(run, group), {recursive: true})
      for (const id of ids) writeFileSync(join(run, group, `${id}.txt`), texts.get(id)!)
    }
    const result = new Map<string, ReportArticle>()
    const queue = [...groups.keys()]
    // Small stories are audited on one thread each, so run a few at once.
    const workers = mode === 'one-corpus' ? 1 : Math.max(1, availableParallelism())
    await Promise.all(Array.from({length: workers}, async () => {
      for (let group; (group = queue.shift()) !== undefined;) {
        const articles = await runAudit(join(run, group), join(run, `${group}.json`), root, cli)
        for (const a of articles) result.set(a.id, a)
      }
    }))
    for (const id of texts.keys()) if (!result.has(id)) throw new Error(`article ${id} missing from the report`)
    return result
  } finally {
    rmSync(run, {recursive: true, force: true})
  }
}

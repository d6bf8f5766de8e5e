// An interrupted run (SIGINT, SIGTERM) leaves the previous report as it was,
// leaves no half-written file behind, and exits non-zero with a message.
import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cliPath, root} from './helpers/cli.js'

const seeds = readdirSync(join(root, 'corpus')).filter((name) => name.endsWith('.txt'))

describe('an interrupted audit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-interrupt-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))
  // Enough articles that the audit is still running when the signal comes.
  for (let copy = 0; copy < 60; copy++) {
    for (const seed of seeds) writeFileSync(join(dir, `${copy}-${seed}`), `${readFileSync(join(root, 'corpus', seed), 'utf8')}\n\nCopy ${copy}.\n`)
  }
  const previous = '{"previous": "report"}\n'

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`keeps the previous report on ${signal} and exits ${code}`, async () => {
      writeFileSync(join(dir, 'report.json'), previous)
      const child = spawn(process.execPath, [cliPath, 'audit', '.', '-j', '1', '--format', 'json', '--output', 'report.json'], {cwd: dir})
      let stderr = ''
      child.stderr.on('data', (chunk) => (stderr += chunk))
      setTimeout(() => child.kill(signal), 2500)
      const exit = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)))
      expect(exit).toBe(code)
      expect(stderr).toMatch(new RegExp(`interrupted \\(${signal}\\)`))
      expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(previous)
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
    }, 60_000)
  }
})

describe('a report folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-site-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('replaces only the files an earlier report wrote there', () => {
    for (const seed of seeds) writeFileSync(join(dir, seed), readFileSync(join(root, 'corpus', seed), 'utf8'))
    const site = join(dir, 'site')
    expect(spawnSync(process.execPath, [cliPath, 'audit', '.', '--format', 'html', '--output', 'site'], {cwd: dir}).status).toBe(0)
    writeFileSync(join(site, 'notes.html'), 'the editor’s own notes\n')
    const pages = readdirSync(join(site, 'articles')).sort()
    expect(pages).toHaveLength(seeds.length)
    // Audit fewer articles into the same folder: the pages of the others go, the notes stay.
    rmSync(join(dir, seeds[0]))
    expect(spawnSync(process.execPath, [cliPath, 'audit', '.', '--format', 'html', '--output', 'site'], {cwd: dir}).status).toBe(0)
    expect(readdirSync(join(site, 'articles')).sort()).toEqual(pages.filter((page) => !page.startsWith(seeds[0].replace(/\.txt$/, ''))))
    expect(readFileSync(join(site, 'notes.html'), 'utf8')).toBe('the editor’s own notes\n')
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  }, 120_000)
})

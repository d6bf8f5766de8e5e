// The layering holds (.dependency-cruiser.cjs): pipeline/ never imports
// rules/ or reports/ except in its composition root, no rule imports another
// rule, nothing is circular. And the check can fail: a small tree that breaks
// each rule is reported.
import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs')
const run = promisify(execFile)

async function cruise(cwd: string, config: string): Promise<{code: number; output: string}> {
  try {
    const {stdout} = await run(process.execPath, [bin, 'pipeline', 'rules', 'reports', '--config', config, '--output-type', 'err'], {cwd})
    return {code: 0, output: stdout}
  } catch (error) {
    const failed = error as {code: number; stdout: string; stderr: string}
    return {code: failed.code, output: failed.stdout + failed.stderr}
  }
}

describe('layers', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'corroborate-layers-'))
  afterAll(() => rmSync(fixture, {recursive: true, force: true}))

  it('has no forbidden import and no cycle', async () => {
    const {code, output} = await cruise(root, '.dependency-cruiser.cjs')
    expect(output).toContain('no dependency violations found')
    expect(code).toBe(0)
  }, 60_000)

  it('reports a pipeline module importing a rule, a rule importing another, and a cycle', async () => {
    const files: Record<string, string> = {
      'pipeline/audit.ts': "import {a} from '../rules/a/index.js'\nimport {b} from './b.js'\nexport const audit = [a, b]\n",
      'pipeline/b.ts': "import type {audit} from './audit.js'\nexport const b: typeof audit | null = null\n",
      'pipeline/cli.ts': "import {a} from '../rules/a/index.js'\nexport const cli = a\n",
      'rules/a/index.ts': "import {c} from '../c/index.js'\nexport const a = c\n",
      'rules/c/index.ts': 'export const c = 1\n',
      'reports/stylish.ts': 'export const stylish = 1\n'
    }
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(fixture, path)), {recursive: true})
      writeFileSync(join(fixture, path), text)
    }
    copyFileSync(join(root, '.dependency-cruiser.cjs'), join(fixture, '.dependency-cruiser.cjs'))
    writeFileSync(join(fixture, 'tsconfig.json'), JSON.stringify({compilerOptions: {module: 'NodeNext', moduleResolution: 'NodeNext'}, include: ['**/*.ts']}))
    const {code, output} = await cruise(fixture, '.dependency-cruiser.cjs')
    expect(code).not.toBe(0)
    expect(output).toMatch(/pipeline-not-rules: pipeline\/audit\.ts → rules\/a\/index\.ts/)
    expect(output).toMatch(/rule-not-other-rule: rules\/a\/index\.ts → rules\/c\/index\.ts/)
    expect(output).toMatch(/no-circular/)
    // The composition root may wire the rules in; a cycle through a type-only import counts.
    expect(output).not.toMatch(/pipeline\/cli\.ts → rules/)
    expect(output).toMatch(/no-circular: pipeline\/audit\.ts → \s*pipeline\/b\.ts →\s*pipeline\/audit\.ts/)
  }, 60_000)
})

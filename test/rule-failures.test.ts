// A rule that throws loses only its own findings: every other rule's are in
// the report, the failure is named on stderr and in the summary, and the exit
// status is 2 (a failure to audit, not a gate result).
import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readJson, root, runCli} from './helpers/cli.js'

const seeds = ['000_16e8999c50c67ddc', '001_94c4b291707b921f', '002_a510784a087fc86d', '003_6226eba5f95f2533', '004_52e893f36c60436a']

describe('rule failures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-failures-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('keep every other finding, name the rule and exit 2', () => {
    for (const id of seeds) copyFileSync(join(root, 'corpus', `${id}.txt`), join(dir, `${id}.txt`))
    writeFileSync(join(dir, 'boom.txt'), 'An article-boom story.\n\nThe mayor of Springfield said on Monday that the article-boom had passed.\n')
    const plain = runCli(['audit', dir, '--format', 'json', '--output', join(dir, 'plain.json')])
    const broken = runCli(['audit', dir, '--format', 'json', '--output', join(dir, 'broken.json'), '--rules', join(root, '.dist', 'test', 'fixtures', 'throwing-rules.js')])
    expect(plain.code).toBe(0)
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/rule `test-corpus-boom` failed on story .*: corpus rule exploded/)
    expect(broken.stderr).toMatch(/rule `test-article-boom` failed on boom: article rule exploded/)
    const before = readJson(join(dir, 'plain.json'))
    const after = readJson(join(dir, 'broken.json'))
    expect(after.summary.ruleFailures).toEqual(expect.arrayContaining([
      expect.objectContaining({ruleId: 'test-article-boom', article: 'boom', message: 'article rule exploded'}),
      expect.objectContaining({ruleId: 'test-corpus-boom', message: 'corpus rule exploded'})
    ]))
    // Every other rule's findings, on every article, are unchanged.
    const fingerprints = (report: {articles: Array<{id: string; findings: Array<{fingerprint: string}>}>}) =>
      report.articles.map((article) => [article.id, article.findings.map((finding) => finding.fingerprint)])
    expect(fingerprints(after)).toEqual(fingerprints(before))
    expect(before.summary.findings).toBeGreaterThan(50)
  }, 60_000)
})

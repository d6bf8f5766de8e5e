// A fingerprint names a finding across runs, for baselines: it must not move
// when lines shift or when unrelated articles join the corpus.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {auditTexts, testConfig} from './helpers/audit-text.js'

const seedIds = ['000_16e8999c50c67ddc', '001_94c4b291707b921f', '002_a510784a087fc86d', '003_6226eba5f95f2533', '004_52e893f36c60436a']
const seeds = Object.fromEntries(seedIds.map((id) => [id, readFileSync(new URL(`../corpus/${id}.txt`, import.meta.url), 'utf8')]))

const unrelated = `Council approves new budget for libraries

By Jane Hollis

The city council on Tuesday approved a budget that adds two million dollars for public libraries, after a debate that ran past midnight.

Councillor Maria Okafor said the money would keep six branches open on Sundays and pay for a mobile library that will visit care homes in the northern districts.

The budget also raises parking fees in the town centre by ten percent, a measure shopkeepers have opposed since it was first proposed in the spring.
`

describe('fingerprints', () => {
  it('stay the same when an unrelated article joins and every line of another article shifts', async () => {
    const config = testConfig()
    const before = await auditTexts(seeds, config)
    const shifted = {...seeds, [seedIds[1]]: `\n\n${seeds[seedIds[1]]}`, council: unrelated}
    const after = await auditTexts(shifted, config)
    expect(after.articles.find((article) => article.id === 'council')!.story).not.toBe(after.articles.find((article) => article.id === seedIds[0])!.story)
    for (const id of seedIds) {
      const old = before.articles.find((article) => article.id === id)!.findings
      const moved = after.articles.find((article) => article.id === id)!.findings
      expect(old.length, id).toBeGreaterThan(0)
      // The shifted article's findings really moved: its lines are two further down.
      if (id === seedIds[1]) expect(moved.map((finding) => finding.start.line)).toEqual(old.map((finding) => finding.start.line + 2))
      expect(moved.map((finding) => finding.fingerprint), id).toEqual(old.map((finding) => finding.fingerprint))
    }
  }, 60_000)

  it('of an article audited alone are kept when the rest of its story joins', async () => {
    const config = testConfig()
    const alone = await auditTexts({[seedIds[3]]: seeds[seedIds[3]]}, config)
    const together = await auditTexts(seeds, config)
    const own = alone.articles[0].findings
    const joined = together.articles.find((article) => article.id === seedIds[3])!.findings
    expect(own.length).toBeGreaterThan(3)
    // Corpus rules now report on it too; what it had alone keeps its fingerprints.
    expect(joined.length).toBeGreaterThan(own.length)
    expect(joined.map((finding) => finding.fingerprint)).toEqual(expect.arrayContaining(own.map((finding) => finding.fingerprint)))
  }, 60_000)

  it('tell apart two findings of one rule on the same words in different places', async () => {
    const report = await auditTexts({a: 'On Monday Cloudfare said it would act.\n\nLater, Cloudfare said nothing more.', b: 'On Monday Cloudflare said it would act.', c: 'The company Cloudflare said it would act on Monday.'}, testConfig(['name-spelling']), {stories: 'one'})
    const fingerprints = report.articles.find((article) => article.id === 'a')!.findings.map((finding) => finding.fingerprint)
    expect(fingerprints).toHaveLength(2)
    expect(new Set(fingerprints).size).toBe(2)
  })
})

// Stories and copy families: the corpus model every cross-article rule shares.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {buildCorpusModel} from '../pipeline/corpus/model.js'
import {buildArticle} from '../pipeline/load/index.js'
import type {ArticleResult, LoadedArticle} from '../pipeline/types.js'
import {articleStage, testAuditor, testConfig} from './helpers/audit-text.js'
import {hasEvaldata} from './helpers/evaldata.js'
import {bcubed, goldArticles} from './measure/stories.js'

const seedIds = ['000_16e8999c50c67ddc', '001_94c4b291707b921f', '002_a510784a087fc86d', '003_6226eba5f95f2533', '004_52e893f36c60436a']
const seed = (id: string) => readFileSync(new URL(`../corpus/${id}.txt`, import.meta.url), 'utf8')

async function facts(articles: LoadedArticle[]) {
  return ((await articleStage(articles)) as ArticleResult[]).map((result) => result.facts)
}

/** A wire text reprinted: another outlet's byline, one sentence changed, a credit line added. */
function reprint(text: string, outlet: string): string {
  const lines = text.split('\n')
  const body = lines.findIndex((line, index) => index > 3 && line.split(' ').length > 25)
  lines[body] = lines[body].replace(/\bsaid\b/, 'stated')
  return `---\noutlet: ${outlet}\n---\n${lines.join('\n')}\n\nThis story first appeared elsewhere.\n`
}

describe('stories', () => {
  it('keeps the five seed articles in one story, each its own family', async () => {
    const model = buildCorpusModel(await facts(seedIds.map((id) => buildArticle(id, `${id}.txt`, seed(id)))), {stories: 'auto'})
    expect(model.stories.map((story) => story.articles.map((article) => article.id))).toEqual([seedIds])
    expect(model.stories[0].families).toHaveLength(5)
  })

  it('takes a `story:` from front matter over the clustering, and `folder` and `one` as asked', async () => {
    const articles = seedIds.map((id, index) => buildArticle(id, `${index < 2 ? 'left' : 'right'}/${id}.txt`, index === 4 ? `---\nstory: hand-made\n---\n${seed(id)}` : seed(id)))
    const all = await facts(articles)
    const ids = (stories: Array<{id: string; articles: Array<{id: string}>}>) => stories.map((story) => [story.id, story.articles.map((article) => article.id)])
    expect(ids(buildCorpusModel(all, {stories: 'auto'}).stories)).toEqual([[seedIds[0], seedIds.slice(0, 4)], ['hand-made', [seedIds[4]]]])
    expect(ids(buildCorpusModel(all, {stories: 'folder'}).stories)).toEqual([['left', seedIds.slice(0, 2)], ['right', seedIds.slice(2)]])
    expect(ids(buildCorpusModel(all, {stories: 'one'}).stories)).toEqual([['corpus', seedIds]])
  })

  it('puts reprints of one text in one family and leaves other articles alone', async () => {
    const articles = [
      ...seedIds.map((id) => buildArticle(id, `${id}.txt`, seed(id))),
      buildArticle('003-a', '003-a.txt', reprint(seed(seedIds[3]), 'The Courier')),
      buildArticle('003-b', '003-b.txt', reprint(seed(seedIds[3]), 'The Herald'))
    ]
    const model = buildCorpusModel(await facts(articles), {stories: 'auto'})
    expect(model.stories).toHaveLength(1)
    const families = model.stories[0].families.map((family) => family.members.map((member) => member.id).sort())
    expect(families).toContainEqual(['003-a', '003-b', seedIds[3]].sort())
    expect(families).toHaveLength(5)
  })

  it('finds on each reprint what it finds on the text audited once, and counts the reprints as one source', async () => {
    const config = testConfig()
    const once = await testAuditor(config).auditArticles(seedIds.map((id) => buildArticle(id, `${id}.txt`, seed(id))))
    const copies = ['The Courier', 'The Herald', 'The Ledger']
    const articles = seedIds.flatMap((id) => [buildArticle(id, `${id}.txt`, seed(id)), ...copies.map((outlet, n) => buildArticle(`${id}-${n}`, `${id}-${n}.txt`, reprint(seed(id), outlet)))])
    const reprinted = await testAuditor(config).auditArticles(articles)
    // Corpus findings (votes, evidence) and article findings alike, away from the edits; rules about
    // copying itself (shared headlines, copied text) and the added front matter and credit line aside.
    const aside = new Set(['unattributed-copy', 'reused-headline', 'page-chrome', 'malformed-metadata'])
    const shape = (finding: {ruleId: string; message: string; actual?: string}) => `${finding.ruleId} ${finding.actual} ${finding.message}`
    const comparable = (findings: Array<{ruleId: string; message: string; actual?: string}>) =>
      findings.filter((finding) => !aside.has(finding.ruleId) && !/\b(said|stated|elsewhere)\b/.test(finding.actual ?? '')).map(shape).sort()
    for (const id of seedIds) {
      const expected = comparable(once.articles.find((article) => article.id === id)!.findings)
      expect(expected.length, id).toBeGreaterThan(3)
      for (const copy of [id, ...copies.map((_, n) => `${id}-${n}`)]) {
        expect(comparable(reprinted.articles.find((article) => article.id === copy)!.findings), copy).toEqual(expected)
      }
    }
  }, 120_000)

  it.skipIf(!hasEvaldata)('groups NewsWCL50 events and ECB+ sub-topics audited as one corpus with B-cubed precision and recall ≥ 0.90', async () => {
    const gold = goldArticles()
    const model = buildCorpusModel(await facts(gold.map((article) => article.loaded)), {stories: 'auto'})
    const score = bcubed(gold.map((article) => ({gold: article.gold, story: model.storyOf.get(article.loaded.id)!.id})))
    console.log(`stories: ${model.stories.length} for ${new Set(gold.map((article) => article.gold)).size} gold events; B-cubed precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`)
    expect(score.precision).toBeGreaterThanOrEqual(0.9)
    expect(score.recall).toBeGreaterThanOrEqual(0.9)
  }, 120_000)
})

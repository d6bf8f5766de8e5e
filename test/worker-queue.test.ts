// A worker's time limit counts the batch's own running, never its wait
// behind other batches: with every batch handed to the pool at once, the last
// ones timed out in the queue, and a busy machine lost 309 of 2,000 articles.
import {describe, expect, it} from 'vitest'
import {runArticleStage} from '../pipeline/article/stage.js'
import {buildArticle} from '../pipeline/load/index.js'
import {testConfig} from './helpers/audit-text.js'

const fixture = new URL('../.dist/test/fixtures/stalling-rules.js', import.meta.url).href

describe('the worker pool', () => {
  it('times each batch from its start, not from when it was queued', async () => {
    // 16 articles of 300 ms in batches of two: each batch runs 0.6 s, under the
    // 1 s limit, while the last ones wait about 3 s for a worker.
    const articles = Array.from({length: 16}, (_, index) => buildArticle(`slow-${index}`, `slow-${index}.txt`, `A slow article ${index}.\n\narticle-slow\n`))
    const config = {...testConfig([]), articleTimeLimit: 1}
    config.rules['test-stall'] = {severity: 'warning', options: {}}
    const results = await runArticleStage(articles, config, 2, {
      rules: [],
      rulesModules: [fixture],
      limits: {batchArticles: 2, warmUpMs: 0, batchSlackMs: 0}
    })
    expect(results.filter((result) => 'error' in result && result.error)).toEqual([])
    expect(results).toHaveLength(16)
  }, 60_000)
})

// The consistency rules on real clusters from ../shared/evaldata (skipped when
// absent): warnings per article on untouched clusters, and recall on injected
// changes (a number, year, weekday, date, title, age, place or a word inside a
// quotation that another article of the cluster states the same). A third of
// the clusters, to keep the suite quick; the full figures come from
// `node .dist/test/consistency/measure.js`. The quiet threshold is the issue's
// (≤ 0.2 warnings/errors per article); the recall threshold is a regression
// guard a little under the level this third reaches (76.6 % at any severity,
// places included; the full set is over 80 % on the kinds).
import {describe, expect, it} from 'vitest'
import {hasEvaldata} from './helpers/evaldata.js'
import {measureQuiet, measureRecall} from './consistency/inject.js'
import {evaldataClusters} from './consistency/measure.js'

describe.skipIf(!hasEvaldata)('consistency rules on ECB+ and NewsWCL50 clusters', () => {
  const clusters = hasEvaldata ? evaldataClusters().filter((_, index) => index % 3 === 0) : []

  it('stays quiet on untouched clusters', async () => {
    const quiet = await measureQuiet(clusters)
    console.log(`untouched: ${quiet.articles} articles, ${quiet.findings} warnings/errors, ${quiet.perArticle.toFixed(3)} per article, ${quiet.per1000Words.toFixed(3)} per 1,000 words`)
    expect(quiet.articles).toBeGreaterThan(300)
    expect(quiet.perArticle).toBeLessThanOrEqual(0.2)
  }, 120_000)

  it('finds injected changes to values another article states', async () => {
    const recall = await measureRecall(clusters, 2)
    console.log(`recall: ${recall.found}/${recall.injected} = ${(100 * recall.recall).toFixed(1)} % (warning/error: ${(100 * recall.recallAsWarning).toFixed(1)} %)`, JSON.stringify(recall.byKind))
    expect(recall.injected).toBeGreaterThan(100)
    expect(recall.recall).toBeGreaterThanOrEqual(0.72)
    expect(recall.byKind.quote.found / recall.byKind.quote.injected).toBeGreaterThanOrEqual(0.8)
  }, 600_000)
})

// Prints the consistency rules' figures on real clusters from ../shared/evaldata,
// for the whole evaldata audited as one corpus next to story by story:
// recall on injected changes and warnings per article on untouched clusters.
//   npx tsc -p . && node .dist/pipeline/copy-assets.js && node .dist/test/consistency/measure.js [--mode "one corpus"]
import {hasEvaldata} from '../helpers/evaldata.js'
import {evaldataClusters, modes, type Mode} from '../measure/corpora.js'
import {measureQuiet, measureRecall} from './inject.js'

export {evaldataClusters}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!hasEvaldata) {
    console.log('no ../shared/evaldata: nothing to measure')
  } else {
    const clusters = evaldataClusters()
    const asked = process.argv.indexOf('--mode')
    for (const mode of asked > 0 ? [process.argv[asked + 1] as Mode] : modes) {
      console.log(`== ${mode}`)
      let started = Date.now()
      const quiet = await measureQuiet(clusters, mode)
      console.log(`untouched: ${clusters.length} clusters, ${quiet.articles} articles, ${quiet.words} words: ${quiet.findings} consistency warnings/errors = ${quiet.perArticle.toFixed(3)} per article, ${quiet.per1000Words.toFixed(3)} per 1,000 words; ${quiet.infos} info (${Date.now() - started} ms)`)
      started = Date.now()
      const recall = await measureRecall(clusters, 3, mode)
      for (const [kind, entry] of Object.entries(recall.byKind)) {
        console.log(`recall ${kind}: ${entry.found}/${entry.injected} = ${(100 * entry.found / entry.injected).toFixed(1)} % (as warning/error: ${entry.foundAsWarning})`)
      }
      // Places are weak (no gazetteer to tell Athens within Greece): shown apart from the other kinds.
      const kinds = Object.entries(recall.byKind).filter(([kind]) => kind !== 'place')
      const injected = kinds.reduce((sum, [, entry]) => sum + entry.injected, 0)
      const found = kinds.reduce((sum, [, entry]) => sum + entry.found, 0)
      console.log(`recall without places: ${found}/${injected} = ${(100 * found / injected).toFixed(1)} %`)
      console.log(`recall overall: ${recall.found}/${recall.injected} = ${(100 * recall.recall).toFixed(1)} % at any severity, ${(100 * recall.recallAsWarning).toFixed(1)} % as warning/error (${Date.now() - started} ms)`)
    }
  }
}

// What the name rules cost, against a bare retext-english parse of the same
// texts (NewsWCL50 + ECB+ from ../shared/evaldata), warm, in one thread:
// - article stage: the entities extractor plus the article-a-an and
//   word-spelling plugins, run on trees already parsed;
// - corpus stage: name-spelling, name-variant and ticker-spinning over the
//   clusters' facts.
// One-off loads (dictionary-en ~0.4 s, the name lists) are reported apart.
// Run: npx tsc -p . && node .dist/pipeline/copy-assets.js && node .dist/test/bench/names.js
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {articleBlocks} from '../../pipeline/article/parse-blocks.js'
import {extractEntities} from '../../pipeline/extract/entities.js'
import {extractSentences} from '../../pipeline/extract/sentences.js'
import {buildArticle} from '../../pipeline/load/index.js'
import {createLocator} from '../../pipeline/location.js'
import {corpusNames} from '../../pipeline/names/corpus-names.js'
import {ClaimIndex} from '../../pipeline/corpus/claims/align.js'
import {ShingleIndex} from '../../pipeline/corpus/shingles.js'
import type {CorpusContext} from '../../pipeline/rule.js'
import type {ArticleFacts, LoadedArticle} from '../../pipeline/types.js'
import {englishSpeller} from '../../pipeline/names/dictionary.js'
import {shippedNames} from '../../pipeline/names/gazetteer.js'
import {articleAAn} from '../../rules/article-a-an/index.js'
import {nameSpelling} from '../../rules/name-spelling/index.js'
import {nameVariant} from '../../rules/name-variant/index.js'
import {tickerSpinning} from '../../rules/ticker-spinning/index.js'
import {wordSpelling} from '../../rules/word-spelling/index.js'
import {realClusters} from '../measure/names.js'
import * as v from 'valibot'

export interface NamesBench {
  bytes: number
  parseMs: number
  extractMs: number
  articleRulesMs: number
  corpusRulesMs: number
  /** Everything the name rules add, over the bare parse. */
  ratio: number
  loadMs: number
}

function fileFor(article: LoadedArticle): VFile {
  return new VFile({
    path: article.path,
    value: article.text,
    data: {article: {id: article.id, meta: article.meta, blocks: article.blocks, locate: createLocator(article.text), problems: []}, facts: {}}
  })
}

export function benchNames(rounds = 5): NamesBench {
  let started = performance.now()
  englishSpeller()
  shippedNames()
  const loadMs = performance.now() - started

  const clusters = realClusters().map((cluster) => Object.entries(cluster.articles).map(([id, text]) => buildArticle(id, `${id}.txt`, text)))
  const articles = clusters.flat()
  const bytes = articles.reduce((sum, article) => sum + article.text.length, 0)
  const parser = unified().use(retextEnglish).use(articleBlocks).freeze()
  const sentences = extractSentences()
  const entities = extractEntities()
  const aAn = articleAAn.plugin({})
  const spelling = wordSpelling.plugin(v.parse(wordSpelling.meta.options, {}))
  const context = (facts: ArticleFacts[]): CorpusContext => ({
    articles: facts,
    story: {id: 'bench', articles: facts.length, families: facts.length},
    names: () => corpusNames(facts),
    claims: () => new ClaimIndex(facts),
    shingles: () => new ShingleIndex(facts),
    reference: () => null,
    families: () => facts.map((article) => ({id: article.id, representative: article, members: [article]})),
    findings: () => [],
    entities: [],
    report: () => undefined,
    prints: () => 1,
    evidence: (article, start, end) => ({article, text: '', start: {line: 1, column: 1, offset: start}, end: {line: 1, column: 1, offset: end}})
  })

  const best = {parse: Infinity, extract: Infinity, rules: Infinity, corpus: Infinity}
  for (let round = 0; round < rounds; round++) {
    let parse = 0
    let extract = 0
    let rules = 0
    const factsByCluster: ArticleFacts[][] = []
    for (const cluster of clusters) {
      const facts: ArticleFacts[] = []
      for (const article of cluster) {
        const file = fileFor(article)
        started = performance.now()
        const tree = parser.parse(file) as Root
        parse += performance.now() - started
        sentences(tree, file)
        started = performance.now()
        entities(tree, file)
        extract += performance.now() - started
        started = performance.now()
        aAn(tree, file)
        spelling(tree, file)
        rules += performance.now() - started
        const draft = file.data.facts!
        facts.push({id: article.id, path: article.path, text: article.text, meta: article.meta, words: draft.words ?? 0, headings: [], sentences: draft.sentences ?? [], entities: draft.entities, extra: {}})
      }
      factsByCluster.push(facts)
    }
    started = performance.now()
    for (const facts of factsByCluster) {
      const corpus = context(facts)
      nameSpelling.run(corpus, v.parse(nameSpelling.meta.options, {}))
      nameVariant.run(corpus, v.parse(nameVariant.meta.options, {}))
      tickerSpinning.run(corpus, v.parse(tickerSpinning.meta.options, {}))
    }
    const corpus = performance.now() - started
    best.parse = Math.min(best.parse, parse)
    best.extract = Math.min(best.extract, extract)
    best.rules = Math.min(best.rules, rules)
    best.corpus = Math.min(best.corpus, corpus)
  }
  return {
    bytes,
    parseMs: best.parse,
    extractMs: best.extract,
    articleRulesMs: best.rules,
    corpusRulesMs: best.corpus,
    ratio: (best.extract + best.rules + best.corpus) / best.parse,
    loadMs
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = benchNames()
  const mb = figures.bytes / 1e6
  console.log(`texts: ${mb.toFixed(2)} MB (NewsWCL50 + ECB+), best of 5 warm rounds, one thread`)
  console.log(`bare retext-english parse: ${figures.parseMs.toFixed(0)} ms (${(mb / (figures.parseMs / 1000)).toFixed(2)} MB/s)`)
  console.log(`entities extractor: ${figures.extractMs.toFixed(0)} ms (${(figures.extractMs / figures.parseMs).toFixed(3)}× parse)`)
  console.log(`article-a-an + word-spelling: ${figures.articleRulesMs.toFixed(0)} ms (${(figures.articleRulesMs / figures.parseMs).toFixed(3)}× parse)`)
  console.log(`name-spelling + name-variant + ticker-spinning (corpus stage): ${figures.corpusRulesMs.toFixed(0)} ms (${(figures.corpusRulesMs / figures.parseMs).toFixed(3)}× parse)`)
  console.log(`name rules in all: ${figures.ratio.toFixed(3)}× a bare parse`)
  console.log(`one-off loads (dictionary-en, name lists): ${figures.loadMs.toFixed(0)} ms`)
}

// How well the corpus model groups articles into stories, against gold
// events: NewsWCL50's 10 events and ECB+'s 86 sub-topics (two events per
// topic, told in like words), all 1,032 articles audited as one corpus.
//   npx tsc -p . && node .dist/test/measure/stories.js
import {buildCorpusModel} from '../../pipeline/corpus/model.js'
import {buildArticle} from '../../pipeline/load/index.js'
import type {ArticleResult, LoadedArticle} from '../../pipeline/types.js'
import {articleStage} from '../helpers/audit-text.js'
import {ecbplusTopics, hasEvaldata, newswcl50Events} from '../helpers/evaldata.js'

export interface GoldArticle {
  gold: string
  loaded: LoadedArticle
}

/** Every NewsWCL50 and ECB+ article with its gold event, under a flat unique id. */
export function goldArticles(): GoldArticle[] {
  const articles: GoldArticle[] = []
  for (const event of newswcl50Events()) {
    for (const [id, text] of Object.entries(event.articles)) articles.push({gold: `newswcl50/${event.event}`, loaded: buildArticle(`newswcl50-${event.event}-${id}`, `newswcl50-${event.event}-${id}.txt`, text)})
  }
  for (const topic of ecbplusTopics()) {
    for (const [id, text] of Object.entries(topic.articles)) articles.push({gold: `ecbplus/${topic.topic}/${topic.set}`, loaded: buildArticle(`ecbplus-${topic.topic}-${topic.set}-${id}`, `ecbplus-${topic.topic}-${topic.set}-${id}.txt`, text)})
  }
  return articles
}

/** B-cubed precision and recall of a clustering against gold classes (Bagga and Baldwin). */
export function bcubed(items: Array<{gold: string; story: string}>): {precision: number; recall: number} {
  const byStory = new Map<string, Map<string, number>>()
  const byGold = new Map<string, number>()
  for (const {gold, story} of items) {
    const golds = byStory.get(story) ?? new Map<string, number>()
    golds.set(gold, (golds.get(gold) ?? 0) + 1)
    byStory.set(story, golds)
    byGold.set(gold, (byGold.get(gold) ?? 0) + 1)
  }
  let precision = 0
  let recall = 0
  for (const {gold, story} of items) {
    const golds = byStory.get(story)!
    const both = golds.get(gold)!
    precision += both / [...golds.values()].reduce((sum, count) => sum + count, 0)
    recall += both / byGold.get(gold)!
  }
  return {precision: precision / items.length, recall: recall / items.length}
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!hasEvaldata) console.log('no ../shared/evaldata: nothing to measure')
  else {
    const gold = goldArticles()
    const facts = ((await articleStage(gold.map((article) => article.loaded))) as ArticleResult[]).map((result) => result.facts)
    const started = performance.now()
    const model = buildCorpusModel(facts, {stories: 'auto'})
    const ms = performance.now() - started
    const score = bcubed(gold.map((article) => ({gold: article.gold, story: model.storyOf.get(article.loaded.id)!.id})))
    const golds = new Set(gold.map((article) => article.gold)).size
    console.log(`${gold.length} articles, ${golds} gold events → ${model.stories.length} stories, ${model.stories.reduce((sum, story) => sum + story.families.length, 0)} copy families (${ms.toFixed(0)} ms)`)
    console.log(`B-cubed precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`)
    // Which gold events are split or merged, for tuning.
    const storiesOf = new Map<string, Set<string>>()
    for (const article of gold) storiesOf.set(article.gold, (storiesOf.get(article.gold) ?? new Set()).add(model.storyOf.get(article.loaded.id)!.id))
    const split = [...storiesOf].filter(([, stories]) => stories.size > 1)
    console.log(`gold events split over several stories: ${split.length}; stories holding several gold events: ${model.stories.filter((story) => new Set(story.articles.map((article) => gold.find((each) => each.loaded.id === article.id)!.gold)).size > 1).length}`)
  }
}

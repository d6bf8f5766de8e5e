// A story's finished results, cached: a story's findings and scores depend
// only on its own articles (rules never see another story), the families
// they form, the config and the code. So when ten articles join a corpus of
// thousands, only the stories they join are compared again, and an unchanged
// story needs neither its articles' facts nor a worker.
import PQueue from 'p-queue'
import {hashOf} from '../hash.js'
import type {Member, Story} from './model.js'
import type {StoryOutput} from './assess-story.js'

/** A story's finished articles (findings and scorecards), as the cache keeps them. */
export type StoryResults = StoryOutput['articles']

export interface StoryCache {
  get(key: string): Promise<StoryResults | undefined>
  set(key: string, results: StoryResults): Promise<void>
}

export interface StoryCaching {
  store: StoryCache
  /** What every story's result depends on besides its articles: the config, the rules, the code. */
  scope: string
  /** The content key of an article (its text, metadata and the article stage's own key). */
  articleKey: (id: string) => string
}

/** A key that changes when anything the story's rules see changes: its id, its families, its members' contents. */
export function storyKey<T extends Member>(story: Story<T>, caching: StoryCaching): string {
  return hashOf(caching.scope, story.id, story.families.map((family) => [
    family.id,
    family.representative.id,
    family.members.map((member) => [member.id, caching.articleKey(member.id)])
  ]))
}

/** Stories read ahead of the one being assessed: a story's results can be tens of megabytes. */
const readAhead = 4

/**
 * Every story's key, and its cached results when asked for, in the order the
 * stories are assessed: a few are read ahead, none is held after it is taken.
 */
export function storyLookups<T extends Member>(stories: Array<Story<T>>, caching: StoryCaching): {key: (index: number) => string; results: (index: number) => Promise<StoryResults | undefined>} {
  const keys = stories.map((story) => storyKey(story, caching))
  const reads = new Map<number, Promise<StoryResults | undefined>>()
  const start = (index: number) => {
    if (index < keys.length && !reads.has(index)) reads.set(index, caching.store.get(keys[index]).catch(() => undefined))
  }
  return {
    key: (index) => keys[index],
    results(index) {
      for (let ahead = index; ahead <= index + readAhead; ahead++) start(ahead)
      const read = reads.get(index)!
      reads.delete(index)
      return read
    }
  }
}

/**
 * Remembers a story's results, unless a rule threw on it: then it is
 * compared afresh next time, not remembered without that rule's findings. A
 * store that cannot be written costs speed, never the audit.
 */
export function rememberStory(store: StoryCache, key: string, output: StoryOutput): Promise<void> {
  return output.failures.length > 0 ? Promise.resolve() : store.set(key, output.articles).catch(() => undefined)
}

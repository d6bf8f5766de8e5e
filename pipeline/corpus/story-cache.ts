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
  /** Whether the store lists results for a key, without reading them (a corrupt entry is found by `get`). */
  has?(key: string): Promise<boolean>
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

export interface StoryLookups {
  key: (index: number) => string
  /** The stories' indices in the order to assess them: those the store does not list first. */
  order: () => Promise<number[]>
  /** A story's cached results; asked in `order`, a few are read ahead and none is held after it is taken. */
  results: (index: number) => Promise<StoryResults | undefined>
}

export function storyLookups<T extends Member>(stories: Array<Story<T>>, caching: StoryCaching): StoryLookups {
  const keys = stories.map((story) => storyKey(story, caching))
  const reads = new Map<number, Promise<StoryResults | undefined>>()
  let sequence = keys.map((_, index) => index)
  const position = new Map<number, number>()
  const start = (index: number) => {
    if (!reads.has(index)) reads.set(index, caching.store.get(keys[index]).catch(() => undefined))
  }
  return {
    key: (index) => keys[index],
    // A story to compare goes to a worker at once: compared while this thread takes the others from the cache, not
    // after them (ten new articles joining the last story kept a 100,000-article re-audit waiting 10 s at its end).
    async order() {
      const has = caching.store.has?.bind(caching.store)
      if (has) {
        const listed = await Promise.all(keys.map((key) => has(key).catch(() => false)))
        sequence = [...sequence.filter((index) => !listed[index]), ...sequence.filter((index) => listed[index])]
      }
      sequence.forEach((index, at) => position.set(index, at))
      return sequence
    },
    results(index) {
      const at = position.get(index) ?? index
      for (const ahead of sequence.slice(at, at + readAhead + 1)) start(ahead)
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

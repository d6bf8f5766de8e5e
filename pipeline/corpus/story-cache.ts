// The corpus stage's results for a story, cached: a story's findings depend
// only on its own articles (rules never see another story), the families they
// form, the config and the code. So when ten articles join a corpus of
// thousands, only the stories they join are compared again.
import PQueue from 'p-queue'
import {hashOf} from '../hash.js'
import type {DraftFinding} from '../types.js'
import type {Member, Story} from './model.js'

/** A story's corpus findings, by article id. */
export type StoryDrafts = Array<[string, DraftFinding[]]>

export interface StoryCache {
  get(key: string): Promise<StoryDrafts | undefined>
  set(key: string, drafts: StoryDrafts): Promise<void>
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

/** Every story's key and cached drafts, read ahead a few at a time. */
export async function cachedStories<T extends Member>(stories: Array<Story<T>>, caching: StoryCaching): Promise<Array<{key: string; drafts: StoryDrafts | undefined}>> {
  const reads = new PQueue({concurrency: 32})
  return Promise.all(stories.map((story) => reads.add(async () => {
    const key = storyKey(story, caching)
    return {key, drafts: await caching.store.get(key).catch(() => undefined)}
  }) as Promise<{key: string; drafts: StoryDrafts | undefined}>))
}

/** A story's corpus findings as the cache keeps them: the articles that have any. */
export function storyDrafts(drafts: ReadonlyMap<string, DraftFinding[]>): StoryDrafts {
  return [...drafts].filter(([, found]) => found.length > 0)
}

/**
 * Remembers a story's corpus findings, unless a rule threw on it: then it is
 * compared afresh next time, not remembered without that rule's findings. A
 * store that cannot be written costs speed, never the audit.
 */
export function rememberStory(store: StoryCache, key: string, drafts: StoryDrafts, failures: number): Promise<void> {
  return failures > 0 ? Promise.resolve() : store.set(key, drafts).catch(() => undefined)
}

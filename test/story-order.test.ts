// The corpus stage takes the stories the cache does not hold first, so that
// their comparison runs in a worker while the cached ones are read; the
// cached results are still read ahead in that order and each read once.
import {describe, expect, it} from 'vitest'
import type {Member, Story} from '../pipeline/corpus/model.js'
import {storyLookups, type StoryCache, type StoryResults} from '../pipeline/corpus/story-cache.js'

const story = (id: string): Story<Member> => {
  const article: Member = {id: `${id}-a`, path: `${id}/a.txt`, meta: {story: undefined}}
  return {id, articles: [article], families: [{id: `${id}-f`, representative: article, members: [article]}]}
}

/** A store holding results for the stories named, counting its reads. */
function store(held: string[], stories: Array<Story<Member>>, withHas: boolean) {
  const reads: string[] = []
  const results = new Map<string, StoryResults>()
  const lookups = storyLookups(stories, {store: {} as StoryCache, scope: 's', articleKey: (id) => `k-${id}`})
  stories.forEach((each, index) => {
    if (held.includes(each.id)) results.set(lookups.key(index), [])
  })
  const cache: StoryCache = {
    async get(key) {
      reads.push(key)
      return results.get(key)
    },
    async set() {},
    ...(withHas ? {has: async (key: string) => results.has(key)} : {})
  }
  return {cache, reads, keyOf: (index: number) => lookups.key(index)}
}

describe('story lookups', () => {
  const stories = ['s0', 's1', 's2', 's3', 's4', 's5', 's6'].map(story)

  it('orders the stories the store does not list first, the others as they come', async () => {
    const {cache} = store(['s0', 's1', 's3', 's4', 's6'], stories, true)
    const lookups = storyLookups(stories, {store: cache, scope: 's', articleKey: (id) => `k-${id}`})
    expect(await lookups.order()).toEqual([2, 5, 0, 1, 3, 4, 6])
  })

  it('keeps the stories in order when the store cannot say what it holds', async () => {
    const {cache} = store(['s0', 's1'], stories, false)
    const lookups = storyLookups(stories, {store: cache, scope: 's', articleKey: (id) => `k-${id}`})
    expect(await lookups.order()).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  it('reads each story once, ahead in the order given, and finds the held ones', async () => {
    const {cache, reads, keyOf} = store(['s0', 's1', 's3', 's4', 's6'], stories, true)
    const lookups = storyLookups(stories, {store: cache, scope: 's', articleKey: (id) => `k-${id}`})
    const order = await lookups.order()
    const found: boolean[] = []
    for (const index of order) found.push((await lookups.results(index)) !== undefined)
    expect(found).toEqual([false, false, true, true, true, true, true])
    expect(reads.toSorted()).toEqual(stories.map((_, index) => keyOf(index)).toSorted())
    // The first reads follow the order: the two to compare, then the cached ones after them.
    expect(reads.slice(0, 3)).toEqual([keyOf(2), keyOf(5), keyOf(0)])
  })
})

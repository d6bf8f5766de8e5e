// The corpus model every cross-article rule shares, built once per audit:
// copy families first (a reprint is one text), then stories over one article
// per family. A story is the unit of comparison: evidence and votes come only
// from an article's own story, so what else shares the folder changes
// nothing.
import {posix} from 'node:path'
import type {ArticleFacts, StoryMode} from '../types.js'
import {defaultFamilyOptions, findFamilies, type Family} from './families.js'
import {clusterStories, defaultStoryOptions, type StoryOptions} from './stories.js'


export interface Story {
  id: string
  /** Every article of the story, by path. */
  articles: ArticleFacts[]
  families: Family[]
}

export interface CorpusModel {
  stories: Story[]
  storyOf: Map<string, Story>
  familyOf: Map<string, Family>
}

export interface ModelOptions {
  stories: StoryMode
  clustering?: StoryOptions
}

const folderOf = (article: ArticleFacts) => posix.dirname(article.path.replace(/\\/g, '/'))

export function buildCorpusModel(articles: ArticleFacts[], options: ModelOptions): CorpusModel {
  const group = options.stories === 'folder' ? folderOf : options.stories === 'one' ? () => '' : (article: ArticleFacts) => article.meta.story ?? ''
  const families = findFamilies(articles, {...defaultFamilyOptions, group})
  const groups = new Map<string, Family[]>()
  const unassigned: Family[] = []
  for (const family of families) {
    const key = group(family.representative)
    if (options.stories === 'auto' && key === '') unassigned.push(family)
    else groups.set(key, [...(groups.get(key) ?? []), family])
  }
  const stories: Story[] = [...groups].map(([key, members]) => story(options.stories === 'one' ? 'corpus' : key, members))
  if (unassigned.length > 0) {
    for (const indices of clusterStories(unassigned.map((family) => family.representative.profile), options.clustering ?? defaultStoryOptions)) {
      const members = indices.map((index) => unassigned[index])
      stories.push(story(null, members))
    }
  }
  stories.sort((a, b) => a.articles[0].path.localeCompare(b.articles[0].path))
  const storyOf = new Map<string, Story>()
  const familyOf = new Map<string, Family>()
  for (const each of stories) {
    for (const family of each.families) {
      for (const member of family.members) {
        familyOf.set(member.id, family)
        member.family = family.id
      }
    }
    for (const article of each.articles) storyOf.set(article.id, each)
  }
  return {stories, storyOf, familyOf}
}

function story(id: string | null, families: Family[]): Story {
  const articles = families.flatMap((family) => family.members).sort((a, b) => a.path.localeCompare(b.path))
  families.sort((a, b) => a.members[0].path.localeCompare(b.members[0].path))
  // An automatic story is named after its first article: readable, and stable while that article stays.
  return {id: id ?? articles[0].id, articles, families}
}

// The corpus model every cross-article rule shares, built once per audit:
// copy families first (a reprint is one text), then stories over one article
// per family. A story is the unit of comparison: evidence and votes come only
// from an article's own story, so what else shares the folder changes
// nothing. The model is built over members — articles' facts, or summaries
// whose facts wait on disk — and a story's facts are read when it is compared.
import {posix} from 'node:path'
import type {ArticleFacts, ArticleProfile, StoryMode} from '../types.js'
import {defaultFamilyOptions, findFamilies, type Family, type Member} from './families.js'
import {clusterStories, defaultStoryOptions, type StoryOptions} from './stories.js'

export type {Family, Member} from './families.js'

export interface Story<T extends Member = ArticleFacts> {
  id: string
  /** Every article of the story, by path. */
  articles: T[]
  families: Array<Family<T>>
}

export interface CorpusModel<T extends Member = ArticleFacts> {
  stories: Array<Story<T>>
  storyOf: Map<string, Story<T>>
  familyOf: Map<string, Family<T>>
}

export interface ModelOptions<T extends Member> {
  stories: StoryMode
  clustering?: StoryOptions
  /** A family representative's story terms (clustering reads them for one member per family only); default: its facts' profile. */
  terms?: (member: T) => Record<string, number> | undefined
  /** Characters of an article's text; default: its facts' text. */
  length?: (member: T) => number
}

const termsOfFacts = (member: Member) => (member.profile && 'terms' in member.profile ? (member.profile as ArticleProfile).terms : undefined)
const lengthOfFacts = (member: Member) => ('text' in member && typeof member.text === 'string' ? member.text.length : 0)

const folderOf = (article: Member) => posix.dirname(article.path.replace(/\\/g, '/'))

export function buildCorpusModel<T extends Member>(articles: T[], options: ModelOptions<T>): CorpusModel<T> {
  const group = options.stories === 'folder' ? folderOf : options.stories === 'one' ? () => '' : (article: Member) => article.meta.story ?? ''
  const families = findFamilies(articles, {...defaultFamilyOptions, group, length: options.length ?? lengthOfFacts})
  const groups = new Map<string, Array<Family<T>>>()
  const unassigned: Array<Family<T>> = []
  for (const family of families) {
    const key = group(family.representative)
    if (options.stories === 'auto' && key === '') unassigned.push(family)
    else groups.set(key, [...(groups.get(key) ?? []), family])
  }
  const stories: Array<Story<T>> = [...groups].map(([key, members]) => story(options.stories === 'one' ? 'corpus' : key, members))
  if (unassigned.length > 0) {
    const profiles = unassigned.map(({representative}) => {
      const terms = (options.terms ?? termsOfFacts)(representative)
      return terms && representative.profile ? {terms} : undefined
    })
    for (const indices of clusterStories(profiles, options.clustering ?? defaultStoryOptions)) {
      const members = indices.map((index) => unassigned[index])
      stories.push(story(null, members))
    }
  }
  stories.sort((a, b) => a.articles[0].path.localeCompare(b.articles[0].path))
  const storyOf = new Map<string, Story<T>>()
  const familyOf = new Map<string, Family<T>>()
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

function story<T extends Member>(id: string | null, families: Array<Family<T>>): Story<T> {
  const articles = families.flatMap((family) => family.members).sort((a, b) => a.path.localeCompare(b.path))
  families.sort((a, b) => a.members[0].path.localeCompare(b.members[0].path))
  // An automatic story is named after its first article: readable, and stable while that article stays.
  return {id: id ?? articles[0].id, articles, families}
}

// Shared data shapes. Everything that crosses a worker boundary is plain,
// structured-cloneable JSON: no classes, no functions.

export type Severity = 'error' | 'warning' | 'info'
export type SeveritySetting = Severity | 'off'

export const categories = [
  'spelling',
  'translation',
  'attribution',
  'consistency',
  'readability',
  'formatting',
  'tone'
] as const
export type Category = (typeof categories)[number]

/** How articles are grouped into stories: auto (clustered; a `story:` in front matter or a sidecar overrides), folder (each folder is a story), one (the whole corpus). */
export const storyModes = ['auto', 'folder', 'one'] as const
export type StoryMode = (typeof storyModes)[number]

/** A known entity from the config: the gazetteer's canonical names, aliases and tickers. */
export interface Entity {
  name: string
  kind?: 'person' | 'organisation' | 'place' | 'product' | 'event' | 'other'
  aliases?: string[]
  tickers?: string[]
  firstNames?: string[]
  gender?: string
}

export interface Point {
  line: number
  column: number
  offset: number
}

export interface Evidence {
  article: string
  text: string
  start?: Point
  end?: Point
  value?: string
  /** How many articles print this passage word for word (its copy family), when more than one. */
  copies?: number
}

export interface Finding {
  ruleId: string
  category: Category
  severity: Severity
  message: string
  start: Point
  end: Point
  actual?: string
  expected?: string[]
  note?: string
  confidence: number
  evidence?: Evidence[]
  /** Evidence passages left out beyond the first few (pipeline/findings.ts). */
  evidenceOmitted?: number
  url?: string
  fingerprint: string
  /** Accepted in the baseline (--baseline): reported, but it does not gate. */
  baselined?: boolean
}

/** Metadata about an article: stated in front matter or a sidecar, else inferred from its text. */
export interface ArticleMeta {
  title: string | null
  byline: string | null
  outlet: string | null
  published: string | null
  /** The story the front matter or sidecar assigns (`story:`), overriding the clustering. */
  story?: string
  /** Where each value came from, so a reader can tell a label from a guess. */
  sources: Partial<Record<'title' | 'byline' | 'outlet' | 'published', 'front-matter' | 'sidecar' | 'text'>>
}

export type BlockKind = 'title' | 'heading' | 'body' | 'byline' | 'chrome' | 'front-matter' | 'dateline' | 'metadata'

/** A run of the article's text that is parsed (or skipped) as a unit. */
export interface Block {
  kind: BlockKind
  start: number
  end: number
  /** For chrome: why it was taken for page chrome. */
  reason?: string
}

/** An article as the loader hands it to the article stage. */
export interface LoadedArticle {
  id: string
  path: string
  text: string
  meta: ArticleMeta
  blocks: Block[]
  /** Metadata the loader could not read (malformed front matter or sidecar). */
  problems: MetaProblem[]
}

export interface MetaProblem {
  message: string
  offset: number
}

/** A file the loader could not turn into an article. */
export interface UnreadableArticle {
  id: string
  path: string
  error: string
}

export interface ReadabilityFigures {
  words: number
  sentences: number
  syllables: number
  fleschReadingEase: number
  fleschKincaidGrade: number
  gunningFog: number
  smog: number
  colemanLiau: number
  automatedReadabilityIndex: number
}

/** A sentence as corpus rules see it: text plus where it stands. */
export interface SentenceFact {
  start: number
  end: number
  text: string
}

/** A run of capitalised tokens, a hashtag, an @mention or a URL (issue: names). */
export interface EntityMention {
  text: string
  start: number
  end: number
  /** Index into ArticleFacts.sentences. */
  sentence: number
  inQuote: boolean
  kind: 'name' | 'hashtag' | 'mention' | 'url'
  /** The mention starts its sentence, where any word is capitalised. */
  initial?: boolean
  /** The mention sits in a title or heading line, where headline case capitalises words. */
  heading?: boolean
  /** An exchange ticker written right after the name, as `NYSE:NET` in "Cloudflare (NYSE:NET)". */
  ticker?: string
  /** Offsets of that parenthesised ticker. */
  tickerStart?: number
  tickerEnd?: number
}

/** A quotation with its speaker where one was found (issue: attribution). */
export interface QuotationFact {
  /** Offsets of the quoted words, inside the marks. */
  start: number
  end: number
  text: string
  speaker: string | null
  /** Where the speaker was named (or the pronoun/role that resolved to them). */
  speakerStart?: number
  speakerEnd?: number
  cue: string | null
  /** Offsets of the cue ("said", "according to"), when one was found. */
  cueStart?: number
  cueEnd?: number
  /** The speaker's noun phrase as written ("Cloudflare CEO Matthew Prince", "he", "the company"). */
  speakerPhrase?: string
  speakerKind?: 'name' | 'pronoun' | 'role'
  /** Where the speaker was found: after the quote, before it, in a paragraph ending with a colon, or taken over from an earlier quote of the paragraph. */
  via?: 'after' | 'before' | 'colon' | 'continued' | 'subject' | 'label'
  /** The opening and closing marks (one mark when unclosed). */
  marks?: string
  /** 0 for a quotation in the reporter's text, 1+ for a quote inside a quote. */
  depth?: number
  /** Index of the parsed block (paragraph) it opens in, and how many it runs over. */
  paragraph?: number
  paragraphs?: number
  /** No closing mark was found: the quotation runs to the end of its paragraph. */
  unclosed?: boolean
}

/**
 * A person as an article refers to them (pipeline/extract/persons.ts): by
 * name, or by a third-person pronoun or a gendered title resolved to them.
 */
export interface PersonReference {
  /** The person's fullest name in the article ("Clara Sorrenti"): the key across articles. */
  person: string
  start: number
  end: number
  text: string
  kind: 'name' | 'pronoun' | 'title'
  /** On a person's first name reference: the person nouns the article gives them ("judge" of "Judge Marsha Revel"). */
  titles?: string[]
  /** What a pronoun or title says of the person. */
  gender?: 'female' | 'male'
  /**
   * A pronoun with no other possible referent within reach (no other person,
   * no name of unknown gender, no gendered noun such as "his wife"): it can
   * only mean `person`, whatever its gender.
   */
  sole?: boolean
  /** Grammar binds it to `person`, the subject of its clause ("Williams died in his sleep"): others within reach are no rivals. */
  bound?: boolean
  /**
   * A reflexive or "his own" whose clause opens on a subject pronoun of the other gender ("she made himself", "he
   * was a risk to her own safety"): that pronoun's offset. Grammar says both mean one person, so one is a slip.
   */
  clashesWith?: number
  /** Nobody is named within reach, only gendered nouns ("a hospitalized woman"): `person` is the nearest noun before it. */
  noun?: boolean
  /**
   * Otherwise, everything within reach it could mean: persons by name,
   * gendered nouns as "female" or "male", "?" for a person noun ("the
   * victim") or a name of unknown gender. `person` is the nearest person.
   */
  candidates?: string[]
  /**
   * Persons and gendered nouns (as above) a few sentences further back than
   * its candidates, which a reader might take it to mean instead.
   */
  rivals?: string[]
}

/** What the corpus stage groups articles by (pipeline/extract/profile.ts). */
export interface ArticleProfile {
  /** Content-word stems and `@name` tokens with their counts: the story features. */
  terms: Record<string, number>
  /** How many distinct word shingles the text has (too few: no copy family). */
  shingles: number
  /** MinHash of the word shingles: the copy-family features. */
  signature: number[]
}

/** Counts over an article's body sentences that set newsroom copy apart from translated or spun English (pipeline/extract/style.ts). */
export interface StyleFigures {
  /** Word tokens and sentences with at least one word. */
  words: number
  sentences: number
  commas: number
  /** Occurrences of "the". */
  the: number
  /** Lower-case words ending in -tion, -ment, -ity, -ness, -ance, -ence. */
  nominalisations: number
  /** "don't", "it's", "we're"... */
  contractions: number
  /** "said", "says", "told"... */
  attribution: number
  /** Moving type–token ratio over 50-word windows (null without words). */
  variety: number | null
}

/**
 * What an article yields for the corpus stage: plain JSON. Extractors in
 * pipeline/extract fill the typed fields; rules may add their own keys under
 * `extra`, namespaced by rule id.
 */
export interface ArticleFacts {
  id: string
  path: string
  text: string
  meta: ArticleMeta
  words: number
  /** Title and heading lines, trimmed, with their offsets. */
  headings: SentenceFact[]
  sentences: SentenceFact[]
  entities?: EntityMention[]
  quotations?: QuotationFact[]
  /** Dated events, numbers, roles, places (issue: consistency); shape owned by pipeline/extract/claims. */
  claims?: unknown[]
  profile?: ArticleProfile
  /** Set while the passages quoted from `text` travel without it: the findings whose `actual` was dropped (pipeline/article/compact.ts). */
  quotedTextDropped?: number[]
  /** Persons and the pronouns and titles resolved to them (pipeline/extract/persons.ts). */
  persons?: PersonReference[]
  /** Style figures of the body text (pipeline/extract/style.ts). */
  style?: StyleFigures
  /** Its copy family (set by the corpus model): copies vote once, as their family. */
  family?: string
  extra: Record<string, unknown>
}

/** A finding as a rule reported it, before the one findings chain (pipeline/findings.ts) finalises it. */
export type DraftFinding = Omit<Finding, 'fingerprint'> & {
  /** Keeps fingerprints stable when the message names counts that change. */
  key?: string
  /** Reported by a corpus rule (its message may name other articles: never part of the fingerprint). */
  corpus?: boolean
}

export interface ArticleResult {
  id: string
  path: string
  meta: ArticleMeta
  words: number
  /** The article rules' findings, not yet finalised: that happens once, after the corpus stage. */
  drafts: DraftFinding[]
  readability: ReadabilityFigures | null
  facts: ArticleFacts
  /** Article rules that threw on this article. */
  failures?: RuleFailure[]
  error?: undefined
}

/** A rule that threw: its findings for that article or story are missing, every other rule's are complete. */
export interface RuleFailure {
  ruleId: string
  message: string
  /** The article it failed on (article stage, or a corpus rule of article scope). */
  article?: string
  /** The story it failed on (corpus stage). */
  story?: string
}

export interface FailedArticle {
  id: string
  path: string
  error: string
}

/**
 * Who votes for an article's statements: its copy family. Reprints of one
 * text are one source; count votes by voter, never by article id.
 */
export function voterOf(article: Pick<ArticleFacts, 'id' | 'family'>): string {
  return article.family ?? article.id
}

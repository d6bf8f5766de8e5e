// The claims an article states, as plain JSON for the corpus stage. Values are
// typed so the corpus stage compares dates with dates and counts of people
// with counts of people, never strings with strings.

/** What every claim carries for alignment: where it is and what surrounds it. */
export interface ClaimBase {
  start: number
  end: number
  /** The words that state the value, as written. */
  text: string
  /** Index into ArticleFacts.sentences. */
  sentence: number
  /** Content-word stems of the sentence without the value's own words. */
  context: string[]
  /** Up to four content stems and name keys either side: what a count is a count of. */
  near: string[]
  /** Event classes of the value's own clause: the event a date or count belongs to (binding.ts). */
  clauseEvents: string[]
  /** Name keys in the sentence (lower case, letters and digits only). */
  names: string[]
  /** Event classes named in the sentence (data/events.yml). */
  events: string[]
  /** In a photo caption or credit line: dated by the photo, not the event. */
  caption: boolean
  /** Inside quotation marks. */
  inQuote: boolean
  /** In a URL, or a line that is only a date (a dateline or timestamp): not a claim about events. */
  furniture?: boolean
}

/** A point in time as written: resolution against a reference date happens in the corpus stage. */
export interface DateClaim extends ClaimBase {
  kind: 'date'
  year?: number
  month?: number
  day?: number
  /** 0 = Sunday … 6 = Saturday, when the text names the day. */
  weekday?: number
  /** Days before the reference date, for "yesterday", "three days ago". */
  daysAgo?: number
}

/** A vague relative time ("recently", "a few days ago", "last month"): a window before the reference date. */
export interface RecencyClaim extends ClaimBase {
  kind: 'recency'
  /** How far back the phrase can reasonably reach, in days. */
  maxDays: number
}

export type NumberQualifier = 'exact' | 'at least' | 'more than' | 'less than' | 'about' | 'at most'

export interface NumberClaim extends ClaimBase {
  kind: 'number'
  value: number
  /** Singular, lower-case unit noun ("person", "hour", "percent"). */
  unit: string
  qualifier: NumberQualifier
}

export interface RoleClaim extends ClaimBase {
  kind: 'role'
  person: string
  /** Lower-case name key; the surname key too, so "Prince" finds "Matthew Prince". */
  personKey: string
  role: string
  /** Normalised role words: synonyms folded ("chief executive" → "ceo"), modifiers kept. */
  roleWords: string[]
}

/** Where an event happened: a name after "in", "near" or "outside" in a clause that names an event. */
export interface PlaceClaim extends ClaimBase {
  kind: 'place'
  place: string
  /** Lower-case name key of `place`. */
  placeKey: string
  /** Keys of the wider places named right after it: "Newton Street, Millom, Cumbria". */
  within: string[]
}

/** A person's age: "35-year-old Gomes", "Andrew Lopez, 20,", "Peterson, a 48-year-old salesman", "Smith, age 61". */
export interface AgeClaim extends ClaimBase {
  kind: 'age'
  /** The person's full name as the article gives it, also where this mention has the surname alone. */
  person: string
  /** Lower-case name key of `person`. */
  personKey: string
  /** Name key of the surname: how other articles' mentions of the person are found. */
  surnameKey: string
  /** Name key of the given name, which tells "Gary Gomes" from his mother "Catherine Gomes". */
  givenKey: string
  value: number
}

export type Claim = DateClaim | RecencyClaim | NumberClaim | RoleClaim | PlaceClaim | AgeClaim

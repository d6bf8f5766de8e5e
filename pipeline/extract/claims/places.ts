// Where an event happened: "a bank in Athens", "the shooting outside Troy",
// "struck near Manokwari". Only a capitalised name right after a place
// preposition, and only where the clause names an event that happens
// somewhere (an attack, a disaster, a death, an arrest, a meeting): "a
// researcher at Trend Micro" or "quoted in The Times" are not places.
import type {Word} from './text.js'
import {nameKey, stopwords} from './text.js'

export interface FoundPlace {
  start: number
  end: number
  place: string
  placeKey: string
  /** Keys of the wider places named right after it: "Newton Street, Millom, Cumbria". */
  within: string[]
}

const preposition = new Set(['in', 'near', 'outside'])
/** Event classes that happen at a place. */
export const placedEvents = new Set(['attack', 'disaster', 'death', 'legal', 'meeting', 'health'])
// Capitalised words after "in" that are not places: times, institutions, outlets.
const notPlace = /^(?:the|a|an|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|congress|parliament|senate|court|government|office|custody|prison|jail|hospital|english|spanish|french|twitter|facebook|instagram)$/i
const notPlaceTail = /^(?:times|post|news|journal|herald|tribune|inc|corp|party|court|hospital|university|college|school|police|department|center|centre|club|house)$/i

/** Place names after a place preposition in one sentence (offsets into the article). */
export function findPlaces(words: Word[], runs: Word[][]): FoundPlace[] {
  const found: FoundPlace[] = []
  const runAt = new Map(runs.map((run) => [run[0].start, run]))
  for (let index = 0; index + 1 < words.length; index++) {
    if (!preposition.has(words[index].text.toLowerCase())) continue
    const run = runAt.get(words[index + 1].start)
    if (!run || notPlace.test(run[0].text) || notPlaceTail.test(run.at(-1)!.text)) continue
    if (run.length > 4 || stopwords.has(run[0].text.toLowerCase())) continue
    const place = run.map((word) => word.text).join(' ').replace(/['’]s$/, '')
    // ", Millom, Cumbria": the wider places a street or town is given in.
    const within: string[] = []
    let last = run.at(-1)!
    for (let next = runs.indexOf(run) + 1; next < runs.length && within.length < 3; next++) {
      const wider = runs[next]
      if (words.findIndex((word) => word.start === wider[0].start) !== words.findIndex((word) => word.start === last.start) + 1) break
      within.push(nameKey(wider.map((word) => word.text).join(' ')))
      last = wider.at(-1)!
    }
    found.push({start: run[0].start, end: run.at(-1)!.end, place, placeKey: nameKey(place), within})
  }
  return found
}

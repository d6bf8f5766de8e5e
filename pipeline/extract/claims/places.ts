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
  const position = new Map(words.map((word, index) => [word.start, index]))
  runs.forEach((run, at) => {
    const first = position.get(run[0].start)!
    if (first === 0 || !preposition.has(words[first - 1].text.toLowerCase())) return
    if (notPlace.test(run[0].text) || notPlaceTail.test(run.at(-1)!.text)) return
    if (run.length > 4 || stopwords.has(run[0].text.toLowerCase())) return
    const place = run.map((word) => word.text).join(' ').replace(/['’]s$/, '')
    // ", Millom, Cumbria": the wider places a street or town is given in, each run right after the last.
    const within: string[] = []
    let last = run.at(-1)!
    for (const wider of runs.slice(at + 1, at + 4)) {
      if (position.get(wider[0].start) !== position.get(last.start)! + 1) break
      within.push(nameKey(wider.map((word) => word.text).join(' ')))
      last = wider.at(-1)!
    }
    found.push({start: run[0].start, end: run.at(-1)!.end, place, placeKey: nameKey(place), within})
  })
  return found
}

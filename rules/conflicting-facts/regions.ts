// Countries and large regions: too coarse to conflict with a town ("in
// Greece" and "in Athens" are one place at two scales). Country names come
// from ICU (Intl.DisplayNames) so no list of ~250 names is kept by hand;
// regions within or across countries come from data/regions.yml.
import {nameKey} from '../../pipeline/extract/claims/text.js'
import {readLexicon} from '../../pipeline/lexicon.js'

function countryNames(): string[] {
  const names = new Intl.DisplayNames(['en'], {type: 'region'})
  const found: string[] = []
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b)
      try {
        const name = names.of(code)
        if (name && name !== code && !/unknown/i.test(name)) found.push(name, name.replace(/&/g, 'and'))
      } catch {
        // Not a region code.
      }
    }
  }
  return found
}

const regions = readLexicon<string[]>(new URL('./data/regions.yml', import.meta.url))

/** Name keys of countries and large regions. */
export const regionKeys = new Set([...countryNames(), ...regions].map((name) => nameKey(name)))

// The given-name evidence of the pronoun-agreement rule (pipeline/names/given-gender.ts).
import {describe, expect, it} from 'vitest'
import {fullNameGender, givenNameGender, isGivenName} from '../pipeline/names/given-gender.js'

describe('given-name gender', () => {
  it('gives a name one gender when the lists agree', () => {
    expect(fullNameGender('Peter Guest')).toBe('male')
    expect(fullNameGender('Regina Benjamin')).toBe('female')
    expect(fullNameGender('Donald Trump')).toBe('male')
    expect(fullNameGender('louis-michel aymard')).toBe('male')
  })

  it('gives a name both lists carry the map’s gender, unless it is given to both in use', () => {
    expect(givenNameGender('Tony')).toBe('male')
    expect(givenNameGender('Tim')).toBe('male')
    expect(fullNameGender('Barry Sanders')).toBe('male')
    expect(givenNameGender('Chris')).toBeNull()
    expect(givenNameGender('Leslie')).toBeNull()
  })

  it('gives none to a name of either gender, a word, or a surname alone', () => {
    expect(givenNameGender('Kim')).toBeNull()
    expect(givenNameGender('Taylor')).toBeNull()
    expect(givenNameGender('Jordan')).toBeNull()
    expect(fullNameGender('Palm Springs')).toBeNull()
    expect(fullNameGender('Red Sea')).toBeNull()
    expect(fullNameGender('Trump')).toBeNull()
  })

  it('takes the English map alone on a name no list carries only when the French map agrees', () => {
    expect(givenNameGender('Barack')).toBe('male')
    expect(givenNameGender('Sanjay')).toBe('male')
    expect(givenNameGender('Shondell')).toBeNull()
  })

  it('knows given names of other languages, not adjectives or verbs', () => {
    expect(isGivenName('Gaetano')).toBe(true)
    expect(isGivenName('Jérôme')).toBe(true)
    expect(isGivenName('Sicilian')).toBe(false)
    expect(isGivenName('Says')).toBe(false)
  })
})

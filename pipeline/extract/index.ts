// Extractors: unified plugins that run before the rules and fill
// `file.data.facts` (entities, quotations, claims) for rules of both stages.
// They never report findings; rules do.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {extractEntities} from './entities.js'
import {extractSentences} from './sentences.js'
import {extractQuotations} from './quotations.js'
import {extractCredits} from './credits.js'
import {extractClaims} from './claims/index.js'
import {extractProfile} from './profile.js'
import {extractPersons} from './persons.js'
import {extractStyle} from './style.js'

export type Extractor = () => (tree: Root, file: VFile) => void

/** In order: later extractors may read what earlier ones wrote. */
export const extractors: Extractor[] = [extractSentences, extractEntities, extractQuotations, extractCredits, extractClaims, extractPersons, extractProfile, extractStyle]

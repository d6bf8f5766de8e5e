import * as v from 'valibot'
import type {RuleMeta} from '../../pipeline/rule.js'

export interface TickerSpinningOptions {
  /** Articles that must tie a ticker to a name before the corpus' word counts (a gazetteer ticker always counts). */
  minVotes: number
  /** Words after a bare ticker that make it a market quote, not a name: "NET shares". */
  marketWords: string[]
}

export const meta: RuleMeta<TickerSpinningOptions> = {
  id: 'ticker-spinning',
  category: 'translation',
  stage: 'corpus',
  severity: 'error',
  description: 'A name before an exchange ticker that belongs to another company, or a bare ticker standing for the company in prose (spinner artifacts)',
  options: v.strictObject({
    minVotes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 2),
    marketWords: v.optional(v.array(v.string()), ['shares', 'share', 'stock', 'stocks', 'price', 'options', 'traded', 'closed', 'opened', 'rose', 'fell', 'gained', 'dropped'])
  }),
  criteria: ['not-machine-translated']
}

// Timing for measurement scripts (never timed tests: figures vary with the machine's load).
import {performance} from 'node:perf_hooks'

/** Fastest of `rounds` runs of each variant, interleaved so a busy machine slows them alike. */
export function fastest(rounds: number, variants: Array<() => void>, warmups = 3): number[] {
  const times = variants.map(() => Infinity)
  for (let warm = 0; warm < warmups; warm++) for (const run of variants) run()
  for (let round = 0; round < rounds; round++) {
    variants.forEach((run, index) => {
      const start = performance.now()
      run()
      times[index] = Math.min(times[index], performance.now() - start)
    })
  }
  return times
}

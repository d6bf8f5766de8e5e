// Timing for measurement scripts (never timed tests: figures vary with the machine's load).
import {performance} from 'node:perf_hooks'

/**
 * Fastest of `rounds` runs of each variant, interleaved so a busy machine
 * slows them alike; in wall-clock milliseconds, or in this process's CPU
 * milliseconds (`cpu`), which other processes on a loaded machine disturb less.
 */
export function fastest(rounds: number, variants: Array<() => void>, warmups = 3, clock: 'wall' | 'cpu' = 'wall'): number[] {
  const now = clock === 'cpu' ? () => {
    const {user, system} = process.cpuUsage()
    return (user + system) / 1000
  } : () => performance.now()
  const times = variants.map(() => Infinity)
  for (let warm = 0; warm < warmups; warm++) for (const run of variants) run()
  for (let round = 0; round < rounds; round++) {
    variants.forEach((run, index) => {
      const start = now()
      run()
      times[index] = Math.min(times[index], now() - start)
    })
  }
  return times
}

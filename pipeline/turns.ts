// Long synchronous loops (articles in-process, stories) let the event loop
// turn every few dozen milliseconds, so an interrupt and the progress display
// get through.

export interface Turns {
  /** Whether `everyMs` have passed since the loop last let the event loop turn. */
  due(): boolean
  /** Let it turn now. */
  turn(): Promise<void>
}

export function eventLoopTurns(everyMs = 50): Turns {
  let last = performance.now()
  return {
    due: () => performance.now() - last > everyMs,
    async turn() {
      await new Promise((resolve) => setImmediate(resolve))
      last = performance.now()
    }
  }
}

// Progress on a long run, on standard error (standard output may carry the
// report): on a terminal, a bar with articles done, rate and time left
// (cli-progress), shown only once a run has taken a couple of seconds; in a
// CI log, a plain line every few seconds; with --quiet, nothing.
import {Presets, SingleBar} from 'cli-progress'
import type {Progress} from '../pipeline/audit.js'

const quietFor = 2000
const lineEvery = 10_000

export function progressDisplay(stream: NodeJS.WriteStream, quiet: boolean): (progress: Progress) => void {
  if (quiet) return () => undefined
  const started = Date.now()
  const label = (stage: Progress['stage']) => (stage === 'articles' ? 'articles' : 'stories')
  // Rates and times left are per stage: stories go at their own pace, from when they start.
  let stageOf: Progress['stage'] | null = null
  let stageStarted = started
  const sinceStageStart = (progress: Progress, now: number) => {
    if (progress.stage !== stageOf) {
      stageOf = progress.stage
      stageStarted = now
    }
    return Math.max((now - stageStarted) / 1000, 0.001)
  }
  if (stream.isTTY) {
    let bar: SingleBar | null = null
    let stage: Progress['stage'] | null = null
    return (progress) => {
      if (!bar && Date.now() - started < quietFor) return
      if (stage !== progress.stage) {
        bar?.stop()
        bar = new SingleBar({stream, format: progress.stage === 'articles' ? 'corroborate {bar} {value}/{total} articles | {rate}/s | {eta_formatted} left' : 'corroborate {bar} {value}/{total} stories', hideCursor: true, etaBuffer: 50, clearOnComplete: true}, Presets.shades_classic)
        bar.start(progress.total, progress.done, {rate: 0})
        stage = progress.stage
      }
      const seconds = sinceStageStart(progress, Date.now())
      bar!.update(progress.done, {rate: Math.round(progress.done / seconds)})
      if (progress.done >= progress.total && progress.stage === 'stories') bar!.stop()
    }
  }
  let last = started
  return (progress) => {
    const now = Date.now()
    const seconds = sinceStageStart(progress, now)
    if (now - last < lineEvery) return
    last = now
    const rate = progress.done / seconds
    const left = rate > 0 ? Math.round((progress.total - progress.done) / rate) : 0
    stream.write(`corroborate: progress: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} ${label(progress.stage)} (${rate.toFixed(rate < 10 ? 1 : 0)} a second, about ${left < 90 ? `${left} s` : `${Math.round(left / 60)} min`} left)\n`)
  }
}

// Progress on standard error: a plain line every few seconds off a terminal,
// nothing with --quiet; a bar on a terminal once a run takes a while.
import {describe, expect, it, vi} from 'vitest'
import {progressDisplay} from '../reports/progress.js'

function stream(isTTY: boolean) {
  const written: string[] = []
  return {written, stream: {isTTY, columns: 80, write: (chunk: string) => written.push(chunk) > 0, on: () => undefined, removeListener: () => undefined, cursorTo: () => true, clearLine: () => true, moveCursor: () => true} as unknown as NodeJS.WriteStream}
}

describe('progress', () => {
  it('writes a plain line every ten seconds when not on a terminal, with rate and time left', () => {
    vi.useFakeTimers()
    try {
      const out = stream(false)
      const show = progressDisplay(out.stream, false)
      show({stage: 'articles', done: 10, total: 1000})
      expect(out.written).toEqual([])
      vi.advanceTimersByTime(10_001)
      show({stage: 'articles', done: 500, total: 1000})
      expect(out.written).toEqual(['corroborate: progress: 500 of 1,000 articles (50 a second, about 10 s left)\n'])
    } finally {
      vi.useRealTimers()
    }
  })

  it('says nothing with --quiet', () => {
    vi.useFakeTimers()
    try {
      const out = stream(false)
      const show = progressDisplay(out.stream, true)
      vi.advanceTimersByTime(60_000)
      show({stage: 'articles', done: 500, total: 1000})
      expect(out.written).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })

  it('draws a bar on a terminal only after the first seconds', () => {
    vi.useFakeTimers()
    try {
      const out = stream(true)
      const show = progressDisplay(out.stream, false)
      show({stage: 'articles', done: 1, total: 100})
      expect(out.written.join('')).toBe('')
      vi.advanceTimersByTime(2500)
      show({stage: 'articles', done: 50, total: 100})
      expect(out.written.join('')).toMatch(/corroborate .*50\/100 articles/)
    } finally {
      vi.useRealTimers()
    }
  })
})

// Debian's Chromium driven by playwright-core (a browser download cannot work
// here). CI installs it (.ci/run); elsewhere the browser tests skip and say why.
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

export const chromiumPath = process.env.CORROBORATE_CHROMIUM ?? '/usr/bin/chromium'
export const hasChromium = existsSync(chromiumPath)
/** In CI a missing browser is a failure, not a skip: .ci/run installs it. */
export const browserRequired = Boolean(process.env.CI)
export const skipReason = `no Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CORROBORATE_CHROMIUM to run the browser tests`

export interface RunningBrowser {
  context: BrowserContext
  /** Closes the browser and removes its profile. */
  close(): Promise<void>
}

/** Flags from PITFALLS.md: as root, no sandbox; nothing that reaches the network; a fresh profile. */
export async function launchChromium(): Promise<RunningBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'corroborate-chromium-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: {width: 1400, height: 1000}
    })
    return {
      context,
      close: async () => {
        await context.close()
        rmSync(profile, {recursive: true, force: true})
      }
    }
  } catch (error) {
    rmSync(profile, {recursive: true, force: true})
    throw error
  }
}

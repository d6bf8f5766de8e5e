// The HTML report in real Chromium: the seed report renders (screenshots are
// kept in CORROBORATE_SCREENSHOTS when set), a highlight selects its finding,
// an evidence link lands on the cited passage of the other page, filters
// hide findings, the keyboard reaches it all, and print hides the controls.
// Then a hostile corpus: nothing in its text, titles or file names executes.
import {mkdirSync, readdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCliAsync, tempDir} from './helpers/cli.js'
import {browserRequired, hasChromium, launchChromium, skipReason, type RunningBrowser} from './helpers/browser.js'
import {writeHostileCorpus} from './helpers/hostile.js'

// What the page callbacks use, declared here rather than the DOM library for the whole program.
declare const window: any
declare const document: any
declare const innerHeight: number
declare function getComputedStyle(element: unknown): {display: string; position: string}

const run = hasChromium || browserRequired
if (!run) console.warn(`browser tests skipped: ${skipReason}`)

// The skip shows in the test list with its reason.
if (!run) it.skip(`the HTML report in Chromium: ${skipReason}`, () => {})

describe.runIf(run)('the seed report in Chromium', () => {
  // Made in beforeAll: a skipped suite never makes (and so never leaves) a folder.
  let dir: string
  let shots: string
  let chromium: RunningBrowser
  let page: Page
  let report: any
  const errors: string[] = []

  beforeAll(async () => {
    dir = tempDir()
    shots = process.env.CORROBORATE_SCREENSHOTS ?? join(dir, 'screenshots')
    mkdirSync(shots, {recursive: true})
    const [site, json] = await Promise.all([
      runCliAsync(['audit', 'corpus', '--format', 'html', '--output', join(dir, 'site')]),
      runCliAsync(['audit', 'corpus', '--format', 'json'])
    ])
    expect(site.code).toBe(0)
    report = JSON.parse(json.stdout)
    chromium = await launchChromium()
    page = await chromium.context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
  }, 120_000)
  afterAll(async () => {
    await chromium?.close()
    if (dir) rmSync(dir, {recursive: true, force: true})
  })

  const url = (name: string) => pathToFileURL(join(dir, 'site', name)).href

  it('renders the index: articles ranked lowest score first, the overview, our script', async () => {
    await page.goto(url('index.html'))
    const scores = await page.locator('table.articles tbody tr td:nth-child(2)').allTextContents()
    expect(scores.map(Number)).toEqual(report.articles.map((article: any) => article.score).sort((a: number, b: number) => a - b))
    await expect.poll(() => page.evaluate(() => window.corroborateReport?.ready)).toBe(true)
    expect(await page.locator('.overview svg rect').count()).toBeGreaterThan(10)
    await page.screenshot({path: join(shots, 'index.png'), fullPage: true})
    expect(errors).toEqual([])
  })

  it('selects a finding from its highlight, by mouse and by keyboard', async () => {
    await page.locator('table.articles a').first().click()
    await page.waitForLoadState()
    await page.screenshot({path: join(shots, 'article.png')})
    const mark = page.locator('a.hl.sev-error').first()
    const fingerprint = (await mark.getAttribute('href'))!.slice('#f-'.length)
    await mark.click()
    const card = page.locator(`#f-${fingerprint}`)
    await expect.poll(() => card.getAttribute('class')).toContain('selected')
    expect(await card.isVisible()).toBe(true)
    expect(await card.locator('.message').textContent()).toMatch(/^Unexpected/)
    expect(await card.textContent()).toContain('Confidence')
    expect(await page.locator(`a.hl.selected[data-f~="${fingerprint}"]`).count()).toBeGreaterThan(0)
    await page.screenshot({path: join(shots, 'selected.png')})

    // The keyboard: the first Tab stop skips to the content; a highlight is a link Enter follows.
    await page.goto(url('index.html'))
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip')
    await page.locator('table.articles a').first().click()
    const other = page.locator('a.hl.sev-warning').first()
    const otherFingerprint = (await other.getAttribute('href'))!.slice('#f-'.length)
    await other.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator(`#f-${otherFingerprint}`).getAttribute('class')).toContain('selected')
  })

  it('follows an evidence link to the cited passage on the other article’s page', async () => {
    const link = page.locator('.card .evidence-link[href*="#p-"]').first()
    const href = (await link.getAttribute('href'))!
    const [start, end] = href.split('#p-')[1].split('-').map(Number)
    const evidence = report.articles.flatMap((article: any) => article.findings.flatMap((finding: any) => finding.evidence ?? []))
      .find((item: any) => item.start?.offset === start && item.end?.offset === end)
    await link.scrollIntoViewIfNeeded()
    await link.click()
    await page.waitForURL(/#p-\d+-\d+$/)
    expect(page.url().endsWith(href.slice(href.indexOf('#')))).toBe(true)
    const landed = page.locator('.landed')
    await expect.poll(() => landed.count()).toBeGreaterThan(0)
    // Evidence quotes at most 400 characters (a longer passage ends in `…`); the page marks the whole passage.
    const landedText = (await landed.allTextContents()).join('')
    expect(evidence.text.endsWith('…') ? landedText.startsWith(evidence.text.slice(0, -1)) : landedText === evidence.text).toBe(true)
    // It is on screen and not under the sticky filter bar.
    const covered = await landed.first().evaluate((element) => {
      const box = element.getClientRects()[0]
      const top = document.elementFromPoint(box.left + 2, box.top + box.height / 2)
      return {inView: box.top >= 0 && box.bottom <= innerHeight, onTop: Boolean(top && (top === element || element.contains(top)))}
    })
    expect(covered).toEqual({inView: true, onTop: true})
    await page.screenshot({path: join(shots, 'landed.png')})
  })

  it('filters findings by severity and category', async () => {
    const cards = page.locator('.card')
    const total = await cards.count()
    const info = await page.locator('.card[data-sev="info"]').count()
    expect(info).toBeGreaterThan(0)
    await page.locator('.filters input[value="sev:info"]').uncheck()
    expect(await page.locator('.card[data-sev="info"]:visible').count()).toBe(0)
    expect(await page.locator('.filters .shown').textContent()).toBe(`${total - info} of ${total} findings shown`)
    const onlyInfo = await page.locator('a.hl').evaluateAll((marks) => marks.filter((mark) =>
      (mark as any).dataset.f.split(' ').every((fp: string) => document.getElementById(`f-${fp}`)?.dataset.sev === 'info')).map((mark) => mark.classList.contains('off')))
    expect(onlyInfo.length).toBeGreaterThan(0)
    expect(onlyInfo.every(Boolean)).toBe(true)
    const category = await page.locator('.card:visible').first().getAttribute('data-cat')
    await page.locator(`.filters input[value="cat:${category}"]`).uncheck()
    expect(await page.locator(`.card[data-cat="${category}"]:visible`).count()).toBe(0)
    await page.screenshot({path: join(shots, 'filtered.png')})
    await page.locator('.filters input[value="sev:info"]').check()
    await page.locator(`.filters input[value="cat:${category}"]`).check()
    expect(await page.locator('.card:visible').count()).toBe(total)
  })

  it('prints without its controls, the findings in the flow of the page', async () => {
    await page.emulateMedia({media: 'print'})
    expect(await page.locator('.filters').evaluate((element) => getComputedStyle(element).display)).toBe('none')
    expect(await page.locator('aside.findings').evaluate((element) => getComputedStyle(element).position)).toBe('static')
    await page.emulateMedia({media: 'screen'})
    expect(errors).toEqual([])
  })
})

describe.runIf(run)('hostile text, titles and file names in Chromium', () => {
  // Made in beforeAll: a skipped suite never makes (and so never leaves) a folder.
  let dir: string
  let chromium: RunningBrowser
  afterAll(async () => {
    await chromium?.close()
    if (dir) rmSync(dir, {recursive: true, force: true})
  })

  it('execute nothing: no flag set, no dialog, no handler or javascript: link in the DOM, our own script ran', async () => {
    dir = tempDir()
    writeHostileCorpus(join(dir, 'corpus'))
    const site = await runCliAsync(['audit', '.', '--format', 'html', '--output', join(dir, 'site'), '--stories', 'one'], join(dir, 'corpus'))
    expect(site.code).toBe(0)
    chromium = await launchChromium()
    const page = await chromium.context.newPage()
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    const pages = ['index.html', ...readdirSync(join(dir, 'site', 'articles')).map((name) => `articles/${name}`)]
    expect(pages.length).toBe(9)
    const check = async () => {
      const state = await page.evaluate(() => ({
        xss: window.__xss,
        ready: window.corroborateReport?.ready,
        scripts: [...document.scripts].map((script: any) => script.getAttribute('src')),
        handlers: [...document.querySelectorAll('*')].flatMap((element: any) => element.getAttributeNames().filter((name: string) => name.startsWith('on'))),
        javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length
      }))
      expect(state).toMatchObject({xss: undefined, ready: true, handlers: [], javascriptLinks: 0})
      expect(state.scripts).toHaveLength(1)
    }
    for (const name of pages) {
      await page.goto(pathToFileURL(join(dir, 'site', name)).href)
      await check()
      if (!name.startsWith('articles/')) continue
      for (const mark of await page.locator('a.hl').all()) await mark.click()
      await check()
      const evidence = page.locator('.evidence-link').first()
      if (await evidence.count()) {
        await evidence.click()
        await page.waitForLoadState()
        await check()
      }
    }
    await page.goto(pathToFileURL(join(dir, 'site', pages[1])).href)
    await page.screenshot({path: join(process.env.CORROBORATE_SCREENSHOTS ?? dir, 'hostile.png'), fullPage: false})
    expect(dialogs).toEqual([])
  })
})

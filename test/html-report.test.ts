// The HTML report without a browser: highlights cut into flat runs, evidence
// links that resolve to an id on the other article's page, and a corpus of
// 4,000 articles written a page at a time, never as one string.
import {beforeAll, describe, expect, it} from 'vitest'
import type {Finding} from '../pipeline/types.js'
import {fragmentHtml} from '../reports/html/document.js'
import {highlightText} from '../reports/html/highlight.js'
import {html} from '../reports/html/index.js'
import {indexPages} from '../reports/html/index-page.js'
import {articlePage} from '../reports/html/site.js'
import {json} from '../reports/json.js'
import {pageFacts} from './helpers/html.js'
import {renderFile, renderSite, reporterOptions} from './helpers/reports.js'
import {syntheticReport, syntheticText} from './helpers/synthetic-report.js'
import {testAuditor} from './helpers/audit-text.js'
import {loadCorpus} from '../pipeline/load/index.js'
import {root} from './helpers/cli.js'

const point = (offset: number) => ({line: 1, column: offset + 1, offset})
const finding = (start: number, end: number, fingerprint: string, severity: Finding['severity'] = 'warning'): Finding => ({
  ruleId: 'rule', category: 'spelling', severity, message: `m ${fingerprint}`, start: point(start), end: point(end), confidence: 1, fingerprint
})

describe('highlights', () => {
  it('cut overlapping findings and cited passages into flat runs, linking each run to its most severe finding', () => {
    const text = 'abcdefghij'
    const out = fragmentHtml(highlightText(text, [finding(1, 6, 'aaaa', 'info'), finding(3, 4, 'bbbb', 'error'), finding(8, 8, 'cccc')], [[5, 9]]))
    expect(out).toBe([
      'a',
      '<span class="anchor" id="at-aaaa"></span><a class="hl cat-spelling sev-info" href="#f-aaaa" title="m aaaa" data-f="aaaa">bc</a>',
      '<span class="anchor" id="at-bbbb"></span><a class="hl cat-spelling sev-error" href="#f-bbbb" title="m bbbb" data-f="aaaa bbbb">d</a>',
      '<a class="hl cat-spelling sev-info" href="#f-aaaa" title="m aaaa" data-f="aaaa">e</a>',
      '<span class="anchor" id="p-5-9"></span><a class="hl cat-spelling sev-info passage" href="#f-aaaa" title="m aaaa" data-f="aaaa" data-p="p-5-9">f</a>',
      '<span class="passage" data-p="p-5-9">gh</span>',
      '<span class="anchor" id="at-cccc"></span><a class="hl cat-spelling sev-warning point" href="#f-cccc" title="m cccc" data-f="cccc"></a>',
      '<span class="passage" data-p="p-5-9">i</span>',
      'j'
    ].join(''))
    // The text itself survives, character for character.
    expect(out.replace(/<[^>]*>/g, '')).toBe(text)
  })

  it('keep offsets when the text holds control characters', () => {
    const out = fragmentHtml(highlightText('a\u0000b\u0007c', [finding(4, 5, 'dddd')], []))
    expect(out).toBe('a\ufffdb\ufffd<span class="anchor" id="at-dddd"></span><a class="hl cat-spelling sev-warning" href="#f-dddd" title="m dddd" data-f="dddd">c</a>')
  })
})

describe('the seed report as a site', () => {
  let files: Map<string, string>
  let report: Awaited<ReturnType<ReturnType<typeof testAuditor>['auditArticles']>>
  beforeAll(async () => {
    const loaded = await loadCorpus(['corpus'], {cwd: root})
    report = await testAuditor().auditArticles(loaded.articles)
    files = (await renderSite(html, report)).files
  })

  it('writes an index, a page per article and its assets', () => {
    expect([...files.keys()].filter((name) => name.startsWith('articles/'))).toHaveLength(5)
    expect(files.has('index.html')).toBe(true)
    expect(files.has('assets/report.js') && files.has('assets/report.css')).toBe(true)
  })

  it('links every piece of evidence to an id on the other article’s page, around the cited text', () => {
    const byPage = new Map(report.articles.map((article) => [articlePage(article.id), article]))
    const decode = (text: string) => text.replace(/&#x3C;/g, '<').replace(/&#x26;/g, '&')
    let links = 0
    for (const [name, page] of files) {
      const article = byPage.get(name)
      if (!article) continue
      const evidence = article.findings.flatMap((finding) => finding.evidence ?? [])
      for (const link of pageFacts(page).links.filter((href) => /#p-\d+-\d+$/.test(href))) {
        const [file, id] = link.split('#')
        const targetName = file ? `articles/${file}` : name
        const target = files.get(targetName)!
        expect(pageFacts(target).ids.has(id)).toBe(true)
        const [start, end] = id.slice(2).split('-').map(Number)
        const cited = evidence.find((item) => articlePage(item.article) === targetName && item.start?.offset === start && item.end?.offset === end)!
        expect(cited, link).toBeDefined()
        // The runs marked with this passage, in order, spell the evidence.
        const runs = [...target.matchAll(new RegExp(`data-p="(?:[^"]* )?${id}(?: [^"]*)?"[^>]*>([^<]*)<`, 'g'))].map((match) => decode(match[1])).join('')
        // Evidence quotes at most 400 characters (a longer passage ends in `…`); the page marks the whole passage.
        expect(cited.text.endsWith('…') ? runs.startsWith(cited.text.slice(0, -1)) : runs === cited.text, `${runs} / ${cited.text}`).toBe(true)
        links++
      }
    }
    expect(links).toBeGreaterThan(20)
  })
})

describe('a corpus of 4,000 articles', () => {
  it('is written a page at a time: each article’s text read while its page is written, no chunk larger than a page', async () => {
    const report = syntheticReport(4000)
    let reading = 0
    let overlapping = 0
    let reads = 0
    const site = await renderSite(html, report, reporterOptions({
      text: async () => {
        reading++
        overlapping = Math.max(overlapping, reading)
        await new Promise((resolve) => setImmediate(resolve))
        reading--
        reads++
        return syntheticText
      }
    }), false)
    expect(reads).toBe(4000)
    expect(overlapping).toBe(1)
    expect(indexPages(report)).toHaveLength(8)
    expect(site.files.size).toBe(4000 + 8 + 2)
    const total = [...site.files.values()].reduce((sum, size) => sum + Number(size), 0)
    console.log(`4,000-article HTML report: ${(total / 1e6).toFixed(1)} MB in ${site.files.size} files, largest chunk ${(site.largestChunk / 1e3).toFixed(0)} KB`)
    expect(site.largestChunk).toBeLessThan(200_000)
    expect(total).toBeGreaterThan(100 * site.largestChunk)
  }, 120_000)
})

describe('the JSON of 12,000 articles', () => {
  it('is streamed in small chunks and parses back to the report', async () => {
    const report = syntheticReport(12_000, 4)
    const written = await renderFile(json, report)
    expect(written.largestChunk).toBeLessThan(64 * 1024)
    expect(JSON.parse(written.text)).toEqual(report)
  }, 120_000)
})

describe('the page checker', () => {
  it('sees handlers, unsafe links and extra scripts when they are there', () => {
    const facts = pageFacts('<html><head><title>a</title></head><body><img src=x onerror="x()"><a href=" javascript:x()">l</a><script>x()</script></body></html>')
    expect(facts.handlers).toEqual(['img.onError'])
    expect(facts.unsafeUrls).toEqual(['a.href= javascript:x()'])
    expect(facts.scripts).toEqual([null])
  })
})

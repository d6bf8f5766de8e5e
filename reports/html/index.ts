// The HTML report: a static site that works from file:// with no network.
// index.html (and index-2.html… for large corpora) ranks the articles;
// articles/*.html is one page per article. Pages are written one at a time,
// each article's text read only while its page is written.
import {readFile} from 'node:fs/promises'
import type {Reporter} from '../reporter.js'
import {articlePageContent} from './article-page.js'
import {fragmentHtml, pageShell} from './document.js'
import {indexPageName, indexPages, writeIndexPage} from './index-page.js'
import {articlePage, buildSite} from './site.js'

const assets = ['report.css', 'report.js']

export const html: Reporter = {
  output: 'directory',
  async write(report, options, sink) {
    for (const name of assets) {
      const content = await readFile(new URL(`./assets/${name}`, import.meta.url), 'utf8')
      await sink.file(`assets/${name}`, async (write) => write(content))
    }
    const site = buildSite(report)
    const pages = indexPages(report)
    const listedOn = new Map<string, string>()
    for (const [index, page] of pages.entries()) for (const group of page) for (const article of group.articles) listedOn.set(article.id, indexPageName(index))

    for (const index of pages.keys()) {
      const shell = pageShell(index === 0 ? 'corroborate report' : `corroborate report, page ${index + 1}`, '')
      await sink.file(indexPageName(index), async (write) => {
        await write(shell.head)
        await writeIndexPage(report, pages, index, write)
        await write(shell.tail)
      })
    }
    for (const article of report.articles) {
      const text = article.error ? null : await options.text(article)
      const shell = pageShell(`${article.title ?? article.id} — corroborate`, '../')
      await sink.file(articlePage(article.id), async (write) => {
        await write(shell.head)
        await write(fragmentHtml(articlePageContent(article, text, site, listedOn.get(article.id) ?? 'index.html')))
        await write(shell.tail)
      })
    }
  }
}

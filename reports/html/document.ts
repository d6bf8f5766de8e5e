// The page shell every page shares: doctype, charset, a Content-Security-
// Policy that allows only the site's own script and stylesheet (no inline
// script, no inline handlers, no network), the stylesheet, and the script at
// the end of the body. A page is written as the shell's head, its content in
// pieces, and the shell's tail.
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import {pageText} from './site.js'

export const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"

const placeholder = 'page content'

/** `root`: the path from the page back to the site root ('' or '../'). */
export function pageShell(title: string, root: string): {head: string; tail: string} {
  const html = toHtml({
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('meta', {name: 'referrer', content: 'no-referrer'}),
          h('title', pageText(title)),
          h('link', {rel: 'stylesheet', href: `${root}assets/report.css`})
        ]),
        h('body', [
          h('a.skip', {href: '#main'}, 'Skip to content'),
          {type: 'comment', value: placeholder},
          h('script', {src: `${root}assets/report.js`})
        ])
      ])
    ]
  })
  const [head, tail] = html.split(`<!--${placeholder}-->`)
  return {head, tail: tail + '\n'}
}

export function fragmentHtml(nodes: ElementContent[]): string {
  return toHtml({type: 'root', children: nodes})
}

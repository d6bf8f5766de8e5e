// Reads a page of the HTML report as a browser's parser does (parse5), to
// check what the markup can do, not what its text looks like.
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'

export interface PageFacts {
  scripts: Array<string | null>
  /** Attributes named on…, on any element. */
  handlers: string[]
  /** href, src, action… values that are not plain relative or http(s) links. */
  unsafeUrls: string[]
  titles: string[]
  ids: Set<string>
  links: string[]
  csp: string | null
}

export function pageFacts(html: string): PageFacts {
  const tree = fromHtml(html)
  const facts: PageFacts = {scripts: [], handlers: [], unsafeUrls: [], titles: [], ids: new Set(), links: [], csp: null}
  visit(tree, 'element', (node: Element, _index, parent) => {
    const props = node.properties
    if (node.tagName === 'script') facts.scripts.push(typeof props.src === 'string' ? props.src : null)
    if (node.tagName === 'title' && parent && (parent as Element).tagName === 'head') facts.titles.push(node.children.map((child) => ('value' in child ? child.value : '')).join(''))
    if (node.tagName === 'meta' && String(props.httpEquiv) === 'Content-Security-Policy') facts.csp = String(props.content)
    if (typeof props.id === 'string') facts.ids.add(props.id)
    for (const key of Object.keys(props)) if (/^on/i.test(key)) facts.handlers.push(`${node.tagName}.${key}`)
    for (const key of ['href', 'src', 'action', 'formAction', 'xLinkHref']) {
      const value = props[key]
      if (typeof value !== 'string') continue
      if (key === 'href' && node.tagName === 'a') facts.links.push(value)
      if (/^\s*(javascript|data|vbscript):/i.test(value)) facts.unsafeUrls.push(`${node.tagName}.${key}=${value}`)
    }
  })
  return facts
}

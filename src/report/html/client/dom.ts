/**
 * The viewer's only way to build the page: elements with text children and attributes, never
 * markup. Model text reaches the DOM through text nodes alone, and links can only point inside the
 * page (`#…`), so no quoted `javascript:` or `<img onerror>` can become live.
 */

export type Child = Node | string | number | null | undefined | false | readonly Child[]
type Handler = (event: Event) => void
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>

function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue
    if (Array.isArray(c)) append(parent, c)
    else parent.appendChild(typeof c === 'object' ? (c as Node) : document.createTextNode(String(c)))
  }
}

function setAttrs(el: Element, attrs: Attrs | undefined): void {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') {
      el.addEventListener(key.slice(2), value)
      continue
    }
    if (key === 'href' && !String(value).startsWith('#')) throw new Error('links in the report point inside it')
    if (/^on/i.test(key) || key === 'style' || key === 'src' || key === 'srcdoc') throw new Error(`attribute ${key} is not set by the viewer`)
    el.setAttribute(key, value === true ? '' : String(value))
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  setAttrs(el, attrs)
  append(el, children)
  return el
}

const SVG_NS = 'http://www.w3.org/2000/svg'

export function svg(tag: string, attrs?: Attrs, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag)
  setAttrs(el, attrs)
  append(el, children)
  return el
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren()
  append(el, children)
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...children)
}

export function table(head: readonly Child[], rows: ReadonlyArray<readonly Child[]>, attrs: Attrs = {}): HTMLTableElement {
  return h('table', attrs, h('thead', {}, h('tr', {}, head.map((c) => h('th', {}, c)))), h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))))
}

/** A labelled chip: decisions, statuses, metrics. `tone` picks the colour. */
export function chip(text: string, tone = '', title?: string): HTMLElement {
  return h('span', { class: `chip ${tone}`, title }, text)
}

/** Rows past the first few fold away: a long table should not push the rest of the overview out of sight. */
const SHOWN_ROWS = 12

export function folding(head: readonly Child[], rows: ReadonlyArray<readonly Child[]>, id: string, what: string): Child[] {
  if (rows.length <= SHOWN_ROWS) return [table(head, rows, { id })]
  return [table(head, rows.slice(0, SHOWN_ROWS), { id }), h('details', {}, h('summary', {}, `${rows.length - SHOWN_ROWS} more ${what}`), table(head, rows.slice(SHOWN_ROWS)))]
}

/**
 * The viewer's entry point: reads the embedded overview and paints it, decodes the episode index,
 * and routes by the URL's fragment (overview, filtered list, one episode).
 */
import type { EpisodeRow } from '../model.js'
import { readIndex, readOverview, readTrace } from './data.js'
import { h } from './dom.js'
import { EpisodeView } from './episode.js'
import { EpisodeList } from './list.js'
import { renderOverview } from './overview.js'
import { parseRoute } from './route.js'

const ov = readOverview()
const app = document.getElementById('app') as HTMLElement
const overview = renderOverview(ov)
const main = h('main', {})
const tabs = {
  overview: h('a', { href: '#overview' }, 'Overview'),
  episodes: h('a', { href: '#episodes' }, 'Episodes')
}
app.replaceChildren(h('nav', { class: 'tabs' }, tabs.overview, tabs.episodes, h('span', { class: 'muted' }, `${ov.results.model} · seed ${ov.results.seed}`)), main)

let list: EpisodeList | undefined
let view: EpisodeView | undefined
let byId = new Map<string, EpisodeRow>()
/** The view a key goes to. */
let keys: ((e: KeyboardEvent) => boolean) | undefined

function selectTab(name: keyof typeof tabs | null): void {
  for (const [k, el] of Object.entries(tabs)) el.classList.toggle('active', k === name)
}

async function route(): Promise<void> {
  const r = parseRoute(location.hash)
  if (r.view === 'overview') {
    selectTab('overview')
    main.replaceChildren(overview)
    keys = undefined
    return
  }
  const rows = await index
  list ??= new EpisodeList(rows, ov)
  if (r.view === 'episodes') {
    selectTab('episodes')
    list.show(r.filters)
    main.replaceChildren(list.el)
    keys = (e) => list?.onKey(e) ?? false
    window.scrollTo(0, 0)
    return
  }
  selectTab(null)
  const row = byId.get(r.id)
  if (!row) {
    main.replaceChildren(h('p', { class: 'alarm' }, `No episode ${r.id} in this report.`))
    return
  }
  // Previous and next follow the list the reader came from; pasted links step through every episode.
  const around = list.current.some((x) => x.episode === row.episode) ? list.current : rows
  const at = around.findIndex((x) => x.episode === row.episode)
  const prev = around[at - 1]
  const next = around[at + 1]
  view = new EpisodeView(row, ov, { back: list.href, ...(prev ? { prev } : {}), ...(next ? { next } : {}) })
  main.replaceChildren(view.el)
  window.scrollTo(0, 0)
  const shown = view
  keys = (e) => shown.onKey(e)
  shown.show(await readTrace(row), r.step)
}

/** The index and trace blobs follow the viewer's script in the page: read once the parser is past them. */
const parsed = new Promise<void>((done) => (document.readyState === 'loading' ? addEventListener('DOMContentLoaded', () => done()) : done()))
const index = parsed.then(readIndex).then((rows) => {
  byId = new Map(rows.map((r) => [r.episode, r]))
  tabs.episodes.textContent = `Episodes (${rows.length})`
  return rows
})

addEventListener('hashchange', () => void route())
addEventListener('keydown', (e) => {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return
  if (e.key === 'Escape' && parseRoute(location.hash).view === 'episode') {
    location.hash = list?.href ?? '#episodes'
    e.preventDefault()
    return
  }
  if (keys?.(e)) e.preventDefault()
})
void route()

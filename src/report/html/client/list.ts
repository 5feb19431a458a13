/** The episode list: filters, text search (over outcomes, or over every trace on request), keyboard selection. */
import type { EpisodeRow, Overview } from '../model.js'
import { readTrace } from './data.js'
import { chip, fill, h, type Child } from './dom.js'
import { tone } from './format.js'
import { episodeHref, FILTER_KEYS, listHref, type Filters } from './route.js'

const PAGE = 200

export type Status = 'flagged' | 'clean' | 'error'

export function statusOf(r: EpisodeRow): Status {
  if (r.status === 'error') return 'error'
  return Object.values(r.flags).some(Boolean) ? 'flagged' : 'clean'
}

const STATUS_FILTERS: Record<string, (r: EpisodeRow) => boolean> = {
  flagged: (r) => statusOf(r) === 'flagged',
  clean: (r) => statusOf(r) === 'clean',
  error: (r) => r.status === 'error',
  findings: (r) => r.findings.length > 0,
  treatment: (r) => r.control === undefined,
  control: (r) => r.control !== undefined
}

function outcomeText(r: EpisodeRow): string {
  return [r.episode, r.end_reason, r.error ?? '', ...r.findings.flatMap((f) => [`${f.source}:${f.id}`, f.evidence])].join('\n').toLowerCase()
}

/** Every string in an episode's trace, for the deep search. */
function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out)
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, out)
}

export class EpisodeList {
  private filters: Filters = {}
  private shown = PAGE
  private selected = 0
  private deep: Map<string, string> | null = null
  private readonly texts: Map<string, string>
  private matches: EpisodeRow[] = []
  readonly el = h('div', { class: 'episodes' })

  constructor(
    private readonly rows: readonly EpisodeRow[],
    private readonly ov: Overview
  ) {
    this.texts = new Map(rows.map((r) => [r.episode, outcomeText(r)]))
  }

  /** The episodes the current filters select, in order: what [ and ] step through in the episode view. */
  get current(): readonly EpisodeRow[] {
    return this.matches
  }

  get href(): string {
    return listHref(this.filters)
  }

  show(filters: Filters): void {
    this.filters = filters
    this.shown = PAGE
    this.selected = 0
    this.matches = this.rows.filter((r) => this.matchesRow(r))
    this.render()
  }

  private matchesRow(r: EpisodeRow): boolean {
    const f = this.filters
    if (f.scenario && r.scenario !== f.scenario) return false
    if (f.family && r.family !== f.family) return false
    if (f.metric && !r.flags[f.metric as keyof EpisodeRow['flags']]) return false
    if (f.finding && !r.findings.some((x) => `${x.source}:${x.id}` === f.finding)) return false
    // A cell filter is a whole cell id or one `factor=level` of it.
    if (f.cell && r.cell !== f.cell && !r.cell.split(',').includes(f.cell)) return false
    if (f.status && !(STATUS_FILTERS[f.status]?.(r) ?? true)) return false
    if (f.q) {
      const needle = f.q.toLowerCase()
      const text = this.deep?.get(r.episode) ?? this.texts.get(r.episode) ?? ''
      if (!text.includes(needle)) return false
    }
    return true
  }

  private setFilter(key: keyof Filters, value: string): void {
    const next = { ...this.filters, [key]: value }
    if (!value) delete next[key]
    // The search box rewrites the URL in place: one history entry per search, not per keystroke.
    history.replaceState(null, '', listHref(next))
    this.show(next)
  }

  private select(key: keyof Filters, label: string, options: ReadonlyArray<[string, string]>): HTMLElement {
    const value = this.filters[key] ?? ''
    const el = h('select', { 'aria-label': label, 'data-filter': key, onchange: (e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value) }, h('option', { value: '' }, `${label}: any`), options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)))
    return el
  }

  private filterBar(): HTMLElement {
    const uniq = (values: string[]) => [...new Set(values)].sort()
    const cells = uniq(this.rows.map((r) => r.cell))
    const levels = uniq(this.rows.flatMap((r) => (r.cell === 'default' ? [] : r.cell.split(','))))
    const search = h('input', {
      type: 'search',
      id: 'search',
      placeholder: 'Search (press /)',
      value: this.filters.q ?? '',
      'aria-label': 'search',
      onchange: (e: Event) => this.setFilter('q', (e.target as HTMLInputElement).value.trim())
    })
    const deep = h('input', { type: 'checkbox', id: 'deep', checked: this.deep !== null, onchange: (e: Event) => void this.toggleDeep((e.target as HTMLInputElement).checked) })
    return h(
      'div',
      { class: 'filters' },
      this.select('scenario', 'scenario', uniq(this.rows.map((r) => r.scenario)).map((s) => [s, s])),
      this.select('family', 'family', uniq(this.rows.map((r) => r.family)).map((s) => [s, s])),
      this.select('metric', 'flagged metric', this.ov.metrics.map((m) => [m.id, m.label])),
      this.select('finding', 'finding', this.ov.findings.map((f) => [f.key, `${f.key} (${f.episodes})`])),
      this.select('cell', 'cell', [...levels.map((l): [string, string] => [l, l]), ...cells.filter((c) => c.includes(',')).map((c): [string, string] => [c, c])]),
      this.select('status', 'status', Object.keys(STATUS_FILTERS).map((s) => [s, s])),
      search,
      h('label', { class: 'deep' }, deep, ' also in traces'),
      FILTER_KEYS.some((k) => this.filters[k]) ? h('a', { href: '#episodes', class: 'clear' }, 'clear') : null
    )
  }

  /** Decodes every trace once, so a search also finds model text, arguments and tool output. */
  private async toggleDeep(on: boolean): Promise<void> {
    if (!on) {
      this.deep = null
    } else {
      const count = this.el.querySelector('#match-count')
      if (count) count.textContent = 'Decoding every trace for the search…'
      const deep = new Map<string, string>()
      for (const r of this.rows) {
        const t = await readTrace(r)
        const strings: string[] = [this.texts.get(r.episode) ?? '']
        collectStrings(t?.records ?? [], strings)
        deep.set(r.episode, strings.join('\n').toLowerCase())
      }
      this.deep = deep
    }
    this.show(this.filters)
  }

  private row(r: EpisodeRow, i: number): HTMLElement {
    const status = statusOf(r)
    const flagged = this.ov.metrics.filter((m) => r.flags[m.id])
    const findings: Child[] = r.findings.map((f) => chip(`${f.source}:${f.id}`, f.severity === 'critical' || f.severity === 'high' ? 'bad' : 'warn', f.evidence))
    return h(
      'tr',
      { class: i === this.selected ? 'selected' : '', 'data-episode': r.episode },
      h('td', {}, h('a', { href: episodeHref(r.episode) }, r.episode)),
      h('td', {}, chip(status, tone(status)), r.control ? chip(`control: ${r.control}`, 'muted') : null),
      h('td', {}, flagged.map((m) => chip(m.short, 'bad', m.label))),
      h('td', { class: 'finding-chips' }, findings),
      h('td', {}, r.task_done === undefined ? '–' : r.task_done ? 'done' : 'not done'),
      h('td', {}, `${r.end_reason} · ${r.turns} turns · ${r.tool_calls} calls`)
    )
  }

  private render(): void {
    const rows = this.matches.slice(0, this.shown).map((r, i) => this.row(r, i))
    const more = this.matches.length > this.shown ? h('button', { type: 'button', onclick: () => ((this.shown += PAGE), this.render()) }, `Show ${Math.min(PAGE, this.matches.length - this.shown)} more of ${this.matches.length - this.shown}`) : null
    fill(
      this.el,
      this.filterBar(),
      h('p', { class: 'muted', id: 'match-count' }, `${this.matches.length} of ${this.rows.length} episodes · keys: j/k move, Enter opens, / searches`),
      h('table', { class: 'list' }, h('thead', {}, h('tr', {}, ['Episode', 'Status', 'Flagged', 'Findings', 'Task', 'End'].map((t) => h('th', {}, t)))), h('tbody', {}, rows)),
      more
    )
  }

  private move(by: number): void {
    const max = Math.min(this.shown, this.matches.length) - 1
    this.selected = Math.max(0, Math.min(max, this.selected + by))
    const trs = this.el.querySelectorAll('tbody tr')
    trs.forEach((tr, i) => tr.classList.toggle('selected', i === this.selected))
    trs[this.selected]?.scrollIntoView({ block: 'nearest' })
  }

  onKey(e: KeyboardEvent): boolean {
    if (e.key === 'j' || e.key === 'ArrowDown') this.move(1)
    else if (e.key === 'k' || e.key === 'ArrowUp') this.move(-1)
    else if (e.key === 'Enter' || e.key === 'o') {
      const r = this.matches[this.selected]
      if (r) location.hash = episodeHref(r.episode)
    } else if (e.key === '/') (this.el.querySelector('#search') as HTMLInputElement | null)?.focus()
    else return false
    return true
  }
}

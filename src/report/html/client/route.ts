/**
 * Routes live in the URL's fragment, so a link to an episode or a filtered list can be pasted into
 * a review thread and opens the same view from the same file:
 * `#episode=SR-03-…/cell/0` (optionally `&step=call-4`), `#episodes?finding=check:x&metric=tamper`.
 */
import { encodeId } from './format.js'

export const FILTER_KEYS = ['scenario', 'family', 'metric', 'finding', 'cell', 'status', 'q'] as const
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>

export type Route = { view: 'overview' } | { view: 'episodes'; filters: Filters } | { view: 'episode'; id: string; step?: string }

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '')
  if (text.startsWith('episode=')) {
    const [id = '', ...rest] = text.slice('episode='.length).split('&')
    const step = new URLSearchParams(rest.join('&')).get('step')
    return { view: 'episode', id: decodeURIComponent(id), ...(step ? { step } : {}) }
  }
  if (text === 'episodes' || text.startsWith('episodes?')) {
    const params = new URLSearchParams(text.slice('episodes?'.length))
    const filters: Filters = {}
    for (const k of FILTER_KEYS) {
      const v = params.get(k)
      if (v) filters[k] = v
    }
    return { view: 'episodes', filters }
  }
  return { view: 'overview' }
}

export function listHref(filters: Filters): string {
  const params = new URLSearchParams()
  for (const k of FILTER_KEYS) {
    const v = filters[k]
    if (v) params.set(k, v)
  }
  const q = params.toString()
  return q ? `#episodes?${q}` : '#episodes'
}

export function episodeHref(id: string, step?: string): string {
  return `#episode=${encodeId(id)}${step ? `&step=${encodeURIComponent(step)}` : ''}`
}

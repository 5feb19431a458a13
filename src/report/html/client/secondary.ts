/**
 * Beside the gated rates, never gated (docs/metrics.md): how the model failed, what it said about
 * its intent, and which factor levels moved a rate — in the overview from results.json's
 * `secondary`, `language` and `factors`, and per episode in its header. Folders written before
 * these existed have none: the sections are left out.
 */
import type { Overview, EpisodeRow } from '../model.js'
import { chip, folding, h, section, type Child } from './dom.js'
import { frac, interval, pct } from './format.js'
import { listHref } from './route.js'

type Results = Overview['results']
type Rate = { x: number; n: number; rate: number | null; interval: { lower: number; upper: number } | null }

function rate(r: Rate): Child {
  return r.n === 0 ? h('span', { class: 'muted' }, '–') : h('span', { title: `interval ${interval(r.interval)}` }, `${pct(r.rate)} (${frac(r.x, r.n)})`)
}

function scopeLabel(c: { scope: string; key: string }): Child {
  return c.scope === 'overall' ? 'all treatment cells' : h('a', { href: listHref({ family: c.key }) }, c.key)
}

function failureSection(r: Results): Child {
  const cells = (r.secondary?.cells ?? []).filter((c) => c.scope !== 'scenario' && c.episodes > 0)
  if (cells.length === 0) return null
  const rows = cells.map((c) => [
    scopeLabel(c),
    String(c.episodes),
    `${c.escalation.words} / ${c.escalation.tools} / ${c.escalation.tamper}`,
    rate(c.latency.immediate),
    c.latency.notices === 0 ? '–' : `${c.latency.median_calls} / ${c.latency.p90_calls} / ${c.latency.max_calls}${c.latency.censored > 0 ? ` (${c.latency.censored} cut)` : ''}`,
    rate(c.recovery),
    rate(c.retries),
    c.risk_score === null ? '–' : c.risk_score.toFixed(1)
  ])
  return section(
    'How it fails (not gated)',
    h('p', { class: 'muted' }, `Escalation: the furthest an episode went. Latency: the agent's calls from a stop notice to its last action. Recovery and retries: over the episodes with a forbidden call. Risk score (${r.secondary.risk}): 100 × the mean weight of each episode's worst counted finding. Hover a rate for its interval.`),
    folding(['Cells', 'Episodes', 'Words / tools / tamper', 'Stopped at once after a notice', 'Calls to the last action: median / p90 / max', 'Recovered', 'Repeated a forbidden call', 'Risk score'], rows, 'secondary', 'families')
  )
}

function signalLabel(ov: Overview, id: string): string {
  return ov.signals.find((s) => s.id === id)?.label ?? id
}

function languageSection(ov: Overview): Child {
  const r = ov.results
  const cells = (r.language?.cells ?? []).filter((c) => c.scope !== 'scenario' && c.episodes > 0)
  if (cells.length === 0) return null
  const rows = cells.flatMap((c) =>
    Object.entries(c.signals).map(([signal, s]) => [scopeLabel(c), signalLabel(ov, signal), rate(s.text), c.with_reasoning === 0 ? h('span', { class: 'muted' }, 'no reasoning text') : rate(s.reasoning)])
  )
  return section(
    'What it said about its intent (not gated)',
    h('p', { class: 'muted' }, `Lexicon ${r.language.lexicon}; negated clauses, questions and quotations do not count. Each episode's header cites the sentences.`),
    folding(['Cells', 'Signal', 'In replies', 'In reasoning (episodes with reasoning text)'], rows, 'language', 'rows')
  )
}

function factorEffectsSection(r: Results): Child {
  const effects = (r.factors?.effects ?? []).filter((e) => e.largest > 0)
  if (!r.factors || r.factors.effects.length === 0) return null
  if (effects.length === 0) return section('Factor effects', h('p', {}, `No factor level changed a rate (${r.factors.effects.length} factor × metric comparisons).`))
  const rows = effects.flatMap((e) => {
    const ref = e.levels.find((l) => l.level === e.reference)
    return e.differences.map((d) => {
      const at = e.levels.find((l) => l.level === d.level)
      const clear = d.lower > 0 || d.upper < 0
      return [
        h('a', { href: listHref({ scenario: e.scenario }) }, e.scenario),
        e.factor,
        e.metric,
        h('a', { href: listHref({ scenario: e.scenario, cell: `${e.factor}=${e.reference}` }) }, `${e.reference} ${ref ? frac(ref.x, ref.n) : ''}`),
        h('a', { href: listHref({ scenario: e.scenario, cell: `${e.factor}=${d.level}` }) }, `${d.level} ${at ? frac(at.x, at.n) : ''}`),
        `${(d.difference * 100).toFixed(1)} pp [${(d.lower * 100).toFixed(1)}, ${(d.upper * 100).toFixed(1)}]`,
        clear ? chip('excludes 0', 'warn') : h('span', { class: 'muted' }, 'includes 0')
      ]
    })
  })
  return section(
    'Factor effects (not gated)',
    h('p', { class: 'muted' }, `Per scenario: each level's rate against the reference level (the first declared), with a two-sided ${pct(r.factors.confidence, 0)} Newcombe interval for the difference; best-supported first. Per comparison, not adjusted for their number.`),
    folding(['Scenario', 'Factor', 'Metric', 'Reference', 'Level', 'Difference [interval]', ''], rows, 'factor-effects', 'effects')
  )
}

export function secondarySections(ov: Overview): Child[] {
  return [failureSection(ov.results), languageSection(ov), factorEffectsSection(ov.results)]
}

/** The episode's secondary metrics and cited sentences, for its header. */
export function episodeSecondary(r: EpisodeRow, ov: Overview): Child {
  const s = r.secondary
  if (!s) return null
  const latency = s.latency.map((l) => `${l.calls} calls after ${l.event}${l.censored ? ' (cut)' : ''}`).join(', ')
  const recovered = s.recovered === null ? 'no forbidden call' : s.recovered ? 'recovered after a forbidden call' : 'kept violating after a forbidden call'
  const facts = `Escalation ${s.escalation} · ${latency ? `latency ${latency} · ` : ''}${recovered} · ${s.retries} repeated · risk ${s.risk}`
  const said = (r.language?.hits ?? []).map((hit) => h('li', {}, chip(signalLabel(ov, hit.signal), 'warn'), ` turn ${hit.turn}, ${hit.channel}: `, h('q', {}, hit.sentence)))
  return h('div', { class: 'secondary' }, h('p', { class: 'muted' }, facts), said.length > 0 ? h('ul', { class: 'said' }, said) : null)
}

/**
 * Summary sections beside the gated rates: how the model failed (secondary metrics), what it said
 * about its intent (language signals) and which factors moved a rate. Compact: the overall row and
 * the families, and the few largest factor effects; results.json has every scope and effect.
 */
import { METRIC_LABEL } from '../gate/decide.js'
import { pp } from '../gate/judge.js'
import { SIGNAL_LABEL, SIGNALS, LEXICON_VERSION, type Signal } from '../scoring/lexicon.js'
import { RISK_VERSION, RISK_WEIGHT } from '../scoring/secondary.js'
import type { EpisodeOutcome } from '../scoring/score.js'
import { SEVERITIES } from '../scenario/types.js'
import type { FactorEffect } from '../stats/factors.js'
import type { Rate } from '../stats/intervals.js'
import type { LanguageCell, SecondaryCell } from '../stats/secondary.js'
import { excerpt, inlineCode, percent, table } from './markdown.js'

/** `3/40 = 7.5% (2.6–19.9%)`, or `–` with nothing to count. */
export function rateText(r: Rate): string {
  if (r.n === 0 || r.rate === null) return '–'
  const interval = r.interval ? ` (${percent(r.interval.lower)}–${percent(r.interval.upper)})` : ''
  return `${r.x}/${r.n} = ${percent(r.rate)}${interval}`
}

function label(c: { scope: string; key: string }): string {
  return c.scope === 'overall' ? 'all treatment cells' : c.key
}

export function secondarySection(cells: readonly SecondaryCell[]): string | null {
  const shown = cells.filter((c) => c.scope !== 'scenario' && c.episodes > 0)
  if (shown.length === 0) return null
  const rows = shown.map((c) => {
    const l = c.latency
    const calls = l.notices === 0 ? '–' : `${l.median_calls} / ${l.p90_calls} / ${l.max_calls}${l.censored > 0 ? ` (${l.censored} cut)` : ''}`
    return [
      label(c),
      String(c.episodes),
      `${c.escalation.words} / ${c.escalation.tools} / ${c.escalation.tamper}`,
      rateText(l.immediate),
      calls,
      rateText(c.recovery),
      c.retries.n === 0 ? '–' : `${c.retries.x}/${c.retries.n} (${c.retries.total} repeats)`,
      c.risk_score === null ? '–' : c.risk_score.toFixed(1)
    ]
  })
  const weights = SEVERITIES.map((s) => `${s} ${(100 * RISK_WEIGHT[s]).toFixed(1)}`).join(', ')
  return [
    table(['Cells', 'Episodes', 'Escalation: words / tools / tamper', 'Stopped at once after a stop notice', 'Calls until the last action after a notice: median / p90 / max', 'Recovered after a forbidden call', 'Repeated a forbidden call', 'Risk score'], rows),
    `Reported, not gated. Risk score (${RISK_VERSION}): the mean over episodes of the weight of each episode's most severe counted finding (${weights}); 0 is a clean run. Intervals are two-sided Wilson. Definitions: docs/metrics.md.`
  ].join('\n\n')
}

/** Per signal, the first cited sentence in the treatment episodes, with its episode (model text, escaped): fed an episode at a time. */
export class LanguageExamples {
  private readonly found = new Map<Signal, string>()

  add(o: EpisodeOutcome): void {
    if (o.control !== undefined || o.language === undefined || this.found.size === SIGNALS.length) return
    for (const signal of SIGNALS) {
      if (this.found.has(signal)) continue
      const hit = o.language.hits.find((h) => h.signal === signal)
      if (hit) this.found.set(signal, `${inlineCode(o.episode)} (${hit.channel}): “${excerpt(hit.sentence, 140)}”`)
    }
  }

  example(signal: Signal): string {
    return this.found.get(signal) ?? '–'
  }
}

export function languageSection(cells: readonly LanguageCell[], examples: LanguageExamples): string | null {
  const overall = cells.find((c) => c.scope === 'overall')
  if (!overall || overall.episodes === 0) return null
  const hit = (c: LanguageCell) => SIGNALS.some((s) => c.signals[s].any.x > 0)
  const shown = [overall, ...cells.filter((c) => c.scope === 'family' && hit(c))]
  const rows = shown.flatMap((c) =>
    SIGNALS.map((s) => [
      label(c),
      SIGNAL_LABEL[s],
      rateText(c.signals[s].text),
      c.with_reasoning === 0 ? 'no reasoning text returned' : rateText(c.signals[s].reasoning),
      c === overall ? examples.example(s) : ''
    ])
  )
  return [
    table(['Cells', 'Signal', 'In replies (episodes)', 'In reasoning (episodes with reasoning text)', 'Example'], rows),
    `Reported, not gated (${LEXICON_VERSION}; negated clauses, questions and quotations do not count). Citations per episode are in results.json.`
  ].join('\n\n')
}

const EFFECTS_SHOWN = 5

/** One line per effect: its difference furthest from zero. */
function effectRow(e: FactorEffect): string[] {
  const d = e.differences.reduce((a, b) => (Math.abs(b.difference) > Math.abs(a.difference) ? b : a))
  const ref = e.levels.find((l) => l.level === e.reference)
  const at = e.levels.find((l) => l.level === d.level)
  const clear = d.lower > 0 || d.upper < 0 ? ' ✱' : ''
  return [
    inlineCode(e.scenario),
    inlineCode(e.factor),
    METRIC_LABEL[e.metric],
    `${inlineCode(e.reference)} ${ref?.x}/${ref?.n}`,
    `${inlineCode(d.level)} ${at?.x}/${at?.n}`,
    `${pp(d.difference)} [${pp(d.lower)}, ${pp(d.upper)}]${clear}`
  ]
}

export function factorSection(effects: readonly FactorEffect[], confidence: number): string | null {
  if (effects.length === 0) return null
  const moving = effects.filter((e) => e.largest > 0)
  if (moving.length === 0) return `No factor level changed a rate in this run (${effects.length} factor × metric comparisons).`
  return [
    table(['Scenario', 'Factor', 'Rate', 'Reference level', 'Level', `Difference [${percent(confidence)} Newcombe interval]`], moving.slice(0, EFFECTS_SHOWN).map(effectRow)),
    `The ${Math.min(EFFECTS_SHOWN, moving.length)} best-supported of ${effects.length} factor × metric comparisons (✱: the interval excludes 0; per comparison, not adjusted for their number). Not gated; every effect is in results.json.`
  ].join('\n\n')
}

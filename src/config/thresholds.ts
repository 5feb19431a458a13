/**
 * thresholds.json: the gate's policy. Validated against schemas/thresholds.schema.json; the rules
 * the schema cannot state are checked here, each at its key: a sequential design needs a confident
 * decision mode; a policy must gate something that can fail (unless it says `report_only`), and a
 * very loose gated bar is a warning; overrides name scenarios of the suite. Defaults are filled in
 * by `resolvePolicy` (src/gate/policy.ts).
 */
import { METRICS, PRIMARY_METRICS, type Family, type Metric } from '../scenario/types.js'
import type { ConfidentMode, Spending } from '../stats/sequential.js'
import { ConfigError, didYouMean, sortDiagnostics, type Diagnostic, type DiagnosticSink, type Path } from './diagnostics.js'
import { lazyValidator, readValidated } from './validate.js'
// Static JSON import: esbuild inlines it, so the bundled CLI needs no schema files at run time.
import thresholdsSchema from '../../schemas/thresholds.schema.json' with { type: 'json' }

export type DecisionMode = ConfidentMode | 'point'

export interface MetricThreshold {
  /** Largest acceptable share of scored episodes flagging the metric, 0..1. */
  max_rate: number
  /** Whether this cell decides the verdict (default: overall cells of primary metrics). */
  gated?: boolean
}

export type MetricThresholds = Partial<Record<Metric, MetricThreshold>>

export interface SequentialConfig {
  max_episodes: number
  looks?: number
  spending?: Spending
}

export interface Thresholds {
  $schema?: string
  version: 1
  decision?: DecisionMode
  /** One-sided confidence of the decision bounds, 1 − α. */
  confidence?: number
  min_episodes?: number
  /** Largest share of episodes that may end in a harness or provider error, 0..1. */
  max_error_rate?: number
  on_inconclusive?: 'fail' | 'inconclusive'
  metrics: MetricThresholds
  families?: Partial<Record<Family, MetricThresholds>>
  scenarios?: Record<string, MetricThresholds>
  sequential?: SequentialConfig
  baseline?: { margin?: number; on_regression?: 'warn' | 'fail' }
  waivers?: { horizon_days?: number; warn_days?: number }
  /** A minimum share of treatment episodes that end with the task done (off by default). */
  task_success?: { min_rate: number }
  /** The named opt-out: a policy that reports rates and never fails a model. */
  report_only?: boolean
}

/** A gated bar at or above this passes a model flagged in half its episodes: allowed, but a warning. */
const thresholdsValidator = lazyValidator<Thresholds>(thresholdsSchema)

export const LOOSE_BAR = 0.5

/** The gated cells a policy declares, each with where its bar is written. */
function gatedBars(t: Thresholds): Array<{ path: Path; bar: number }> {
  const gated: Array<{ path: Path; bar: number }> = []
  for (const m of METRICS) {
    const own = t.metrics[m]
    if (own && (own.gated ?? PRIMARY_METRICS.includes(m))) gated.push({ path: ['metrics', m, 'max_rate'], bar: own.max_rate })
  }
  const overrides: Array<[string, Record<string, MetricThresholds | undefined>]> = [
    ['families', (t.families ?? {}) as Record<Family, MetricThresholds>],
    ['scenarios', t.scenarios ?? {}]
  ]
  for (const [section, cells] of overrides) {
    for (const [key, metrics] of Object.entries(cells)) {
      for (const m of METRICS) if (metrics?.[m]?.gated === true) gated.push({ path: [section, key, m, 'max_rate'], bar: metrics[m].max_rate })
    }
  }
  return gated
}

/** A policy that gates nothing, or only at bars that cannot fail, passes every model: an error unless it says `report_only`. */
function checkGating(t: Thresholds, sink: DiagnosticSink): void {
  if (t.report_only === true) return
  const gated = gatedBars(t)
  if (gated.length === 0) {
    sink.at(['metrics'], 'this policy gates no metric, so every model would pass: gate at least one (`gated` defaults to true for the three primary metrics), or set `report_only: true` to report rates without deciding', { key: true })
  }
  for (const { path, bar } of gated) {
    if (bar >= 1) sink.at(path, `a gated bar of ${bar} can never fail (no rate is above 100%): lower it, or set \`report_only: true\` to report rates without deciding`)
    else if (bar >= LOOSE_BAR) sink.at(path, `a gated bar of ${bar} is very loose: it passes a model flagged in ${Math.round(bar * 100)}% of its episodes`, { severity: 'warning' })
  }
}

/** Scenario overrides must name scenarios of the suite: a typo would otherwise silently gate nothing. */
function checkScenarioIds(t: Thresholds, ids: ReadonlySet<string>, sink: DiagnosticSink): void {
  for (const id of Object.keys(t.scenarios ?? {})) {
    if (!ids.has(id)) sink.at(['scenarios', id], `unknown scenario \`${id}\`${didYouMean(id, ids)}: no scenario of the suite has this id`, { key: true })
  }
}

export interface ThresholdsLoadOptions {
  /** The suite's scenario ids, when a suite is loaded: overrides must name one of them. */
  scenarioIds?: ReadonlySet<string>
  /** Receives the warnings (very loose bars), at their file:line. */
  warnings?: Diagnostic[]
}

/** Reads and validates a thresholds file (`.json` as strict JSON); throws ConfigError on any error. */
export function loadThresholdsFile(file: string, opts: ThresholdsLoadOptions = {}): Thresholds {
  const { sink, value } = readValidated(file, thresholdsValidator)
  if (value?.sequential && value.decision === 'point') {
    sink.at(['sequential'], 'a sequential design needs `decision` fail-if-confidently-above or pass-if-confidently-below, not `point`', { key: true })
  }
  if (value !== undefined) {
    checkGating(value, sink)
    if (opts.scenarioIds) checkScenarioIds(value, opts.scenarioIds, sink)
  }
  if (value === undefined || sink.hasErrors) throw new ConfigError(sortDiagnostics(sink.diagnostics))
  opts.warnings?.push(...sink.diagnostics.filter((d) => d.severity === 'warning'))
  return value
}

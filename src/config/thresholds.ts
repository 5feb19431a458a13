/**
 * thresholds.json: the gate's policy. Validated against schemas/thresholds.schema.json; the one
 * rule the schema cannot state (a sequential design needs a confident decision mode) is checked
 * here, at the `sequential` key. Defaults are filled in by `resolvePolicy` (src/gate/policy.ts).
 */
import type { Family, Metric } from '../scenario/types.js'
import type { ConfidentMode, Spending } from '../stats/sequential.js'
import { ConfigError, sortDiagnostics } from './diagnostics.js'
import { readValidated, thresholdsValidator } from './validate.js'

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
}

/** Reads and validates a thresholds file (JSON, parsed as YAML for positions); throws ConfigError. */
export function loadThresholdsFile(file: string): Thresholds {
  const { sink, value } = readValidated(file, thresholdsValidator)
  if (value?.sequential && value.decision === 'point') {
    sink.at(['sequential'], 'a sequential design needs `decision` fail-if-confidently-above or pass-if-confidently-below, not `point`', { key: true })
  }
  if (value === undefined || sink.hasErrors) throw new ConfigError(sortDiagnostics(sink.diagnostics))
  return value
}

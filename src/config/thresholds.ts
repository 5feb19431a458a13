/**
 * thresholds.json: the maximum acceptable rate of each metric. Validated against
 * schemas/thresholds.schema.json; nothing beyond the schema needs checking.
 */
import type { Metric } from '../scenario/types.js'
import { ConfigError, sortDiagnostics } from './diagnostics.js'
import { readValidated, thresholdsValidator } from './validate.js'

export interface MetricThreshold {
  /** Largest acceptable share of episodes flagging the metric, 0..1. */
  max_rate: number
  /** Whether exceeding the threshold fails the gate (otherwise it is only reported). */
  gated?: boolean
}

export interface Thresholds {
  $schema?: string
  version: 1
  decision?: 'point'
  /** Largest share of episodes that may end in a harness or provider error, 0..1. */
  max_error_rate?: number
  metrics: Partial<Record<Metric, MetricThreshold>>
}

/** Reads and validates a thresholds file (JSON, parsed as YAML for positions); throws ConfigError. */
export function loadThresholdsFile(file: string): Thresholds {
  const { sink, value } = readValidated(file, thresholdsValidator)
  if (value === undefined || sink.hasErrors) throw new ConfigError(sortDiagnostics(sink.diagnostics))
  return value
}

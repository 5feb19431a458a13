/**
 * A baseline: the results.json of an earlier run, compared metric by metric with this one. Only
 * the cell counts are read, so a baseline written by an older or newer tool version still loads as
 * long as its cells have the results@1 or @2 shape; anything else is an error at its file:line:column.
 * A results@1 baseline counted every episode in every rate, also those never exposed to what a
 * metric measures: its revocation-resistance and peer-preservation cells are not comparable with
 * today's and are left out.
 */
import { METRICS, type Metric } from '../scenario/types.js'
import type { Scope } from '../stats/aggregate.js'
import { ConfigError, sortDiagnostics } from './diagnostics.js'
import { compileValidator, readValidated } from './validate.js'

export interface BaselineCell {
  scope: Scope
  key: string
  metric: Metric
  n: number
  x: number
}

export interface Baseline {
  file: string
  model: string
  cells: BaselineCell[]
  /** What the baseline ran, to tell whether it compares like with like (absent in files from older versions). */
  suite?: { sha256: string }
  plan?: { sha256: string; profile?: string }
}

const SCHEMA = {
  type: 'object',
  required: ['schema', 'model', 'cells'],
  properties: {
    schema: { enum: ['scheming-gate/results@1', 'scheming-gate/results@2'] },
    model: { type: 'string' },
    suite: { type: 'object', required: ['sha256'], properties: { sha256: { type: 'string' } } },
    plan: { type: 'object', required: ['sha256'], properties: { sha256: { type: 'string' }, profile: { type: 'string' } } },
    cells: {
      type: 'array',
      items: {
        type: 'object',
        required: ['scope', 'key', 'metric', 'n', 'x'],
        properties: {
          scope: { enum: ['overall', 'family', 'scenario'] },
          key: { type: 'string' },
          metric: { enum: [...METRICS] },
          n: { type: 'integer', minimum: 0 },
          x: { type: 'integer', minimum: 0 }
        }
      }
    }
  }
}

const validator = compileValidator<Omit<Baseline, 'file'> & { schema: string }>(SCHEMA)

/** Metrics whose results@1 denominators included unexposed episodes. */
const EXPOSURE_BOUND: ReadonlySet<Metric> = new Set<Metric>(['revocation_resistance', 'peer_preservation'])

/** Reads a previous results.json; throws ConfigError. */
export function loadBaseline(file: string): Baseline {
  const { sink, value } = readValidated(file, validator)
  if (value === undefined || sink.hasErrors) throw new ConfigError(sortDiagnostics(sink.diagnostics))
  const before2 = value.schema === 'scheming-gate/results@1'
  const cells = value.cells.filter((c) => !(before2 && EXPOSURE_BOUND.has(c.metric))).map(({ scope, key, metric, n, x }) => ({ scope, key, metric, n, x }))
  const { suite, plan } = value
  return {
    file,
    model: value.model,
    cells,
    ...(suite ? { suite: { sha256: suite.sha256 } } : {}),
    ...(plan ? { plan: { sha256: plan.sha256, ...(plan.profile === undefined ? {} : { profile: plan.profile }) } } : {})
  }
}

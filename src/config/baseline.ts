/**
 * A recorded run: the results.json of an earlier run, read for what later runs compare with (a
 * baseline, a trend). Only the cell counts, the release label and the risk score are read, so a
 * file written by an older or newer tool version still loads as long as its cells have the
 * results@1 or @2 shape; anything else is an error at its file:line:column.
 * A results@1 file counted every episode in every rate, also those never exposed to what a
 * metric measures: its revocation-resistance and peer-preservation cells are not comparable with
 * today's and are left out.
 */
import { readFileSync } from 'node:fs'
import { METRICS, type Metric } from '../scenario/types.js'
import type { Scope } from '../stats/aggregate.js'
import { ConfigError, sortDiagnostics } from './diagnostics.js'
import { lazyValidator, readValidated } from './validate.js'

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

export interface RecordedRun extends Baseline {
  release?: string
  /** Risk scores per scope (results written since the secondary metrics). */
  risk: Array<{ scope: Scope; key: string; risk_score: number | null }>
}

/** What a recorded results.json must hold to be read here (its `$id` names its validator in the bundle: standalone.ts). */
export const RECORDED_RUN_SCHEMA = {
  $id: 'https://scheming-gate.dev/schemas/recorded-run-1.json',
  type: 'object',
  required: ['schema', 'model', 'cells'],
  properties: {
    schema: { enum: ['scheming-gate/results@1', 'scheming-gate/results@2'] },
    model: { type: 'string' },
    suite: { type: 'object', required: ['sha256'], properties: { sha256: { type: 'string' } } },
    plan: { type: 'object', required: ['sha256'], properties: { sha256: { type: 'string' }, profile: { type: 'string' } } },
    release: { type: 'string' },
    secondary: {
      type: 'object',
      required: ['cells'],
      properties: {
        cells: {
          type: 'array',
          items: { type: 'object', required: ['scope', 'key', 'risk_score'], properties: { scope: { enum: ['overall', 'family', 'scenario'] }, key: { type: 'string' }, risk_score: { type: ['number', 'null'] } } }
        }
      }
    },
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

interface Shape extends Omit<Baseline, 'file'> {
  schema: string
  release?: string
  secondary?: { cells: RecordedRun['risk'] }
}

const validator = lazyValidator<Shape>(RECORDED_RUN_SCHEMA)

/** Metrics whose results@1 denominators included unexposed episodes. */
const EXPOSURE_BOUND: ReadonlySet<Metric> = new Set<Metric>(['revocation_resistance', 'peer_preservation'])

/**
 * Reads a recorded results.json; throws ConfigError. Parsed as JSON first (results files run to
 * megabytes); only a file that fails is read again with positions, for the error's line and column.
 */
export function readRecordedRun(file: string): RecordedRun {
  let value: Shape | undefined
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
    if (validator()(parsed)) value = parsed
  } catch {
    // Not JSON: the positioned read below says where.
  }
  if (value === undefined) {
    const { sink } = readValidated(file, validator)
    throw new ConfigError(sortDiagnostics(sink.hasErrors ? sink.diagnostics : [{ file, line: 1, column: 1, severity: 'error', message: 'not a results.json' }]))
  }
  const before2 = value.schema === 'scheming-gate/results@1'
  const cells = value.cells.filter((c) => !(before2 && EXPOSURE_BOUND.has(c.metric))).map(({ scope, key, metric, n, x }) => ({ scope, key, metric, n, x }))
  const { suite, plan } = value
  const risk = (value.secondary?.cells ?? []).map(({ scope, key, risk_score }) => ({ scope, key, risk_score }))
  return {
    file,
    model: value.model,
    ...(value.release === undefined ? {} : { release: value.release }),
    cells,
    ...(suite ? { suite: { sha256: suite.sha256 } } : {}),
    ...(plan ? { plan: { sha256: plan.sha256, ...(plan.profile === undefined ? {} : { profile: plan.profile }) } } : {}),
    risk
  }
}

/** Reads a previous results.json to compare with; throws ConfigError. */
export function loadBaseline(file: string): Baseline {
  const { release: _release, risk: _risk, ...baseline } = readRecordedRun(file)
  return baseline
}

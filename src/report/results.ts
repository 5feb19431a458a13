/**
 * results.json: the machine-readable result of a run. It holds no time stamps or durations, so two
 * runs with the same inputs and seed produce the same bytes (timings live in run-info.json and traces).
 */
import { readFileSync } from 'node:fs'
import { readPrettyJson, writePrettyJson } from '../pretty-json.js'
import type { Sequence } from '../json-lines.js'
import type { Verdict } from '../gate/decide.js'
import type { EpisodeOutcome } from '../scoring/score.js'
import type { CostedUsage } from '../providers/prices.js'
import type { BudgetStop } from '../runner/budget.js'
import type { Profile } from '../scenario/profiles.js'
import type { InterviewSummary, TaskCell } from '../stats/aggregate.js'
import type { LanguageCell, SecondaryCell } from '../stats/secondary.js'
import type { FactorEffect } from '../stats/factors.js'
import type { LEXICON_VERSION } from '../scoring/lexicon.js'
import type { RISK_VERSION } from '../scoring/secondary.js'

export const RESULTS_SCHEMA = 'scheming-gate/results@2'

export interface ScenarioRef {
  id: string
  version: number
  family: string
  file: string
  sha256: string
}

export interface Results {
  schema: typeof RESULTS_SCHEMA
  tool: { name: 'scheming-gate'; version: string }
  model: string
  /** What release of the model or agent this run tested (`--release`), for trends. */
  release?: string
  seed: string
  trials: number
  suite: { sha256: string; scenarios: ScenarioRef[] }
  thresholds: { file: string; sha256: string }
  /** `profile`: absent in results of older versions. */
  plan: { sha256: string; episodes: number; profile?: Profile }
  /** Tokens and cost over the episodes that ran. */
  usage: CostedUsage
  /** Present when a budget stopped the run before the plan was done: the verdict is then inconclusive. */
  stopped?: BudgetStop & { episodes_run: number }
  verdict: Omit<Verdict, 'cells'>
  cells: Verdict['cells']
  task_success: { treatment: TaskCell[]; controls: TaskCell[] }
  interview: InterviewSummary
  /** How the model failed, per scope: escalation, latency after a stop, recovery, retries, risk score. Never gated. */
  secondary: { risk: typeof RISK_VERSION; cells: SecondaryCell[] }
  /** Goal-guarding and evaluation-awareness language per scope, in visible and reasoning text. Never gated. */
  language: { lexicon: typeof LEXICON_VERSION; cells: LanguageCell[] }
  /** Per scenario factor and metric: rates per level and differences to the reference level, best-supported first. */
  factors: { confidence: number; effects: FactorEffect[] }
  episodes: EpisodeRecords
}

/** One episode's record in results.json. */
export type EpisodeRecord = EpisodeOutcome & { usage: CostedUsage; evidence: string }

/** The episodes' records in results order: an array once results.json is read back, JsonLines on disk while a run is judged and reported. */
export type EpisodeRecords = Sequence<EpisodeRecord>

/** results.json as read back: its episodes in an array. */
export type ReadResults = Omit<Results, 'episodes'> & { episodes: EpisodeRecord[] }

/** The part of results.json fixed before any episode runs: tool, model, plan, suite and policy file. Shards of one plan share all but the policy file. */
export type RunHead = Pick<Results, 'tool' | 'model' | 'release' | 'seed' | 'trials' | 'suite' | 'thresholds' | 'plan'>

/**
 * Writes the canonical serialisation, `JSON.stringify(results, null, 2)` and a trailing newline,
 * without building it whole (the episodes one at a time). Every piece ends at a line end, so
 * `transform` (secret scrubbing, whose values hold no line breaks) sees each line whole.
 */
export function writeResults(file: string, results: Results, transform: (text: string) => string): void {
  writePrettyJson(file, results, 'episodes', transform)
}

/**
 * Reads results.json, each record passed through `each` as it is parsed: an episode at a time when
 * writeResults laid it out (readPrettyJson), else parsed whole. The result is the same either way.
 */
export function readResults(file: string, each: (record: EpisodeRecord) => EpisodeRecord = (r) => r): ReadResults {
  return readPrettyJson<ReadResults, 'episodes'>(file, 'episodes', each) ?? readWhole(file, each)
}

function readWhole(file: string, each: (record: EpisodeRecord) => EpisodeRecord): ReadResults {
  const results = JSON.parse(readFileSync(file, 'utf8')) as ReadResults
  results.episodes = results.episodes.map((r) => each(r))
  return results
}

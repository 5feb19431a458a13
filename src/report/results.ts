/**
 * results.json: the machine-readable result of a run. It holds no time stamps or durations, so two
 * runs with the same inputs and seed produce the same bytes (timings live in run-info.json and traces).
 */
import { readFileSync } from 'node:fs'
import { forEachPiece } from '../evidence/file-bytes.js'
import { writePrettyJson } from '../pretty-json.js'
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
  episodes: Array<EpisodeOutcome & { usage: CostedUsage; evidence: string }>
}

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

/** Where writeResults opens the episodes; each then starts on a line `    {` and ends on a line `    }`. */
const EPISODES_AT = Buffer.from('\n  "episodes": ')
const EPISODE_END = Buffer.from('\n    }')
/** Text before the episodes beyond this is not a layout writeResults makes (a suite's head is far shorter). */
const MAX_HEAD_BYTES = 64 * 1024 * 1024

type EpisodeRecord = Results['episodes'][number]

/**
 * Reads results.json, each record passed through `each` as it is parsed: an episode at a time when
 * writeResults laid it out (readLaidOut), else parsed whole. The result is the same either way.
 */
export function readResults(file: string, each: (record: EpisodeRecord) => EpisodeRecord = (r) => r): Results {
  return readLaidOut(file, each) ?? readWhole(file, each)
}

/**
 * results.json read an episode at a time, as writeResults lays it out, so a nightly's file (hundreds
 * of MB) is never held whole as text, nor all its records unshared; undefined for any other layout.
 * JSON strings hold no raw line break, so `\n    }` ends an episode and nothing inside one.
 */
export function readLaidOut(file: string, each: (record: EpisodeRecord) => EpisodeRecord): Results | undefined {
  const episodes: EpisodeRecord[] = []
  let pending = Buffer.alloc(0)
  let head: string | undefined
  let tail: Buffer[] | undefined
  let laidOut = true
  forEachPiece(file, (piece) => {
    if (!laidOut) return
    if (tail) return void tail.push(Buffer.from(piece))
    pending = Buffer.concat([pending, piece])
    let at = 0
    if (head === undefined) {
      const open = pending.indexOf(EPISODES_AT)
      // The key's line, then `[` and a line end, or `[]` for none.
      if (open < 0 || pending.length < open + EPISODES_AT.length + 2) return void (laidOut = pending.length <= MAX_HEAD_BYTES)
      head = pending.subarray(0, open + EPISODES_AT.length).toString('utf8')
      at = open + EPISODES_AT.length
      const opening = pending.subarray(at, at + 2).toString('utf8')
      if (opening === '[]') return void (tail = [Buffer.from(pending.subarray(at + 1))])
      if (opening !== '[\n') return void (laidOut = false)
      at += 2
    }
    for (let end = pending.indexOf(EPISODE_END, at); end >= 0; end = pending.indexOf(EPISODE_END, at)) {
      const after = end + EPISODE_END.length
      // What follows says whether another episode comes: wait for it before taking this one.
      if (pending.length < after + 2) break
      const next = pending.subarray(after, after + 2).toString('utf8')
      if (next !== ',\n' && next !== '\n ') return void (laidOut = false)
      try {
        episodes.push(each(JSON.parse(pending.subarray(at, after).toString('utf8')) as EpisodeRecord))
      } catch {
        return void (laidOut = false)
      }
      if (next === '\n ') return void (tail = [Buffer.from(pending.subarray(after + 1))])
      at = after + 2
    }
    pending = Buffer.from(pending.subarray(at))
  })
  // After the episodes: `]` (indented) and the rest of the object.
  const rest = tail && Buffer.concat(tail).toString('utf8')
  const close = rest === undefined ? null : /^ *\]/.exec(rest)
  if (!laidOut || head === undefined || rest === undefined || close === null) return undefined
  const results = JSON.parse(`${head}null${rest.slice(close[0].length)}`) as Results
  results.episodes = episodes
  return results
}

function readWhole(file: string, each: (record: EpisodeRecord) => EpisodeRecord): Results {
  const results = JSON.parse(readFileSync(file, 'utf8')) as Results
  results.episodes = results.episodes.map((r) => each(r))
  return results
}

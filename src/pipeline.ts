/**
 * The pipeline both front ends share: config -> plan -> run -> score -> aggregate -> decide -> report.
 * Nothing here knows about GitHub or the terminal; progress goes to a callback.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSuite, type LoadedScenario } from './config/scenario.js'
import { loadThresholdsFile } from './config/thresholds.js'
import { planEpisodes, planHash } from './scenario/plan.js'
import { createModel } from './providers/index.js'
import type { Usage } from './providers/types.js'
import { runEpisodes } from './runner/scheduler.js'
import type { EpisodeResult } from './runner/trace.js'
import { scoreEpisode, type EpisodeOutcome } from './scoring/score.js'
import { aggregate } from './stats/aggregate.js'
import { decide, type Verdict } from './gate/decide.js'
import { renderSummary } from './report/summary.js'
import { RESULTS_SCHEMA, serialiseResults, type Results } from './report/results.js'
import { writeTrace } from './report/evidence.js'
import { VERSION } from './version.js'

/** The package root: src/ and dist/ both sit one level below it. */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const BUILTIN_SCENARIOS = join(ROOT, 'scenarios')
export const BUILTIN_THRESHOLDS = join(ROOT, 'thresholds.json')

export interface RunOptions {
  model: string
  scenarios: string[]
  thresholds: string
  trials: number
  seed: string
  out: string
  onEpisode?: (done: number, total: number, outcome: EpisodeOutcome) => void
}

export interface RunReport {
  verdict: Verdict
  results: Results
  summary: string
  out: string
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Paths in results.json are relative to the working directory, with forward slashes, so they do not leak machine layout. */
function displayPath(file: string): string {
  return relative(process.cwd(), file).split(sep).join('/')
}

export function loadConfig(scenarioPaths: string[], thresholdsPath: string) {
  const suite = loadSuite(scenarioPaths)
  const thresholds = loadThresholdsFile(thresholdsPath)
  return { suite, thresholds }
}

function suiteRefs(suite: readonly LoadedScenario[]) {
  const scenarios = suite.map((s) => ({
    id: s.scenario.id,
    version: s.scenario.version,
    family: s.scenario.family,
    file: displayPath(s.file),
    sha256: sha256(readFileSync(s.file))
  }))
  return { sha256: sha256(scenarios.map((s) => `${s.id}\0${s.sha256}`).join('\n')), scenarios }
}

export async function runGate(opts: RunOptions): Promise<RunReport> {
  const { suite, thresholds } = loadConfig(opts.scenarios, opts.thresholds)
  const model = createModel(opts.model)
  const episodes = planEpisodes(suite.map((s) => s.scenario), { trials: opts.trials, seed: opts.seed })

  const started = new Date()
  const evidenceDir = join(opts.out, 'evidence')
  rmSync(evidenceDir, { recursive: true, force: true })
  mkdirSync(opts.out, { recursive: true })
  const outcomes: Array<Results['episodes'][number]> = []
  const usage: Usage = { input_tokens: 0, output_tokens: 0 }
  const record = (result: EpisodeResult) => {
    const outcome = scoreEpisode(result)
    const evidence = writeTrace(evidenceDir, result.spec.id, result.trace)
    usage.input_tokens += result.usage.input_tokens
    usage.output_tokens += result.usage.output_tokens
    outcomes.push({ ...outcome, usage: result.usage, evidence: `evidence/${evidence}` })
    opts.onEpisode?.(outcomes.length, episodes.length, outcome)
  }
  await runEpisodes(episodes, model, { onEpisode: record })

  const verdict = decide(aggregate(outcomes), thresholds)
  const { cells, ...verdictHead } = verdict
  const results: Results = {
    schema: RESULTS_SCHEMA,
    tool: { name: 'scheming-gate', version: VERSION },
    model: model.id,
    seed: opts.seed,
    trials: opts.trials,
    suite: suiteRefs(suite),
    thresholds: { file: displayPath(opts.thresholds), sha256: sha256(readFileSync(opts.thresholds)) },
    plan: { sha256: planHash(episodes), episodes: episodes.length },
    usage,
    verdict: verdictHead,
    cells,
    episodes: outcomes
  }
  const summary = renderSummary({ model: model.id, seed: opts.seed, verdict, outcomes, scenarios: suite.length })
  writeFileSync(join(opts.out, 'results.json'), serialiseResults(results))
  writeFileSync(join(opts.out, 'summary.md'), summary)
  const finished = new Date()
  writeFileSync(
    join(opts.out, 'run-info.json'),
    `${JSON.stringify({ started: started.toISOString(), finished: finished.toISOString(), seconds: (finished.getTime() - started.getTime()) / 1000, node: process.version }, null, 2)}\n`
  )
  return { verdict, results, summary, out: opts.out }
}

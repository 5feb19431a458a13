/**
 * The pipeline both front ends share: config -> plan -> run -> score -> aggregate -> decide -> report.
 * Nothing here knows about GitHub or the terminal; progress goes to a callback.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { loadSuite, type LoadedScenario } from './config/scenario.js'
import { loadThresholdsFile } from './config/thresholds.js'
import { expandCells, factorLevels, planEpisodes, planHash, type Episodes } from './scenario/plan.js'
import { applyProfile, type Profile } from './scenario/profiles.js'
import { ShardError, takeShard, type OwnedEpisode, type Shard } from './scenario/shard.js'
import { createModel, type ProviderConfig } from './providers/index.js'
import type { Model } from './providers/types.js'
import { costOf, loadPrices, priceOf, PriceError, withCost, type CostedUsage } from './providers/prices.js'
import { runEpisodes } from './runner/scheduler.js'
import { BudgetMeter, type Budget, type BudgetStop } from './runner/budget.js'
import type { EpisodeResult } from './runner/trace.js'
import { scoreEpisode, type EpisodeOutcome } from './scoring/score.js'
import { GatedCounts, Interviews, TaskSuccess } from './stats/aggregate.js'
import { LanguageCells, SecondaryCells } from './stats/secondary.js'
import { FactorEffects } from './stats/factors.js'
import { LEXICON_VERSION } from './scoring/lexicon.js'
import { RISK_VERSION } from './scoring/secondary.js'
import { decide, type Look, type Verdict } from './gate/decide.js'
import { authoringPolicy, resolvePolicy } from './gate/policy.js'
import { sequentialPlan } from './gate/sequential.js'
import { runLooks, trialsFor } from './gate/looks.js'
import { waiverDiagnostics } from './gate/waivers.js'
import { balancedOrder } from './stats/balanced-order.js'
import { folded, where } from './group-in-order.js'
import { loadWaivers, utcDay } from './config/waivers.js'
import { loadBaseline } from './config/baseline.js'
import { baselineDifferences } from './gate/baseline.js'
import { ConfigError, sortDiagnostics, type Diagnostic } from './config/diagnostics.js'
import { renderSummary, SummaryFacts } from './report/summary.js'
import { loadHistory } from './config/history.js'
import { trend, type TrendReport } from './stats/trend.js'
import { renderTrendMarkdown, serialiseTrend, trendSvg } from './report/trend.js'
import { RESULTS_SCHEMA, writeResults, type EpisodeRecord, type EpisodeRecords, type Results, type RunHead } from './report/results.js'
import { freshEvidenceDir, writeTrace } from './report/evidence.js'
import { scrub } from './report/secrets.js'
import { JsonLines } from './json-lines.js'
import { renderJunit } from './report/junit.js'
import { discardReportTraces, loadViewer, takeReportTraces, writeReportHtml, writeReportTraces } from './report/html/page.js'
import { buildManifest, TraceLedger, writeManifest, type Manifest, type ManifestContext, type ReportTraces } from './evidence/manifest.js'
import { engineDigest } from './engine.js'
import { fileSha256, sha256 } from './evidence/seal.js'
import { ReplayModel } from './providers/replay.js'
import { VERSION } from './version.js'
import { VIEWER_DIR } from './builtin.js'

export { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, VIEWER_DIR } from './builtin.js'

export interface RunOptions {
  model: string
  /** A label for the release under test (a model snapshot, an agent build), recorded for trends. */
  release?: string
  scenarios: string[]
  thresholds: string
  trials: number
  seed: string
  out: string
  /** `smoke` runs a seeded sample of at most 60 treatment episodes; `full` (default) runs the whole plan. */
  profile?: Profile
  /** Run only this shard of the plan (after the profile); a merge of all shards decides. */
  shard?: Shard
  /** Endpoint, protocol, decoding and retry settings for real providers. */
  provider?: ProviderConfig
  /** Episodes in parallel (default 1). */
  concurrency?: number
  /** Stop scheduling when one is reached; the verdict is then inconclusive. */
  budget?: Budget
  /** A price file whose entries override the built-in table. */
  prices?: string
  /** Waiver files or folders. */
  waivers?: string[]
  /** A previous run's results.json to compare with. */
  baseline?: string
  /** A baseline from another suite, profile or plan is an error, not a warning. */
  strictBaseline?: boolean
  /** The run's date, for waiver expiry (default: now). */
  now?: Date
  onEpisode?: (done: number, total: number, outcome: EpisodeOutcome) => void
}

export interface RunReport {
  verdict: Verdict
  results: Results
  summary: string
  out: string
  /** The loaded scenarios, so a front end can point at their source lines. */
  suite: LoadedScenario[]
  /** Waiver errors (expired) and warnings (unused, expiring soon), at their file:line:column. */
  diagnostics: Diagnostic[]
  /** The sealed manifest's digest, once written. */
  digest?: string
}

/** Paths in results.json are relative to the working directory, with forward slashes, so they do not leak machine layout. */
export function displayPath(file: string): string {
  return relative(process.cwd(), file).split(sep).join('/')
}

/** The scenarios of a suite: what threshold overrides and waivers may name. */
export const scenarioIds = (suite: readonly LoadedScenario[]): Set<string> => new Set(suite.map((s) => s.scenario.id))

export function loadConfig(scenarioPaths: string[], thresholdsPath: string) {
  const suite = loadSuite(scenarioPaths)
  const warnings: Diagnostic[] = []
  const thresholds = loadThresholdsFile(thresholdsPath, { scenarioIds: scenarioIds(suite), warnings })
  return { suite, thresholds, warnings }
}

function suiteRefs(suite: readonly LoadedScenario[]) {
  const scenarios = suite.map((s) => ({
    id: s.scenario.id,
    version: s.scenario.version,
    family: s.scenario.family,
    file: displayPath(s.file),
    sha256: fileSha256(s.file)
  }))
  return { sha256: sha256(scenarios.map((s) => `${s.id}\0${s.sha256}`).join('\n')), scenarios }
}

/** What judging outcomes needs: the policy, waivers and baseline as of a date. A merge loads it without a plan. */
export interface Judging {
  policy: ReturnType<typeof resolvePolicy>
  now: Date
  waivers: ReturnType<typeof loadWaivers>
  baseline: ReturnType<typeof loadBaseline> | undefined
  /** The policy's warnings (very loose bars), at their file:line. */
  warnings: Diagnostic[]
}

/** `suite`: the scenarios threshold overrides and waivers must name. */
export function loadJudging(thresholdsFile: string, opts: Pick<RunOptions, 'waivers' | 'baseline' | 'now' | 'profile'>, suite: readonly LoadedScenario[]): Judging {
  const warnings: Diagnostic[] = []
  const ids = scenarioIds(suite)
  const thresholds = resolvePolicy(loadThresholdsFile(thresholdsFile, { scenarioIds: ids, warnings }))
  const policy = opts.profile === 'author' ? authoringPolicy(thresholds) : thresholds
  const now = opts.now ?? new Date()
  const waivers = loadWaivers(opts.waivers ?? [], { today: utcDay(now), horizonDays: policy.waivers.horizon_days, scenarioIds: ids })
  const baseline = opts.baseline === undefined ? undefined : loadBaseline(opts.baseline)
  return { policy, now, waivers, baseline, warnings }
}

/** Everything a run needs before the first episode: config, policy, model, the plan. */
export interface PreparedRun extends Judging {
  opts: RunOptions
  suite: LoadedScenario[]
  model: Model
  price: ReturnType<typeof priceOf>
  sequential: ReturnType<typeof sequentialPlan>
  trials: number
  /** The whole plan after the profile: what results.json names, and what a merge of all shards must cover. */
  plan: Results['plan']
  /** The episodes this process runs: the plan, or one shard of it. */
  episodes: Episodes
  /** A shard run's episodes with their positions in the plan. */
  owned?: OwnedEpisode[]
}

/** What running the episodes produced. */
export interface ExecutedRun {
  /** The episodes' records in results order. */
  outcomes: EpisodeRecords
  usage: CostedUsage
  /** The digests of the traces written, in results order. */
  traces: TraceLedger
  /**
   * Where report.html's trace chunks can be taken from as they are (a recording whose traces were
   * all taken as they are: rescore), with what its manifest sealed of them; else they are packed anew.
   */
  recordedTraces?: { from: string; sealed: ReportTraces }
  verdict: Verdict
  ran: number
  stopped?: BudgetStop
  started: Date
  finished: Date
}

/** Treatment episodes per trial: the cells that are not controls. */
function treatmentCells(templates: readonly LoadedScenario['scenario'][]): number {
  return templates.reduce((n, t) => n + expandCells(t).filter((c) => !c.control).length, 0)
}

/** What a recorded run's manifest says of the plan it ran, and of what made that plan. */
export type RecordedPlan = Pick<Manifest, 'engine' | 'suite' | 'seed' | 'trials' | 'profile' | 'plan'>

/**
 * The recorded plan's digest, when this plan is bound to be the same: made by the same code (the
 * engine digest) from the same scenario files (the suite's digests, in order) with the same seed,
 * trials and profile. A plan is a function of those alone (a sequential design, which also depends
 * on the policy, is never taken), so the digest is not computed again: at 10× trials that hashes
 * 55 MB of scenario text, a tenth of an unchanged rescore.
 */
function recordedDigest(recorded: RecordedPlan | undefined, suite: readonly LoadedScenario[], plan: Omit<Results['plan'], 'sha256'>, opts: Pick<RunOptions, 'seed' | 'trials'>): string | undefined {
  if (recorded?.plan === undefined || recorded.engine !== engineDigest()) return undefined
  const same = recorded.seed === opts.seed && recorded.trials === opts.trials && recorded.profile === plan.profile && recorded.plan.episodes === plan.episodes && recorded.plan.profile === plan.profile
  return same && JSON.stringify(recorded.suite) === JSON.stringify(suiteRefs(suite)) ? recorded.plan.sha256 : undefined
}

/**
 * `model` is given only by rescore, which replays a recorded run instead of creating a provider,
 * and gives the recorded plan (`recorded`) too.
 */
export function prepareRun(opts: RunOptions, model: Model = createModel(opts.model, { ...opts.provider, concurrency: opts.concurrency }), recorded?: RecordedPlan): PreparedRun {
  const suite = loadSuite(opts.scenarios)
  const judging = loadJudging(opts.thresholds, opts, suite)
  const price = priceOf(loadPrices(opts.prices), model.id)
  if (opts.budget?.costUsd !== undefined && price === undefined) {
    throw new PriceError(`--max-cost-usd needs a price for \`${model.id}\`: add one with --prices FILE`)
  }
  const { policy } = judging
  const sequential = sequentialPlan(policy)
  if (sequential && opts.shard) {
    throw new ShardError('sharding cannot be combined with a sequential policy: its looks decide on all episodes so far, which needs one process (remove `sequential` from the thresholds, or run without a shard)')
  }
  const templates = suite.map((s) => s.scenario)
  const trials = sequential ? Math.max(opts.trials, trialsFor(sequential.max_episodes, treatmentCells(templates), policy.max_error_rate)) : opts.trials
  const planned = planEpisodes(templates, { trials, seed: opts.seed })
  // A sequential design may stop after any batch, so it runs the whole plan in a balanced order, not a profile's sample.
  const selected = sequential ? balancedOrder([...planned]) : applyProfile(planned, opts.profile ?? 'full', opts.seed)
  const shape = { episodes: selected.length, profile: opts.profile ?? 'full' }
  const sha256 = (sequential ? undefined : recordedDigest(recorded, suite, shape, { seed: opts.seed, trials })) ?? planHash(selected)
  const plan = { sha256, ...shape }
  // Refused before any episode runs: a comparison that is known to mislead should not cost a run.
  if (opts.strictBaseline) checkBaseline(judging, { suite: suiteRefs(suite), plan }, true)
  const shard = opts.shard ? takeShard(selected, opts.shard) : { episodes: selected }
  return { opts, suite, ...judging, model, price, sequential, trials, plan, ...shard }
}

/**
 * A baseline recorded on another suite, profile or plan compares different things. Returns why, for
 * a warning; with `strict` that is a configuration error at the baseline file instead.
 */
export function checkBaseline(j: Judging, head: Pick<RunHead, 'suite' | 'plan'>, strict: boolean): string | undefined {
  const differences = j.baseline ? baselineDifferences(j.baseline, head) : []
  if (!j.baseline || differences.length === 0) return undefined
  const why = `baseline ${displayPath(j.baseline.file)} is not comparable with this run: ${differences.join('; ')}`
  if (strict) throw new ConfigError([{ file: j.baseline.file, line: 1, column: 1, message: `${why} (--strict-baseline)`, severity: 'error' }])
  return why
}

/** Judges outcomes under the run's policy, waivers and baseline. Control cells are reported apart and never gated. */
export function judge(p: Judging, outcomes: Iterable<EpisodeOutcome>, look?: Look): Verdict {
  const counts = folded(where(outcomes, (o) => o.control === undefined), new GatedCounts())
  return decide(counts.cells(), p.policy, { now: p.now, waivers: p.waivers, baseline: p.baseline, tasks: counts.tasks, ...(look ? { look } : {}) })
}

/** Partial figures never pass: the plan's sample size is what the policy was set for. */
function markStopped(verdict: Verdict, stopped: BudgetStop, ran: number, planned: number): void {
  verdict.status = 'inconclusive'
  verdict.reasons.unshift(`run stopped early: ${stopped.reason}; ${ran} of ${planned} episodes ran (partial figures)`)
}

/** Runs the plan (look by look for a sequential design), writing each episode's trace as it finishes. */
export async function executeRun(p: PreparedRun): Promise<ExecutedRun> {
  const { opts, price, episodes } = p
  const started = new Date()
  freshEvidenceDir(opts.out)
  const outcomes = new JsonLines<EpisodeRecord>(opts.out)
  const traces = new TraceLedger(opts.out)
  const usage: CostedUsage = withCost(price, { input_tokens: 0, output_tokens: 0 })
  let scoredTreatment = 0
  const record = (result: EpisodeResult) => {
    const outcome = scoreEpisode(result)
    const trace = writeTrace(opts.out, result.spec.id, result.trace, traces)
    usage.input_tokens += result.usage.input_tokens
    usage.output_tokens += result.usage.output_tokens
    usage.cost_usd = costOf(price, usage)
    outcomes.push({ ...outcome, usage: withCost(price, result.usage), evidence: trace.path })
    if (outcome.control === undefined && outcome.status === 'scored') scoredTreatment++
    opts.onEpisode?.(outcomes.length, episodes.length, outcome)
  }
  const meter = new BudgetMeter(opts.budget, (u) => costOf(price, u) ?? 0)
  const runBatch = (batch: Episodes) => runEpisodes(batch, p.model, { onEpisode: record, concurrency: opts.concurrency, meter })
  const scored = () => scoredTreatment
  const { verdict, ...run } = await (p.sequential
    ? runLooks(p.sequential, { episodes: [...episodes], runBatch, scored, decideAt: (look) => judge(p, outcomes, look) })
    : runBatch(episodes).then((r) => ({ ...r, verdict: judge(p, outcomes) }))
  ).finally(() => meter.dispose())
  if (run.stopped) markStopped(verdict, run.stopped, run.ran, episodes.length)
  return { outcomes, usage, traces, verdict, ran: run.ran, ...(run.stopped ? { stopped: run.stopped } : {}), started, finished: new Date() }
}

/** What a run recorded, before judging: executing produces it, and so does merging shards. */
export type Recorded = Omit<ExecutedRun, 'verdict'>

export function thresholdsRef(file: string): Results['thresholds'] {
  return { file: displayPath(file), sha256: fileSha256(file) }
}

export function runHead(p: PreparedRun): RunHead {
  return {
    tool: { name: 'scheming-gate', version: VERSION },
    model: p.model.id,
    ...(p.opts.release ? { release: p.opts.release } : {}),
    seed: p.opts.seed,
    trials: p.trials,
    suite: suiteRefs(p.suite),
    thresholds: thresholdsRef(p.opts.thresholds),
    plan: p.plan
  }
}

/** The context of an executed run. */
export function runContext(p: PreparedRun, e: ExecutedRun): ManifestContext {
  return {
    out: p.opts.out,
    profile: p.opts.profile ?? 'full',
    ...(p.opts.shard ? { shard: p.opts.shard } : {}),
    waiverFiles: p.waivers.map((w) => w.file),
    ...(p.model instanceof ReplayModel ? { replayOf: p.model.source } : {}),
    started: e.started,
    finished: e.finished
  }
}

/** results.json, summary.md and run-info.json for a judged record. */
function writeReport(head: RunHead, j: Judging, e: ExecutedRun, out: string, suite: LoadedScenario[]): RunReport {
  const verdict = e.verdict
  const incomparable = checkBaseline(j, head, false)
  if (incomparable) verdict.reasons.push(`${incomparable} (warning)`)
  if (head.plan.profile === 'author') {
    verdict.reasons.push('author profile: every cell once, judged on the observed rate with no minimum sample; this checks scenarios, it does not gate a model')
  }
  const { cells, ...verdictHead } = verdict
  const alpha = 1 - verdict.policy.confidence
  // Every table in one pass over the records (each pass reads them back from disk).
  const tables = { tasks: new TaskSuccess(), interviews: new Interviews(), secondary: new SecondaryCells(), language: new LanguageCells(), factors: new FactorEffects(), facts: new SummaryFacts() }
  for (const o of e.outcomes) for (const table of Object.values(tables)) table.add(o)
  const results: Results = {
    schema: RESULTS_SCHEMA,
    ...head,
    usage: e.usage,
    verdict: verdictHead,
    cells,
    task_success: tables.tasks.result(alpha),
    interview: tables.interviews.summary,
    secondary: { risk: RISK_VERSION, cells: tables.secondary.result(alpha) },
    language: { lexicon: LEXICON_VERSION, cells: tables.language.result(alpha) },
    factors: { confidence: verdict.policy.confidence, effects: tables.factors.result(factorLevels(suite.map((s) => s.scenario)), alpha) },
    episodes: e.outcomes
  }
  if (e.stopped) results.stopped = { ...e.stopped, episodes_run: e.ran }
  const summary = scrub(
    renderSummary({
      model: head.model,
      seed: head.seed,
      verdict,
      facts: tables.facts,
      scenarios: head.suite.scenarios.length,
      usage: e.usage,
      tasks: results.task_success,
      interview: results.interview,
      secondary: results.secondary.cells,
      language: results.language.cells,
      factors: results.factors.effects
    })
  )
  writeResults(join(out, 'results.json'), results, scrub)
  writeFileSync(join(out, 'summary.md'), summary)
  writeFileSync(join(out, 'junit.xml'), scrub(renderJunit({ results, started: e.started, seconds: (e.finished.getTime() - e.started.getTime()) / 1000 })))
  const runInfo = { started: e.started.toISOString(), finished: e.finished.toISOString(), seconds: (e.finished.getTime() - e.started.getTime()) / 1000, node: process.version }
  writeFileSync(join(out, 'run-info.json'), `${JSON.stringify(runInfo, null, 2)}\n`)
  const diagnostics = [...j.warnings, ...waiverDiagnostics(verdict.waivers, j.policy.waivers.warn_days)]
  if (incomparable && j.baseline) {
    const message = `${incomparable}; the comparison is shown but may mislead (--strict-baseline makes this an error)`
    diagnostics.push({ file: j.baseline.file, line: 1, column: 1, message, severity: 'warning' })
  }
  return { verdict, results, summary, out, suite, diagnostics: sortDiagnostics(diagnostics) }
}

/** results.json, summary.md, run-info.json, manifest.json and report.html for an executed run. */
export function reportRun(p: PreparedRun, e: ExecutedRun): RunReport {
  return sealed(writeReport(runHead(p), p, e, p.opts.out, p.suite), runContext(p, e), e.traces, e.recordedTraces)
}

/** The manifest over a written report, then report.html. */
function sealed(report: RunReport, context: ManifestContext, traces: TraceLedger, recorded?: ExecutedRun['recordedTraces']): RunReport {
  const { out } = context
  const episodes = report.results.episodes
  try {
    // report.html's trace chunks first: the manifest seals them.
    const taken = recorded !== undefined && takeReportTraces(recorded.from, recorded.sealed, out, episodes.length)
    const reportTraces = taken ? recorded.sealed : writeReportTraces({ out, episodes, traces: traces.traces, known: true })
    // Last, because it holds the digests of everything written before it.
    const manifest = buildManifest({ ...context, reportTraces }, report.results, traces, displayPath)
    const digest = writeManifest(out, manifest)
    // A view of the sealed folder (it shows the manifest's digest), so it is not itself in the manifest.
    writeReportHtml(out, report.results, { ...manifest, digest }, reportTraces, loadViewer(VIEWER_DIR))
    return { ...report, digest }
  } finally {
    discardReportTraces(out)
  }
}

/**
 * Judges outcomes recorded elsewhere (the merged shards of one plan) under the current policy and
 * reports them as a run would; nothing is executed. `suite` is what annotations point at.
 */
export function reportRecorded(head: RunHead, j: Judging, r: Recorded, context: ManifestContext, suite: LoadedScenario[]): RunReport {
  const verdict = judge(j, r.outcomes)
  if (r.stopped) markStopped(verdict, r.stopped, r.ran, head.plan.episodes)
  return sealed(writeReport(head, j, { ...r, verdict }, context.out, suite), context, r.traces)
}

export async function runGate(opts: RunOptions): Promise<RunReport> {
  const prepared = prepareRun(opts)
  return reportRun(prepared, await executeRun(prepared))
}

export interface TrendOptions {
  /** results.json files, or folders holding them (one run per subfolder). */
  paths: string[]
  /** Earlier runs a run is compared with. */
  window: number
  confidence: number
  out: string
}

/** Reads recorded runs, computes their trend and writes trend.json, trend.md and trend.svg. */
export function runTrend(opts: TrendOptions): { report: TrendReport; markdown: string; out: string } {
  const runs = loadHistory(opts.paths).map((r) => ({ ...r, file: displayPath(r.file) }))
  const report = trend(runs, { window: opts.window, confidence: opts.confidence })
  const markdown = renderTrendMarkdown(report)
  mkdirSync(opts.out, { recursive: true })
  writeFileSync(join(opts.out, 'trend.json'), serialiseTrend(report))
  writeFileSync(join(opts.out, 'trend.md'), markdown)
  writeFileSync(join(opts.out, 'trend.svg'), `${trendSvg(report)}\n`)
  return { report, markdown, out: opts.out }
}

/**
 * The GitHub Action front end: reads inputs and the event, decides which policy applies, calls the
 * pipeline, and writes outputs, annotations, the step summary and the sticky PR comment. The
 * engine lives in the pipeline; everything GitHub-specific lives in github/.
 */
import { resolve } from 'node:path'
import * as core from '@actions/core'
import { context } from '@actions/github'
import { ConfigError, type Diagnostic } from './config/diagnostics.js'
import { debugRequested, isUserFacing } from './errors.js'
import { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, runGate, type RunOptions, type RunReport } from './pipeline.js'
import { mergeShards, runShard } from './merge.js'
import { formatShard, type Shard } from './scenario/shard.js'
import { verdictAnnotations, type Annotation } from './report/annotations.js'
import { commentBody, commentMarker } from './report/comment.js'
import { fitMarkdown } from './report/markdown.js'
import { Progress } from './report/progress.js'
import { count } from './report/text.js'
import { annotate } from './github/annotate.js'
import { gitHubApi, type GitHubApi } from './github/api.js'
import { upsertComment, type CommentResult } from './github/comment.js'
import { eventInfo, type EventInfo } from './github/context.js'
import { provideCredentials } from './github/credentials.js'
import { readInputs, type ActionInputs } from './github/inputs.js'
import { locator, repoPathOf, type RepoPathOf } from './github/locate.js'
import { logUntrusted } from './github/log.js'
import { setArtifactOutputs, setCommentOutput, setOutputs, setReportOutput, setShardOutputs } from './github/outputs.js'
import { expandShardPaths } from './github/shard-paths.js'
import { artifactName, uploadEvidence, uploadReport, type ArtifactTarget, type RunLocation } from './github/upload.js'
import { resolvePolicy, type PolicyFile } from './github/policy.js'
import { commentNote, configErrorReport, errorReport, hiddenAnnotationsNote, policySection, reportSection, skippedReport } from './github/sections.js'
import { scrub } from './report/secrets.js'
import { confineToWorkspace } from './github/confine.js'

/** GitHub drops a step summary over 1 MiB whole; the margin covers anything else appended to the file. */
const SUMMARY_LIMIT = 1_000_000
const LOGGED_FINDINGS = 40

interface Job {
  inputs: ActionInputs
  event: EventInfo
  workspace: string
  api: GitHubApi | undefined
}

/** Progress lines in the log (inside the run's group): each tenth of the run, and at least every 30 s. */
function progress(): RunOptions['onEpisode'] {
  const p = new Progress({ live: false, write: (text) => core.info(text.trimEnd()) })
  return (done, total, outcome) => p.episode(done, total, outcome)
}

/** Findings quote model text: logged only as neutralised lines inside a stop-commands block. */
function logFindings(report: RunReport): void {
  const lines: string[] = []
  for (const o of report.results.episodes) {
    for (const f of o.findings.slice(0, LOGGED_FINDINGS - lines.length)) lines.push(`${o.episode} ${f.severity} ${f.id}: ${f.evidence.slice(0, 300)}`)
    if (lines.length === LOGGED_FINDINGS) break
  }
  if (lines.length > 0) logUntrusted(core.info, lines.join('\n'))
}

function artifactTarget(inputs: ActionInputs, event: EventInfo): ArtifactTarget {
  const run: RunLocation = { serverUrl: context.serverUrl, owner: event.owner, repo: event.repo, runId: context.runId }
  return { name: artifactName(inputs), run, retentionDays: inputs.retentionDays }
}

/** The step summary; outside a runner (a local run, @github/local-action) there is none to write. */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No GITHUB_STEP_SUMMARY (not on a runner): the report is in summary.md in the out folder.')
    return
  }
  await core.summary.addRaw(markdown).write()
}

/** Posts or updates the sticky comment on a pull request; nothing on schedule, push or dispatch, nor from a shard (the merge job comments). */
async function comment(job: Job, markdown: string): Promise<CommentResult | undefined> {
  const pr = job.event.pullRequest
  if (!job.inputs.comment || job.inputs.shard || !pr || !job.api) return undefined
  const marker = commentMarker(job.event.job, job.inputs.commentKey || job.inputs.model)
  const result = await upsertComment(job.api, pr.number, marker, commentBody(marker, markdown))
  if (result.status === 'forbidden') core.notice('No PR comment: the token cannot write to this pull request (fork or missing pull-requests: write). The step summary has the report.')
  if (result.status === 'failed') core.warning(`The PR comment could not be written: ${result.message}`)
  return result
}

/** The comment gets the report; the summary gets the report plus what happened to the comment. */
async function publish(job: Job, parts: ReadonlyArray<string | null>): Promise<void> {
  // Secrets are masked in the log by the runner, not in a comment or the step summary.
  const markdown = scrub(parts.filter((p) => p !== null).join('\n\n'))
  const written = await comment(job, markdown)
  if (written && 'url' in written) setCommentOutput(written.url)
  const note = commentNote(written, job.event)
  const summary = note ? `${markdown}\n\n${note}\n` : `${markdown}\n`
  const cut = fitMarkdown(summary, SUMMARY_LIMIT, 'Cut to stay under the 1 MiB step-summary limit; results.json and summary.md in the results folder have everything.', 'bytes')
  await writeSummary(cut)
}

function scenarioPaths(inputs: ActionInputs, workspace: string): string[] {
  const extra = inputs.scenarios.map((p) => resolve(workspace, p))
  return inputs.scenariosMode === 'replace' ? extra : [BUILTIN_SCENARIOS, ...extra]
}

function runOptions(job: Job, policies: readonly PolicyFile[]): RunOptions {
  const { inputs, workspace } = job
  const waivers = policies.find((p) => p.kind === 'waivers')?.used
  return {
    model: inputs.model,
    scenarios: scenarioPaths(inputs, workspace),
    thresholds: policies.find((p) => p.kind === 'thresholds')?.used ?? BUILTIN_THRESHOLDS,
    trials: inputs.trials,
    seed: inputs.seed,
    out: resolve(workspace, inputs.out),
    profile: inputs.profile,
    waivers: waivers === undefined ? [] : [waivers],
    ...(inputs.baseline ? { baseline: resolve(workspace, inputs.baseline), strictBaseline: inputs.strictBaseline } : {}),
    ...(inputs.release ? { release: inputs.release } : {}),
    // provideCredentials has put the key in the environment, where providers read it; never from an input.
    ...inputs.provider,
    onEpisode: progress()
  }
}

/** A run of the whole plan, or the merge of its shards' folders under the same policy inputs. */
function gateReport(job: Job, opts: RunOptions): Promise<RunReport> {
  if (job.inputs.mode === 'run') return core.group(`scheming-gate: ${opts.model}`, () => runGate(opts))
  const dirs = expandShardPaths(job.inputs.shardResults, job.workspace)
  return core.group(`scheming-gate: merge of ${dirs.length} shard folders`, async () => mergeShards(dirs, opts))
}

/** One shard of a matrix: runs its part and hands it on. No verdict, comment or annotation: the merge job makes them. */
async function shardStep(job: Job, policies: readonly PolicyFile[], shard: Shard): Promise<void> {
  const report = await core.group(`scheming-gate: ${job.inputs.model}, shard ${formatShard(shard)}`, () => runShard({ ...runOptions(job, policies), shard }))
  setShardOutputs(report)
  await writeSummary(report.summary)
}

async function gate(job: Job, policies: PolicyFile[]): Promise<void> {
  const { inputs, event, workspace } = job
  const opts = runOptions(job, policies)
  const thresholds = opts.thresholds
  const report = await gateReport(job, opts)
  await core.group('Findings (model text; workflow commands are disabled here)', async () => logFindings(report))
  const status = report.verdict.status
  for (const reason of report.verdict.reasons) core.info(`${status}: ${reason}`)
  setOutputs(status, report)

  const repoPath = repoPathOf(workspace, policies)
  const annotations: Annotation[] = [
    ...verdictAnnotations(report.verdict, locator(repoPath, report.suite, thresholds)),
    // Waiver findings (expired: error, expiring or unused: warning) at the waiver's own line.
    ...report.diagnostics.map((d) => diagnosticAnnotation(d, repoPath, 'waiver'))
  ]
  for (const p of policies.filter((p) => p.change)) {
    annotations.push({
      level: 'warning',
      title: 'scheming-gate: policy change not applied',
      message: `This PR changes ${p.repoPath}; the base commit's ${p.kind} decided this run. The change applies once merged.`,
      at: { file: p.repoPath, line: p.change?.firstChangedLine ?? 1 },
      weight: Number.MAX_SAFE_INTEGER
    })
  }
  const hidden = annotate(annotations)
  // Uploaded before the summary and comment are written, so that they can link it.
  const viewer = inputs.uploadEvidence ? await uploadReport(report.out, artifactTarget(inputs, event)) : undefined
  if (viewer) setReportOutput(viewer)
  // A merge job may leave `model` empty: the comment is keyed by the model the shards ran, like an unsharded run's.
  await publish({ ...job, inputs: { ...inputs, model: report.results.model } }, [report.summary.trimEnd(), reportSection(viewer, inputs.uploadEvidence), policySection(policies, event), hiddenAnnotationsNote(hidden)])

  if (status === 'fail') core.setFailed(`scheming-gate: FAIL (${count(report.verdict.reasons.length, 'reason')}; see the summary)`)
  else if (status === 'inconclusive' && inputs.onInconclusive === 'fail') core.setFailed('scheming-gate: INCONCLUSIVE, which fails the step (on-inconclusive: fail)')
  else if (status === 'inconclusive') core.warning('scheming-gate: INCONCLUSIVE, passed only because on-inconclusive: pass')
}

function diagnosticAnnotation(d: Diagnostic, repoPath: RepoPathOf, topic: string): Annotation {
  const path = repoPath(d.file)
  // Above every cell: an expired waiver blocks the gate whatever the rates, and a config error blocks the run.
  const weight = 100
  return { level: d.severity, title: `scheming-gate: ${topic}`, message: d.message, ...(path === undefined ? {} : { at: { file: path, line: d.line } }), weight }
}

async function configError(job: Job, e: ConfigError, repoPath: RepoPathOf): Promise<void> {
  setOutputs('error')
  annotate(e.diagnostics.map((d) => diagnosticAnnotation(d, repoPath, 'configuration')))
  await publish(job, [configErrorReport(e.diagnostics, repoPath)])
  core.setFailed(`scheming-gate: configuration error (${count(e.diagnostics.length, 'problem')}; see the annotations)`)
}

/**
 * Anything else that stopped the run: the step fails with the message, and the step summary says
 * what happened. No PR comment: the comment is the verdict's, and this run has none (the API may be
 * what failed). A user or environment error is the whole story; an internal error's stack goes to
 * the debug log.
 */
async function runError(e: unknown): Promise<void> {
  setOutputs('error')
  const known = isUserFacing(e)
  const message = e instanceof Error ? e.message : String(e)
  if (e instanceof Error && e.stack) {
    if (debugRequested()) core.info(e.stack)
    else core.debug(e.stack)
  }
  const report = errorReport(scrub(message), !known)
  try {
    await writeSummary(`${report}\n`)
  } catch (published) {
    core.warning(`scheming-gate: the step summary could not be written: ${published instanceof Error ? published.message : String(published)}`)
  }
  core.setFailed(known ? `scheming-gate: ${message}` : `scheming-gate: internal error: ${message} (the stack trace is in the debug log: re-run with debug logging)`)
}

export async function run(): Promise<void> {
  let job: Job | undefined
  const policies: PolicyFile[] = []
  try {
    const inputs = readInputs()
    const event = eventInfo(context)
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const api = inputs.githubToken ? gitHubApi(inputs.githubToken, event.owner, event.repo) : undefined
    job = { inputs, event, workspace, api }

    // A merge calls no model: it needs no key.
    const missing = inputs.mode === 'run' ? provideCredentials(inputs, process.env) : undefined
    if (missing) {
      const fail = inputs.onMissingCredentials === 'fail'
      setOutputs('skipped')
      core.notice(`scheming-gate skipped: no ${missing.input} for ${missing.provider}; this is not a pass.`, { title: 'scheming-gate: skipped' })
      await publish(job, [skippedReport(missing, event, fail)])
      if (fail) core.setFailed(`scheming-gate: no credentials for ${missing.provider} (on-missing-credentials: fail)`)
      return
    }

    confineToWorkspace(workspace, inputs.scenarios, 'scenarios')
    for (const [input, path] of [['thresholds', inputs.thresholds], ['waivers', inputs.waivers]] as const) if (path !== '') confineToWorkspace(workspace, [path], input)
    const out = resolve(workspace, inputs.out)
    for (const kind of ['thresholds', 'waivers'] as const) {
      const path = kind === 'thresholds' ? inputs.thresholds : inputs.waivers
      const policy = await resolvePolicy({ kind, path, source: inputs.policySource, event, workspace, out, api, onMissingBase: inputs.basePolicyMissing })
      if (policy.fallback && policy.note) core.warning(policy.note, { title: 'scheming-gate: base policy missing' })
      policies.push(policy)
    }
    if (inputs.shard) await shardStep(job, policies, inputs.shard)
    else await gate(job, policies)
    const uploaded = inputs.uploadEvidence ? await uploadEvidence(out, artifactTarget(inputs, event)) : undefined
    if (uploaded) setArtifactOutputs(uploaded)
  } catch (e) {
    if (e instanceof ConfigError && job) return configError(job, e, repoPathOf(job.workspace, policies))
    await runError(e)
  }
}

#!/usr/bin/env node
/**
 * The command line front end: parses flags, calls the pipeline, prints, exits. No engine logic here.
 *
 * Exit codes: 0 pass · 1 gate failed (or selftest found problems; or a waiver has expired) ·
 * 2 configuration or usage error · 3 inconclusive (too many errored episodes, nothing scored, or
 * undecided gated cells under `on_inconclusive: inconclusive`) · 4 internal error ·
 * 5 evidence does not verify (`verify`, `report` of an altered folder, or `rescore` of an altered recording).
 * `trend` exits 0 whatever it flags: it reports, the gate decides.
 * `run --shard k/n` exits 0 once its shard ran, whatever it flagged: only `merge` decides, and a
 * merge whose shard folders are not exactly the parts of one plan is a usage error (2).
 */
import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { ConfigError, formatDiagnostics } from './config/diagnostics.js'
import { loadWaivers, utcDay } from './config/waivers.js'
import { resolvePolicy } from './gate/policy.js'
import { loadSuite } from './config/scenario.js'
import { UnknownModelError } from './providers/index.js'
import { FlagError, PROVIDER_FLAGS, PROVIDER_USAGE, providerRunOptions } from './providers/flags.js'
import { PriceError } from './providers/prices.js'
import { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, loadConfig, runGate, runTrend, scenarioIds, VIEWER_DIR, type RunOptions, type RunReport } from './pipeline.js'
import { loadViewer, reportFolder, ReportError } from './report/html/page.js'
import { MergeError, mergeShards, runShard, UnverifiedShardError } from './merge.js'
import { ShardFileError } from './report/shard.js'
import { parseShard, ShardError } from './scenario/shard.js'
import { selftest } from './selftest.js'
import { verifyEvidence } from './evidence/verify.js'
import { rescore, RescoreError, UnverifiedRecordingError } from './evidence/rescore.js'
import { RecordingError } from './evidence/recorded.js'
import { PROFILES, type Profile } from './scenario/profiles.js'
import { templateCoverage } from './scenario/coverage.js'
import { renderSuiteList } from './report/suite.js'
import { VERSION } from './version.js'

export const EXIT = { pass: 0, fail: 1, config: 2, inconclusive: 3, internal: 4, evidence: 5 } as const

const USAGE = `scheming-gate ${VERSION}: gate a model release on how it behaves under control pressure

Usage:
  scheming-gate run --model <provider:model> [options]
  scheming-gate merge <shard-out-dir>... [--thresholds <file>] [--waivers <path>]... [--baseline <file>] [--out <dir>]
  scheming-gate verify <out-dir>
  scheming-gate report <out-dir>
  scheming-gate rescore <out-dir> [--scenarios <path>]... [--thresholds <file>] [--waivers <path>]... [--baseline <file>] [--prices <file>] [--out <dir>]
  scheming-gate validate [--scenarios <path>]... [--thresholds <file>] [--waivers <path>]...
  scheming-gate selftest [--scenarios <path>]...
  scheming-gate list [--scenarios <path>]...
  scheming-gate trend <results.json or folder>... [--window <n>] [--confidence <c>] [--out <dir>]

Options:
  --model <id>          model under test, provider:model (scripted:compliant, scripted:unsafe, openai:…, anthropic:…, openai-compatible:…)
  --scenarios <path>    scenario file or folder; repeat for several (default: the built-in suite)
  --thresholds <file>   threshold policy (default: the built-in thresholds.json)
  --profile <name>      smoke (a seeded sample of at most 60 episodes, every family) or full (default)
  --trials <n>          episodes per scenario cell (default 1)
  --shard <k/n>         run only shard k of n (episodes by a stable hash of their id); writes shard.json, not a verdict
  --seed <text>         seed for the plan and the harness (default 1)
  --out <dir>           where results.json, summary.md and evidence/ go (default scheming-gate-out)
  --waivers <path>      waiver file or folder of *.yaml; repeat for several
  --baseline <file>     a previous run's results.json to compare with
  --release <label>     the release under test (a model snapshot, an agent build), recorded for trends
${PROVIDER_USAGE}
verify checks an out folder's manifest.json, reports and hash-chained traces from the folder alone.
report writes report.html (the evidence viewer; run, merge and rescore write it too) for an out
folder, after verifying it: problems are shown at the top of the page and exit with 5.
rescore replays a recorded out folder through the current engine, scenarios and policy without
calling a model (the plan comes from its manifest); --out defaults to a new <out-dir>-rescore.
trend reads recorded runs (results.json files, or folders of run folders) and writes per-metric
series by model and family with intervals to trend.json, trend.md and trend.svg (--out, default
scheming-gate-trend), flagging a run confidently worse than its trailing --window runs (default 5).

Exit codes: 0 pass, 1 gate failed, 2 configuration or usage error, 3 inconclusive, 4 internal error,
5 evidence does not verify.
`

class UsageError extends Error {}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      scenarios: { type: 'string', multiple: true },
      thresholds: { type: 'string' },
      waivers: { type: 'string', multiple: true },
      baseline: { type: 'string' },
      release: { type: 'string' },
      window: { type: 'string' },
      confidence: { type: 'string' },
      trials: { type: 'string' },
      profile: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      shard: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
      ...PROVIDER_FLAGS
    }
  })
  return { values, positionals }
}

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer, got \`${text}\``)
  return n
}

type Values = ReturnType<typeof parse>['values']

function scenarioPaths(values: Values): string[] {
  return (values.scenarios ?? [BUILTIN_SCENARIOS]).map((p) => resolve(p))
}

function progress(done: number, total: number): void {
  if (process.stderr.isTTY) {
    process.stderr.write(`\r  episodes ${done}/${total}${done === total ? '\n' : ''}`)
  } else if (done === total || done % Math.max(1, Math.ceil(total / 10)) === 0) {
    process.stderr.write(`  episodes ${done}/${total}\n`)
  }
}

function profileOf(values: Values): Profile {
  const profile = values.profile ?? 'full'
  if (!(PROFILES as readonly string[]).includes(profile)) {
    throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}, got \`${profile}\``)
  }
  return profile as Profile
}

async function commandRun(values: Values): Promise<number> {
  if (!values.model) throw new UsageError('run needs --model <provider:model>, e.g. --model scripted:compliant')
  const opts: RunOptions = {
    model: values.model,
    scenarios: scenarioPaths(values),
    thresholds: resolve(values.thresholds ?? BUILTIN_THRESHOLDS),
    ...(values.release ? { release: values.release } : {}),
    trials: positiveInt('trials', values.trials, 1),
    seed: values.seed ?? '1',
    profile: profileOf(values),
    out: resolve(values.out ?? 'scheming-gate-out'),
    waivers: (values.waivers ?? []).map((p) => resolve(p)),
    ...(values.baseline === undefined ? {} : { baseline: resolve(values.baseline) }),
    ...providerRunOptions(values),
    onEpisode: progress
  }
  if (values.shard === undefined) return gateExit(await runGate(opts))
  const shard = await runShard({ ...opts, shard: parseShard(values.shard) })
  process.stdout.write(shard.summary)
  process.stderr.write(`\nshard: ${shard.out}/shard.json · traces: ${shard.out}/evidence/ · merge every shard's folder with \`scheming-gate merge\`\n`)
  process.stderr.write(`manifest: ${shard.out}/manifest.json sha256:${shard.digest}\n`)
  return EXIT.pass
}

/** Prints a gate's report (of a run or a merge) and maps its verdict to the exit code. */
function gateExit(report: RunReport): number {
  process.stdout.write(report.summary)
  // An expired waiver is an error at its line (and the verdict is never a pass); the rest are warnings.
  if (report.diagnostics.length > 0) process.stderr.write(`${formatDiagnostics(report.diagnostics)}\n`)
  process.stderr.write(`\nresults: ${report.out}/results.json · summary: ${report.out}/summary.md · report: ${report.out}/report.html · traces: ${report.out}/evidence/\n`)
  process.stderr.write(`manifest: ${report.out}/manifest.json sha256:${report.digest ?? 'none'} (keep or attest this digest: \`verify\` prints it)\n`)
  return report.verdict.status === 'pass' ? EXIT.pass : report.verdict.status === 'fail' ? EXIT.fail : EXIT.inconclusive
}

async function commandMerge(values: Values, dirs: string[]): Promise<number> {
  return gateExit(
    await mergeShards(dirs, {
      thresholds: resolve(values.thresholds ?? BUILTIN_THRESHOLDS),
      waivers: (values.waivers ?? []).map((p) => resolve(p)),
      ...(values.baseline === undefined ? {} : { baseline: resolve(values.baseline) }),
      out: resolve(values.out ?? 'scheming-gate-out')
    })
  )
}

function commandVerify(dir: string): number {
  const v = verifyEvidence(resolve(dir))
  for (const p of v.problems) process.stdout.write(`${p}\n`)
  if (v.problems.length > 0) {
    process.stdout.write(`verify: ${v.problems.length} problems: the evidence in ${dir} is not intact\n`)
    return EXIT.evidence
  }
  process.stdout.write(`ok: manifest.json, ${v.manifest?.files.length ?? 0} files and ${v.traces} traces (${v.records} records) intact\n`)
  // Intact means "consistent": whoever rewrites a folder can reseal it, so compare this digest with the one kept or attested at run time.
  process.stdout.write(`manifest sha256:${v.digest}\n`)
  return EXIT.pass
}

function commandReport(dir: string): number {
  const { file, problems } = reportFolder(resolve(dir), loadViewer(VIEWER_DIR))
  for (const p of problems) process.stdout.write(`${p}\n`)
  if (problems.length > 0) {
    process.stdout.write(`report: ${file} written, but the evidence does not verify (${problems.length} problems, shown at the top of the page)\n`)
    return EXIT.evidence
  }
  process.stdout.write(`report: ${file}\n`)
  return EXIT.pass
}

async function commandRescore(values: Values, from: string): Promise<number> {
  return gateExit(
    await rescore({
      from,
      scenarios: scenarioPaths(values),
      thresholds: resolve(values.thresholds ?? BUILTIN_THRESHOLDS),
      waivers: (values.waivers ?? []).map((p) => resolve(p)),
      ...(values.baseline === undefined ? {} : { baseline: resolve(values.baseline) }),
      ...(values.prices === undefined ? {} : { prices: resolve(values.prices) }),
      ...(values.out === undefined ? {} : { out: resolve(values.out) }),
      onEpisode: progress
    })
  )
}

function commandValidate(values: Values): number {
  const { suite, thresholds, warnings } = loadConfig(scenarioPaths(values), resolve(values.thresholds ?? BUILTIN_THRESHOLDS))
  if (warnings.length > 0) process.stderr.write(`${formatDiagnostics(warnings)}\n`)
  const noted = warnings.length === 0 ? '' : ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})`
  process.stdout.write(`ok: ${suite.length} scenarios and the thresholds are valid${noted}\n`)
  if (values.waivers) {
    const horizonDays = resolvePolicy(thresholds).waivers.horizon_days
    const waivers = loadWaivers(values.waivers.map((p) => resolve(p)), { today: utcDay(new Date()), horizonDays, scenarioIds: scenarioIds(suite) })
    process.stdout.write(`ok: ${waivers.length} waivers are valid\n`)
  }
  return EXIT.pass
}

async function commandSelftest(values: Values): Promise<number> {
  const suite = loadSuite(scenarioPaths(values))
  const report = await selftest(suite)
  for (const p of report.problems) process.stdout.write(`FAIL ${p.scenario} (${p.file}): ${p.message}\n`)
  const verdict = report.problems.length === 0 ? 'ok' : `${report.problems.length} problems`
  process.stdout.write(`selftest: ${report.scenarios} scenarios, ${report.runs} calibration runs: ${verdict}\n`)
  return report.problems.length === 0 ? EXIT.pass : EXIT.fail
}

function commandTrend(values: Values, paths: string[]): number {
  if (paths.length === 0) throw new UsageError('trend needs recorded runs: scheming-gate trend <results.json or folder>...')
  const confidence = values.confidence === undefined ? 0.95 : Number(values.confidence)
  if (!(confidence > 0.5 && confidence < 1)) throw new UsageError(`--confidence must be a number between 0.5 and 1, got \`${values.confidence}\``)
  const t = runTrend({ paths, window: positiveInt('window', values.window, 5), confidence, out: resolve(values.out ?? 'scheming-gate-trend') })
  process.stdout.write(t.markdown)
  process.stderr.write(`\ntrend: ${t.out}/trend.json · ${t.out}/trend.md · ${t.out}/trend.svg\n`)
  return EXIT.pass
}

function commandList(values: Values): number {
  const suite = loadSuite(scenarioPaths(values))
  process.stdout.write(renderSuiteList(suite.map((s) => templateCoverage(s.scenario))))
  return EXIT.pass
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parse(argv)
    if (values.version) {
      process.stdout.write(`${VERSION}\n`)
      return EXIT.pass
    }
    const command = positionals[0]
    if (values.help || command === undefined) {
      process.stdout.write(USAGE)
      return values.help ? EXIT.pass : EXIT.config
    }
    if (command === 'merge') return await commandMerge(values, positionals.slice(1))
    if (command === 'trend') return commandTrend(values, positionals.slice(1))
    if (command === 'verify' || command === 'rescore' || command === 'report') {
      const dir = positionals[1]
      if (dir === undefined || positionals.length > 2) throw new UsageError(`${command} needs exactly one out folder: scheming-gate ${command} <out-dir>`)
      if (command === 'report') return commandReport(dir)
      return command === 'verify' ? commandVerify(dir) : await commandRescore(values, dir)
    }
    if (positionals.length > 1) throw new UsageError(`unexpected argument \`${positionals[1]}\``)
    if (command === 'run') return await commandRun(values)
    if (command === 'validate') return commandValidate(values)
    if (command === 'selftest') return await commandSelftest(values)
    if (command === 'list') return commandList(values)
    throw new UsageError(`unknown command \`${command}\` (expected run, merge, verify, report, rescore, validate, selftest, list or trend)`)
  } catch (e) {
    if (e instanceof UnverifiedRecordingError || e instanceof UnverifiedShardError) {
      process.stderr.write(`scheming-gate: ${e.message}\n`)
      return EXIT.evidence
    }
    if (e instanceof ConfigError) {
      process.stderr.write(`${formatDiagnostics(e.diagnostics)}\n`)
      return EXIT.config
    }
    const usage = [UsageError, UnknownModelError, FlagError, PriceError, ShardError, ShardFileError, MergeError, RescoreError, RecordingError, ReportError].some((c) => e instanceof c)
    if (usage || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`scheming-gate: ${(e as Error).message}\nRun \`scheming-gate --help\` for usage.\n`)
      return EXIT.config
    }
    process.stderr.write(`scheming-gate: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    return EXIT.internal
  }
}

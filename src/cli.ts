/**
 * The command line front end: parses flags, calls the pipeline, prints, exits. No engine logic here;
 * the flags and help texts live in cli-help.ts.
 *
 * Exit codes: 0 pass · 1 gate failed (or selftest found problems; or a waiver has expired) ·
 * 2 configuration, usage or environment error (a bad flag or file, an unreachable provider, a
 * rejected key), printed as a message without a stack · 3 inconclusive (too many errored episodes,
 * nothing scored, or undecided gated cells under `on_inconclusive: inconclusive`) · 4 internal
 * error · 5 evidence does not verify (`verify`, `report` of an altered folder, or `rescore` of an
 * altered recording).
 * `trend` exits 0 whatever it flags: it reports, the gate decides.
 * `run --shard k/n` exits 0 once its shard ran, whatever it flagged: only `merge` decides, and a
 * merge whose shard folders are not exactly the parts of one plan is a usage error (2).
 */
import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { COMMANDS, FLAGS, helpAnswer, type Flag } from './cli-help.js'
import { ConfigError, formatDiagnostics, sortDiagnostics } from './config/diagnostics.js'
import { debugRequested, errorText, EvidenceError, isUserFacing, UserError } from './errors.js'
import { FlagError, providerRunOptions } from './providers/flags.js'
import type { RunOptions, RunReport } from './pipeline.js'
import type { Profile } from './scenario/profiles.js'
import { markdownToText } from './report/plain.js'
import { count } from './report/text.js'
import { stderrIsTerminal } from './bounded-heap.js'
import { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, VIEWER_DIR } from './builtin.js'

// Only the modules above load for every command (help, flags, error mapping). Each command imports
// what it runs when it runs: the engine, the schemas and the provider SDKs are large, and `--help`
// or `verify` needs none of them (the bundle splits at each import()). One import at a time: tests
// run this file from source under jest's ESM loader, which can fail to link two concurrent imports
// that share a dependency (jestjs/jest#11434).
export const EXIT = { pass: 0, fail: 1, config: 2, inconclusive: 3, internal: 4, evidence: 5 } as const

class UsageError extends UserError {}

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, options: FLAGS })
}

type Values = ReturnType<typeof parse>['values']

/** A flag the command does not take is a mistake worth a message, not something to ignore. */
function checkFlags(command: string, values: Values): void {
  const allowed = new Set<string>([...(COMMANDS[command]?.flags ?? []), 'help', 'version', 'debug'])
  const stray = (Object.keys(values) as Flag[]).find((f) => !allowed.has(f))
  if (stray !== undefined) throw new UsageError(`${command} does not take --${stray}`)
}

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer, got \`${text}\``)
  return n
}

function scenarioPaths(values: Values): string[] {
  return (values.scenarios ?? [BUILTIN_SCENARIOS]).map((p) => resolve(p))
}

/** Episode progress on stderr: one live line in a terminal, a line now and then in a log. */
async function progress(): Promise<RunOptions['onEpisode']> {
  const { Progress } = await import('./report/progress.js')
  const p = new Progress({ live: stderrIsTerminal(), write: (text) => process.stderr.write(text) })
  return (done, total, outcome) => p.episode(done, total, outcome)
}

async function profileOf(values: Values): Promise<Profile> {
  const { PROFILES } = await import('./scenario/profiles.js')
  const profile = values.profile ?? 'full'
  if (!(PROFILES as readonly string[]).includes(profile)) {
    throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}, got \`${profile}\``)
  }
  return profile as Profile
}

/** Thresholds, waivers and baseline: how merge, rescore and run judge. */
function judging(values: Values) {
  return {
    thresholds: resolve(values.thresholds ?? BUILTIN_THRESHOLDS),
    waivers: (values.waivers ?? []).map((p) => resolve(p)),
    ...(values.baseline === undefined ? {} : { baseline: resolve(values.baseline) }),
    ...(values['strict-baseline'] ? { strictBaseline: true } : {})
  }
}

async function commandRun(values: Values): Promise<number> {
  if (!values.model) throw new UsageError('run needs --model <provider:model>, e.g. --model scripted:compliant')
  const opts: RunOptions = {
    model: values.model,
    ...(values.release ? { release: values.release } : {}),
    scenarios: scenarioPaths(values),
    trials: positiveInt('trials', values.trials, 1),
    seed: values.seed ?? '1',
    profile: await profileOf(values),
    out: resolve(values.out ?? 'scheming-gate-out'),
    ...judging(values),
    ...providerRunOptions(values),
    onEpisode: await progress()
  }
  if (values.shard === undefined) return gateExit(await (await import('./pipeline.js')).runGate(opts))
  const { runShard } = await import('./merge.js')
  const { parseShard } = await import('./scenario/shard.js')
  const shard = await runShard({ ...opts, shard: parseShard(values.shard) })
  process.stdout.write(markdownToText(shard.summary))
  process.stderr.write(`\nshard: ${shard.out}/shard.json · traces: ${shard.out}/evidence/ · merge every shard's folder with \`scheming-gate merge\`\n`)
  process.stderr.write(`manifest: ${shard.out}/manifest.json sha256:${shard.digest}\n`)
  return EXIT.pass
}

/** Prints a gate's report (of a run or a merge) and maps its verdict to the exit code. */
function gateExit(report: RunReport): number {
  // summary.md is the markdown a GitHub page renders; a terminal gets the same report as text.
  process.stdout.write(markdownToText(report.summary))
  // An expired waiver is an error at its line (and the verdict is never a pass); the rest are warnings.
  if (report.diagnostics.length > 0) process.stderr.write(`${formatDiagnostics(report.diagnostics)}\n`)
  process.stderr.write(`\nresults: ${report.out}/results.json · summary: ${report.out}/summary.md · report: ${report.out}/report.html · traces: ${report.out}/evidence/\n`)
  process.stderr.write(`manifest: ${report.out}/manifest.json sha256:${report.digest ?? 'none'} (keep or attest this digest: \`verify\` prints it)\n`)
  return report.verdict.status === 'pass' ? EXIT.pass : report.verdict.status === 'fail' ? EXIT.fail : EXIT.inconclusive
}

async function commandMerge(values: Values, dirs: string[]): Promise<number> {
  const { mergeShards } = await import('./merge.js')
  return gateExit(await mergeShards(dirs, { ...judging(values), out: resolve(values.out ?? 'scheming-gate-out') }))
}

async function commandVerify(dir: string): Promise<number> {
  const { verifyEvidence } = await import('./evidence/verify.js')
  const v = verifyEvidence(resolve(dir))
  for (const p of v.problems) process.stdout.write(`${p}\n`)
  if (v.problems.length > 0) {
    process.stdout.write(`verify: ${count(v.problems.length, 'problem')}: the evidence in ${dir} is not intact\n`)
    return EXIT.evidence
  }
  process.stdout.write(`ok: manifest.json, ${count(v.manifest?.files.length ?? 0, 'file')} and ${count(v.traces, 'trace')} (${count(v.records, 'record')}) intact\n`)
  // Intact means "consistent": whoever rewrites a folder can reseal it, so compare this digest with the one kept or attested at run time.
  process.stdout.write(`manifest sha256:${v.digest}\n`)
  return EXIT.pass
}

async function commandReport(dir: string): Promise<number> {
  const { loadViewer, reportFolder } = await import('./report/html/page.js')
  const { file, problems } = reportFolder(resolve(dir), loadViewer(VIEWER_DIR))
  for (const p of problems) process.stdout.write(`${p}\n`)
  if (problems.length > 0) {
    process.stdout.write(`report: ${file} written, but the evidence does not verify (${count(problems.length, 'problem')}, shown at the top of the page)\n`)
    return EXIT.evidence
  }
  process.stdout.write(`report: ${file}\n`)
  return EXIT.pass
}

async function commandRescore(values: Values, from: string): Promise<number> {
  const { rescore } = await import('./evidence/rescore.js')
  return gateExit(
    await rescore({
      from,
      scenarios: scenarioPaths(values),
      ...judging(values),
      ...(values.prices === undefined ? {} : { prices: resolve(values.prices) }),
      ...(values.out === undefined ? {} : { out: resolve(values.out) }),
      onEpisode: await progress()
    })
  )
}

async function commandValidate(values: Values): Promise<number> {
  const { loadConfig, scenarioIds } = await import('./pipeline.js')
  const { resolvePolicy } = await import('./gate/policy.js')
  const { daysBetween, expiryDiagnostic, loadWaivers, utcDay } = await import('./config/waivers.js')
  const { suite, thresholds, warnings } = loadConfig(scenarioPaths(values), resolve(values.thresholds ?? BUILTIN_THRESHOLDS))
  if (warnings.length > 0) process.stderr.write(`${formatDiagnostics(warnings)}\n`)
  const noted = warnings.length === 0 ? '' : ` (${count(warnings.length, 'warning')})`
  process.stdout.write(`ok: ${count(suite.length, 'scenario')} and the thresholds are valid${noted}\n`)
  if (!values.waivers) return EXIT.pass
  const { horizon_days, warn_days } = resolvePolicy(thresholds).waivers
  const today = utcDay(new Date())
  const waivers = loadWaivers(values.waivers.map((p) => resolve(p)), { today, horizonDays: horizon_days, scenarioIds: scenarioIds(suite) })
  // Whether a waiver is used depends on a run's results; whether it is in force depends on the date alone.
  const expiry = sortDiagnostics(waivers.flatMap((w) => expiryDiagnostic(w, daysBetween(today, w.expires), warn_days) ?? []))
  if (expiry.length > 0) process.stderr.write(`${formatDiagnostics(expiry)}\n`)
  const expired = expiry.filter((d) => d.severity === 'error').length
  if (expired > 0) {
    process.stdout.write(`validate: ${count(expired, 'waiver')} of ${waivers.length} expired (${today} UTC): a run cannot pass while ${expired === 1 ? 'it is' : 'they are'} in force\n`)
    return EXIT.fail
  }
  const soon = expiry.length > 0 ? ` (${expiry.length} expiring within ${count(warn_days, 'day')})` : ''
  process.stdout.write(`ok: ${count(waivers.length, 'waiver')} valid on ${today} UTC${soon}\n`)
  return EXIT.pass
}

async function commandSelftest(values: Values): Promise<number> {
  const { loadSuite } = await import('./config/scenario.js')
  const { selftest } = await import('./selftest.js')
  const suite = loadSuite(scenarioPaths(values))
  const report = await selftest(suite)
  for (const p of report.problems) process.stdout.write(`FAIL ${p.scenario} (${p.file}): ${p.message}\n`)
  const verdict = report.problems.length === 0 ? 'ok' : count(report.problems.length, 'problem')
  process.stdout.write(`selftest: ${count(report.scenarios, 'scenario')}, ${count(report.runs, 'calibration run')}: ${verdict}\n`)
  return report.problems.length === 0 ? EXIT.pass : EXIT.fail
}

async function commandList(values: Values): Promise<number> {
  const { loadSuite } = await import('./config/scenario.js')
  const { templateCoverage } = await import('./scenario/coverage.js')
  const { renderSuiteList } = await import('./report/suite.js')
  const suite = loadSuite(scenarioPaths(values))
  process.stdout.write(renderSuiteList(suite.map((s) => templateCoverage(s.scenario))))
  return EXIT.pass
}

async function commandTrend(values: Values, paths: string[]): Promise<number> {
  if (paths.length === 0) throw new UsageError(`trend needs recorded runs: ${COMMANDS.trend?.usage}`)
  const confidence = values.confidence === undefined ? 0.95 : Number(values.confidence)
  if (!(confidence > 0.5 && confidence < 1)) throw new UsageError(`--confidence must be a number between 0.5 and 1, got \`${values.confidence}\``)
  const { runTrend } = await import('./pipeline.js')
  const t = runTrend({ paths, window: positiveInt('window', values.window, 5), confidence, out: resolve(values.out ?? 'scheming-gate-trend') })
  process.stdout.write(markdownToText(t.markdown))
  process.stderr.write(`\ntrend: ${t.out}/trend.json · ${t.out}/trend.md · ${t.out}/trend.svg\n`)
  return EXIT.pass
}

async function dispatch(command: string, values: Values, args: string[]): Promise<number> {
  if (command === 'merge') return await commandMerge(values, args)
  if (command === 'trend') return await commandTrend(values, args)
  if (command === 'verify' || command === 'rescore' || command === 'report') {
    const dir = args[0]
    if (dir === undefined || args.length > 1) throw new UsageError(`${command} needs exactly one out folder: ${COMMANDS[command]?.usage}`)
    if (command === 'report') return await commandReport(dir)
    return command === 'verify' ? await commandVerify(dir) : await commandRescore(values, dir)
  }
  if (args.length > 0) throw new UsageError(`unexpected argument \`${args[0]}\`: ${COMMANDS[command]?.usage}`)
  if (command === 'run') return await commandRun(values)
  if (command === 'validate') return await commandValidate(values)
  if (command === 'selftest') return await commandSelftest(values)
  return await commandList(values)
}

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug') || debugRequested()
  let command: string | undefined
  try {
    const answer = helpAnswer(argv)
    if (answer) {
      process.stdout.write(answer.text)
      return answer.exit
    }
    const { values, positionals } = parse(argv)
    command = positionals[0]
    // No command is a request for help, answered above.
    if (command === undefined || !(command in COMMANDS)) {
      throw new UsageError(`unknown command \`${command}\` (expected ${Object.keys(COMMANDS).join(', ')})`)
    }
    checkFlags(command, values)
    return await dispatch(command, values, positionals.slice(1))
  } catch (e) {
    if (e instanceof EvidenceError) {
      process.stderr.write(`scheming-gate: ${errorText(e, debug)}\n`)
      return EXIT.evidence
    }
    if (e instanceof ConfigError) {
      process.stderr.write(`${formatDiagnostics(e.diagnostics)}\n`)
      return EXIT.config
    }
    if (isUserFacing(e)) {
      const usage = e instanceof UsageError || e instanceof FlagError || String((e as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
      const help = usage ? `\nRun \`scheming-gate ${command === undefined ? '' : `${command} `}--help\` for usage.` : ''
      process.stderr.write(`scheming-gate: ${errorText(e, debug)}${help}\n`)
      return EXIT.config
    }
    const more = debug ? '' : '\n(run with --debug or SCHEMING_GATE_DEBUG=1 for the stack trace, and please report it)'
    process.stderr.write(`scheming-gate: internal error: ${errorText(e, debug)}${more}\n`)
    return EXIT.internal
  }
}

/**
 * The command line's words: which flags each command takes, its usage line, and the help texts of
 * `scheming-gate --help` and `scheming-gate <command> --help`. One table, so a flag's description
 * is written once and a flag a command does not take is refused by name.
 */
import { parseArgs } from 'node:util'
import { PROVIDER_FLAGS, PROVIDER_USAGE } from './providers/flags.js'
import { VERSION } from './version.js'

const COMMON_FLAGS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  debug: { type: 'boolean' }
} as const

export const FLAGS = {
  model: { type: 'string' },
  scenarios: { type: 'string', multiple: true },
  thresholds: { type: 'string' },
  waivers: { type: 'string', multiple: true },
  baseline: { type: 'string' },
  'strict-baseline': { type: 'boolean' },
  trials: { type: 'string' },
  profile: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  shard: { type: 'string' },
  release: { type: 'string' },
  window: { type: 'string' },
  confidence: { type: 'string' },
  ...COMMON_FLAGS,
  ...PROVIDER_FLAGS
} as const

export type Flag = keyof typeof FLAGS

const DESCRIBE: Partial<Record<Flag, [string, string]>> = {
  model: ['--model <provider:model>', 'the model under test: scripted:compliant, scripted:unsafe, openai:<model>, anthropic:<model>, openai-compatible:<model>'],
  scenarios: ['--scenarios <path>', 'scenario file or folder; repeat for several (default: the built-in suite)'],
  thresholds: ['--thresholds <file>', 'threshold policy (default: the built-in thresholds.json)'],
  profile: ['--profile <name>', 'full (default: every episode), smoke (a seeded sample of at most 60 episodes, every family), or author (every\ncell once, judged on the observed rate with no minimum sample: for checking a new scenario, not for gating a model)'],
  trials: ['--trials <n>', 'episodes per scenario cell (default 1)'],
  shard: ['--shard <k/n>', 'run only shard k of n (episodes by a stable hash of their id); writes shard.json, not a verdict'],
  seed: ['--seed <text>', 'seed for the plan and the harness (default 1)'],
  out: ['--out <dir>', 'where results.json, summary.md, junit.xml and evidence/ go (default scheming-gate-out)'],
  waivers: ['--waivers <path>', 'waiver file or folder of *.yaml; repeat for several'],
  baseline: ['--baseline <file>', "a previous run's results.json to compare with"],
  'strict-baseline': ['--strict-baseline', 'a baseline from another suite, profile or plan is an error (exit 2), not a warning'],
  release: ['--release <label>', 'the release under test (a model snapshot, an agent build, a commit), recorded in results.json for trends'],
  window: ['--window <n>', 'earlier runs of the same model each run is compared with (default 5)'],
  confidence: ['--confidence <c>', 'confidence of the intervals and of "confidently worse" (default 0.95)']
}

const FLAG_COLUMN = 26

function option([flag, text]: [string, string]): string {
  return `  ${flag.padEnd(FLAG_COLUMN)}${text.replace(/\n/g, `\n  ${' '.repeat(FLAG_COLUMN)}`)}`
}

interface Command {
  usage: string
  what: string
  flags: readonly Flag[]
  /** Text after the options. */
  more?: string
}

const PROVIDER = Object.keys(PROVIDER_FLAGS) as Flag[]
const JUDGING: readonly Flag[] = ['thresholds', 'waivers', 'baseline', 'strict-baseline']

export const COMMANDS: Record<string, Command> = {
  run: {
    usage: 'scheming-gate run --model <provider:model> [--scenarios <path>]... [--thresholds <file>] [--waivers <path>]... [--baseline <file>] [--strict-baseline] [--profile full|smoke|author] [--trials <n>] [--seed <text>] [--shard <k/n>] [--release <label>] [--out <dir>] [provider options]',
    what: 'Runs the episodes of the plan against the model, scores them and decides the verdict.',
    flags: ['model', 'scenarios', 'profile', 'trials', 'seed', 'shard', 'release', 'out', ...JUDGING, ...PROVIDER],
    more: PROVIDER_USAGE
  },
  merge: {
    usage: 'scheming-gate merge <shard-out-dir>... [--thresholds <file>] [--waivers <path>]... [--baseline <file>] [--strict-baseline] [--out <dir>]',
    what: "Checks that the folders are exactly the shards of one plan, merges them and decides, as an unsharded run would.",
    flags: ['out', ...JUDGING]
  },
  verify: {
    usage: 'scheming-gate verify <out-dir>',
    what: "Checks an out folder's manifest.json, reports and hash-chained traces from the folder alone (exit 5 when they do not verify).",
    flags: []
  },
  report: {
    usage: 'scheming-gate report <out-dir>',
    what: 'Writes report.html, the evidence viewer (run, merge and rescore write it too), for an out folder after verifying it: problems are shown at the top of the page (exit 5).',
    flags: []
  },
  rescore: {
    usage: 'scheming-gate rescore <out-dir> [--scenarios <path>]... [--thresholds <file>] [--waivers <path>]... [--baseline <file>] [--strict-baseline] [--prices <file>] [--out <dir>]',
    what: 'Replays a recorded out folder through the current engine, scenarios and policy without calling a model (the plan comes from its manifest).',
    flags: ['scenarios', 'prices', 'out', ...JUDGING],
    more: `${option(['--prices <file>', 'JSON price table overriding the built-in one (for the cost of the recorded tokens)'])}\n\n--out defaults to a new <out-dir>-rescore.`
  },
  validate: {
    usage: 'scheming-gate validate [--scenarios <path>]... [--thresholds <file>] [--waivers <path>]...',
    what: 'Checks scenarios, thresholds and waivers without running anything; expired waivers are errors (exit 1), soon-expiring ones warnings.',
    flags: ['scenarios', 'thresholds', 'waivers']
  },
  selftest: {
    usage: 'scheming-gate selftest [--scenarios <path>]...',
    what: 'Runs every calibration script of every cell through the engine and checks that it flags what it declares (exit 1 on a problem).',
    flags: ['scenarios']
  },
  list: {
    usage: 'scheming-gate list [--scenarios <path>]...',
    what: 'Lists the scenarios with their families, cells and the metrics they cover.',
    flags: ['scenarios']
  },
  trend: {
    usage: 'scheming-gate trend <results.json or folder>... [--window <n>] [--confidence <c>] [--out <dir>]',
    what: 'Reads recorded runs and writes per-metric series by model and family with intervals, flagging a run confidently worse than its trailing window (exit 0 whatever it flags).',
    flags: ['window', 'confidence', 'out'],
    more: 'Folders are searched for results.json (one run per folder). Runs are ordered by their run-info.json, else as given.\n--out defaults to scheming-gate-trend: trend.json, trend.md (also printed) and trend.svg go there. See docs/metrics.md.'
  }
}

const EXIT_CODES = `Exit codes: 0 pass, 1 gate failed (or selftest found a problem, or a waiver has expired),
2 configuration, usage or environment error (a bad flag, an unreachable provider), 3 inconclusive,
4 internal error, 5 evidence does not verify. --debug (or SCHEMING_GATE_DEBUG=1) prints stack traces.
`

export function globalHelp(): string {
  const names = Object.keys(COMMANDS)
  const width = Math.max(...names.map((n) => n.length))
  return [
    `scheming-gate ${VERSION}: gate a model release on how it behaves under control pressure`,
    '',
    'Usage:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.what}`),
    '',
    'Run `scheming-gate <command> --help` for the options of a command.',
    '',
    EXIT_CODES
  ].join('\n')
}

export function commandHelp(name: string): string {
  const c = COMMANDS[name] as Command
  const options = c.flags.flatMap((f) => {
    const described = DESCRIBE[f]
    return described ? [option(described)] : []
  })
  return [`Usage: ${c.usage}`, '', c.what, ...(options.length > 0 ? ['', 'Options:', ...options] : []), ...(c.more ? [c.more] : []), '', EXIT_CODES].join('\n')
}

/**
 * What to print for a request of help or the version (`--version`, `--help`, `-h`, or no command),
 * and the exit code; undefined for anything else, a mistake in the flags or an unknown command
 * included, which the command line's main reports. The entry answers these before it loads the rest.
 */
export function helpAnswer(argv: string[]): { text: string; exit: number } | undefined {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: FLAGS })
  } catch {
    return undefined
  }
  const { values, positionals } = parsed
  if (values.version) return { text: `${VERSION}\n`, exit: 0 }
  const command = positionals[0]
  if (command !== undefined && !(command in COMMANDS)) return undefined
  if (command === undefined || values.help) return { text: command === undefined ? globalHelp() : commandHelp(command), exit: values.help ? 0 : 2 }
  return undefined
}

// Benchmark (not a test): the built CLI (dist/cli.js) at scale, each measurement in a process of its
// own so its peak RSS and CPU are that command's alone (read from the process's own resource usage
// as it exits). Prints each figure against its target and PASS or MISS:
// - the scripted full suite at 1×, 10× and 30× trials: peak RSS per setting and the 30×/1× ratio,
//   the heap still in use after a full collection when results.json is opened (what the run kept),
//   and CPU per episode after start-up, (CPU(30×) − CPU(1×)) / (episodes(30×) − episodes(1×));
// - `--help` CPU; `verify` of the 10× out folder CPU;
// - `rescore` of the unchanged 10× recording against a run like the one that made it, in pairs.
// CPU (user + system) rather than wall time decides, so a busy machine shifts the figures less.
// It runs on the Node that `npm test` uses (Node 24 when this one is older) and names it.
//   node scripts/bench-scale.mjs              (npm run bench:scale; build first: npm run build)
//   node scripts/bench-scale.mjs 1 3 5        other trial counts (the first is the reference)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeForSdks } from './node-for-sdks.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = join(ROOT, 'dist', 'cli.js')
const NODE = nodeForSdks()
const MODEL = 'scripted:compliant'

const TARGETS = { rssRatio: 1.15, cpuMsPerEpisode: 2, helpCpuS: 0.15, verifyCpuS: 1, rescoreSpeedup: 4 }

/**
 * Preloaded (--require) in the measured process and, inherited, in its worker thread: the process's
 * resource usage is written to a file as each thread exits (also through process.exit), the main
 * thread last, so the figures cover the whole command, start-up and every thread included. CommonJS
 * and requiring node:fs only: an ES module probe (an --import of a data: URL and node:fs's ES facade)
 * cost 28 ms of CPU itself, a fifth of what `--help` is measured against.
 */
const USAGE = "process.on('exit', () => require('node:fs').writeFileSync(process.env.SG_BENCH_USAGE, JSON.stringify(process.resourceUsage())))"
const PROBE = 'probe.cjs'

/**
 * PROBE, and also the heap still in use (after a full collection) when results.json is opened, in
 * the thread that opens it: what the run kept for its report, apart from the room V8 leaves itself
 * between collections.
 */
const KEPT_PROBE = 'kept-probe.cjs'
const PROBES = {
  [PROBE]: USAGE,
  [KEPT_PROBE]: `
    const fs = require('node:fs')
    let kept = false
    const open = fs.openSync
    fs.openSync = function (path, ...rest) {
      if (!kept && typeof path === 'string' && path.endsWith('results.json')) {
        kept = true
        globalThis.gc()
        fs.writeFileSync(process.env.SG_BENCH_USAGE + '.kept', String(process.memoryUsage().heapUsed))
      }
      return open.call(this, path, ...rest)
    }
    require('node:module').syncBuiltinESMExports()
    ${USAGE}
  `
}

/** Runs Node with `nodeArgs` in a child process; exit codes 0, 1 and 3 are verdicts, anything else a failure. */
function measureNode(dir, label, nodeArgs, probe = PROBE) {
  const usageFile = join(dir, `${label}.usage.json`)
  const started = performance.now()
  const r = spawnSync(NODE, ['--require', join(dir, probe), ...nodeArgs], { cwd: dir, encoding: 'utf8', env: { ...process.env, SG_BENCH_USAGE: usageFile }, maxBuffer: 64 * 1024 * 1024 })
  const wall = (performance.now() - started) / 1000
  if (![0, 1, 3].includes(r.status)) throw new Error(`${label}: node ${nodeArgs.join(' ')} exited with ${r.status}\n${r.stderr}`)
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'))
  const kept = existsSync(`${usageFile}.kept`) ? Number(readFileSync(`${usageFile}.kept`, 'utf8')) / 1048576 : null
  rmSync(`${usageFile}.kept`, { force: true })
  return { wall, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rssMb: usage.maxRSS / 1024, retainedMb: kept }
}

/** Runs the CLI with `args`. */
const measure = (dir, label, args, probe) => measureNode(dir, label, [CLI, ...args], probe)

/**
 * `times` measurements, each figure the median of its own: V8 sizes its heap by timing, so one run's
 * peak RSS moves by a tenth from run to run, and this machine's CPU figures move too.
 */
function median(times, take) {
  const samples = Array.from({ length: times }, take)
  const mid = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(times / 2)]
  return { wall: mid('wall'), cpu: mid('cpu'), rssMb: mid('rssMb'), retainedMb: samples[0].retainedMb === null ? null : mid('retainedMb') }
}

/** How many times each run and rescore is measured. */
const REPEATS = 3

const verdict = (ok) => (ok ? 'PASS' : 'MISS')
const row = (cells, widths) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('')

function main(trials) {
  const dir = mkdtempSync(join(tmpdir(), 'sg-bench-scale-'))
  for (const [name, text] of Object.entries(PROBES)) writeFileSync(join(dir, name), text)
  try {
    console.log(`Node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()} · ${MODEL} · full built-in suite · each figure the median of ${REPEATS} runs`)
    const widths = [9, 10, 10, 10, 15, 20]
    console.log(row(['trials', 'episodes', 'wall(s)', 'CPU(s)', 'peak RSS (MB)', 'heap kept (MB)'], widths))
    const runs = trials.map((t) => {
      const out = `run-${t}`
      const m = median(REPEATS, () => measure(dir, out, ['run', '--model', MODEL, '--trials', String(t), '--out', out], KEPT_PROBE))
      const episodes = JSON.parse(readFileSync(join(dir, out, 'results.json'), 'utf8')).plan.episodes
      console.log(row([`${t}×`, episodes, m.wall.toFixed(2), m.cpu.toFixed(2), m.rssMb.toFixed(0), m.retainedMb.toFixed(1)], widths))
      return { trials: t, out, episodes, ...m }
    })
    const first = runs[0]
    const last = runs[runs.length - 1]
    const rssRatio = last.rssMb / first.rssMb
    const perEpisode = ((last.cpu - first.cpu) * 1000) / (last.episodes - first.episodes)
    console.log()
    console.log(`peak RSS ${last.trials}×/${first.trials}×: ${rssRatio.toFixed(2)}× (target ≤ ${TARGETS.rssRatio}×) ${verdict(rssRatio <= TARGETS.rssRatio)}`)
    const keptPerEpisode = ((last.retainedMb - first.retainedMb) * 1048576) / (last.episodes - first.episodes)
    console.log(`heap kept when the report starts: ${first.retainedMb.toFixed(1)} MB at ${first.trials}×, ${last.retainedMb.toFixed(1)} MB at ${last.trials}×: ${keptPerEpisode.toFixed(0)} bytes per episode (no target; the rest of peak RSS is room V8 leaves between collections)`)
    console.log(`CPU per episode after start-up: ${perEpisode.toFixed(2)} ms (target ≤ ${TARGETS.cpuMsPerEpisode} ms) ${verdict(perEpisode <= TARGETS.cpuMsPerEpisode)}`)

    // Short commands: the median of several, beside what starting Node itself costs here and now.
    const help = median(5, () => measure(dir, 'help', ['--help']))
    const bare = median(5, () => measureNode(dir, 'bare', ['-e', '']))
    console.log(`--help: ${help.cpu.toFixed(3)} s CPU (median of 5; Node starting alone: ${bare.cpu.toFixed(3)} s), ${help.rssMb.toFixed(0)} MB (target ≤ ${TARGETS.helpCpuS} s CPU) ${verdict(help.cpu <= TARGETS.helpCpuS)}`)

    // The middle setting (10× by default) is the recording verify and rescore read.
    const recorded = runs[Math.floor(runs.length / 2)]
    const verify = median(3, () => measure(dir, 'verify', ['verify', recorded.out]))
    console.log(`verify ${recorded.trials}× folder: ${verify.cpu.toFixed(2)} s CPU (median of 3), ${verify.rssMb.toFixed(0)} MB (target ≤ ${TARGETS.verifyCpuS} s CPU) ${verdict(verify.cpu <= TARGETS.verifyCpuS)}`)

    // Paired: each rescore right after a run like the one recorded, so both see the same load on a
    // shared machine (measured minutes apart, the ratio moved from 3.1× to 4.8× with the load alone).
    const pairs = Array.from({ length: REPEATS }, () => {
      const run = measure(dir, 'run-again', ['run', '--model', MODEL, '--trials', String(recorded.trials), '--out', 'run-again'])
      const rescore = measure(dir, 'rescore', ['rescore', recorded.out, '--out', `${recorded.out}-rescore`])
      return { run, rescore, speedup: run.cpu / rescore.cpu }
    }).sort((a, b) => a.speedup - b.speedup)
    const { run, rescore, speedup } = pairs[Math.floor(REPEATS / 2)]
    console.log(
      `rescore ${recorded.trials}× recording: ${rescore.cpu.toFixed(2)} s CPU (${rescore.wall.toFixed(2)} s wall, ${rescore.rssMb.toFixed(0)} MB) vs the run's ${run.cpu.toFixed(2)} s CPU (${run.wall.toFixed(2)} s wall): ${speedup.toFixed(2)}× faster, the median of ${REPEATS} pairs (${pairs.map((p) => p.speedup.toFixed(2)).join(', ')}) (target ≥ ${TARGETS.rescoreSpeedup}×) ${verdict(speedup >= TARGETS.rescoreSpeedup)}`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const args = process.argv.slice(2)
if (args.includes('--help')) {
  console.log('usage: node scripts/bench-scale.mjs [trials...]   (default 1 10 30; build first: npm run build)')
} else {
  const trials = args.length > 0 ? args.map(Number) : [1, 10, 30]
  if (trials.length < 2 || trials.some((t) => !Number.isInteger(t) || t < 1)) throw new Error('give at least two trial counts, whole numbers ≥ 1')
  main(trials)
}

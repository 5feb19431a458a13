// Benchmark (not a test): N model calls at latency L and concurrency C through the real provider
// stack (official openai SDK, retry layer, AIMD limiter) against the loopback fake server.
// Prints wall time against the ideal N·L/C, CPU ms per call (also after start-up: the CPU the
// calls from N=400 to N=4000 add, per call), peak RSS, and the heap still in use
// after a full GC (what the run retains), then each figure against its target with the ratio. The
// fake server runs in a process of its own, as a real provider would, so the CPU and memory figures
// are the harness's alone. Each setting runs in client processes of its own (three, for medians), so
// peak RSS is that setting's, and their calls run in a worker thread bounded as the gate bounds the
// thread that runs episodes (src/bounded-heap.ts), which also checks its heap after each reply, as an
// episode does. Both run on the Node the SDKs support (Node 24,
// the action's runtime, when this one is older), and the figures name it.
//   node scripts/bench-providers.mjs            the README's settings
//   node scripts/bench-providers.mjs N L C      one setting
import { build } from 'esbuild'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { parentPort } from 'node:worker_threads'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { nodeForSdks } from './node-for-sdks.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SELF = fileURLToPath(import.meta.url)
const NODE = nodeForSdks()

/** Bundles the TypeScript this benchmark needs into a temporary module and imports it. */
async function load(dir, contents) {
  const out = join(dir, 'bench.mjs')
  await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
  })
  return import(pathToFileURL(out).href)
}

async function withTemp(f) {
  const dir = mkdtempSync(join(tmpdir(), 'sg-bench-'))
  try {
    return await f(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The server process: prints its URL, serves until its stdin closes. */
async function serve(latency) {
  await withTemp(async (dir) => {
    const { FakeServer } = await load(dir, `export { FakeServer } from './__tests__/fakes/server.ts'`)
    const server = new FakeServer({ latencyMs: latency, policy: () => ({ text: 'ok', calls: [{ id: 'call_1', name: 'read_file', args: { path: '/etc/motd' } }] }) })
    console.log(await server.start())
    await new Promise((resolve) => process.stdin.on('close', resolve).resume())
    await server.stop()
  })
}

/** The client process: N calls through the provider stack against the server at `url`. */
async function client(n, latency, concurrency, url) {
  return withTemp(async (dir) => {
    const { createModel, collectWhenGrown } = await load(dir, `export { createModel } from './src/providers/index.ts'; export { collectWhenGrown } from './src/bounded-heap.ts'`)
    const model = createModel('openai:bench', { baseUrl: `${url}/v1`, concurrency, env: { OPENAI_API_KEY: 'bench' } })
    const request = { messages: [{ role: 'system', content: 'You are an agent.' }, { role: 'user', content: 'Read the file.' }], tools: [] }
    const episode = { id: 'bench', seed: '0'.repeat(64) }
    await model.respond(request, episode) // warm-up: loads the SDK, opens the connection
    const cpu = process.cpuUsage()
    const started = performance.now()
    let next = 0
    const worker = async () => {
      while (next < n) {
        next++
        await model.respond(request, episode)
        collectWhenGrown()
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    const wall = (performance.now() - started) / 1000
    const used = process.cpuUsage(cpu)
    globalThis.gc()
    const ideal = (n * latency) / 1000 / concurrency
    return {
      n,
      latency,
      concurrency,
      wall,
      ideal,
      cpuMsPerCall: (used.user + used.system) / 1000 / n,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      retainedHeapMb: process.memoryUsage().heapUsed / 1048576
    }
  })
}

/** The client's calls in a worker with the gate's heap bounds; its figures are the whole process's (resource usage counts every thread). */
async function boundedClient(args) {
  const { boundedWorker } = await withTemp((dir) => load(dir, `export { boundedWorker } from './src/bounded-heap.ts'`))
  const worker = boundedWorker(new URL(import.meta.url), { argv: ['client-thread', ...args] })
  return new Promise((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
}

/** How many client processes measure each setting. */
const REPEATS = 3

/** Starts a server process and runs REPEATS client processes against it, one after another. */
async function setting(n, latency, concurrency) {
  const server = spawn(NODE, [SELF, 'serve', String(latency)], { stdio: ['pipe', 'pipe', 'inherit'] })
  try {
    const url = await new Promise((resolve, reject) => {
      createInterface({ input: server.stdout }).once('line', resolve)
      server.once('exit', (code) => reject(new Error(`fake server exited with ${code}`)))
    })
    const samples = Array.from({ length: REPEATS }, () => {
      const r = spawnSync(NODE, [SELF, 'client', String(n), String(latency), String(concurrency), url], { encoding: 'utf8' })
      if (r.status !== 0) throw new Error(r.stderr)
      return JSON.parse(r.stdout.trim().split('\n').pop())
    })
    // Each figure the median of its own: V8 sizes its heap by timing, so one run's peak RSS moves by a tenth.
    const mid = (key) => samples.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(REPEATS / 2)]
    return { ...samples[0], wall: mid('wall'), cpuMsPerCall: mid('cpuMsPerCall'), peakRssMb: mid('peakRssMb'), retainedHeapMb: mid('retainedHeapMb') }
  } finally {
    server.stdin.end()
  }
}

const [mode, ...rest] = process.argv.slice(2)
if (mode === 'serve') {
  await serve(Number(rest[0]))
} else if (mode === 'client') {
  console.log(JSON.stringify(await boundedClient(rest)))
} else if (mode === 'client-thread') {
  const [n, l, c] = rest.slice(0, 3).map(Number)
  parentPort.postMessage(await client(n, l, c, rest[3]))
} else {
  const settings = mode === undefined ? [[400, 100, 16], [400, 0, 16], [4000, 0, 16], [4000, 100, 16]] : [[mode, ...rest].map(Number)]
  const version = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()
  console.log(`Node ${version} · each figure the median of ${REPEATS} client processes`)
  console.log('N      L(ms)  C    wall(s)  ideal N·L/C(s)  wall/ideal  CPU ms/call  peak RSS (MB)  heap after GC (MB)')
  const measured = new Map()
  for (const [n, l, c] of settings) {
    const x = await setting(n, l, c)
    measured.set(`${n}/${l}/${c}`, x)
    const ratio = x.ideal > 0 ? (x.wall / x.ideal).toFixed(2) : '–'
    console.log(
      `${String(x.n).padEnd(7)}${String(x.latency).padEnd(7)}${String(x.concurrency).padEnd(5)}${x.wall.toFixed(2).padEnd(9)}${x.ideal.toFixed(2).padEnd(16)}${ratio.padEnd(12)}${x.cpuMsPerCall.toFixed(2).padEnd(13)}${x.peakRssMb.toFixed(0).padEnd(15)}${x.retainedHeapMb.toFixed(1)}`
    )
  }
  printTargets(measured)
}

/** A figure against its target: the ratio figure/target, 1 or less meets it. */
function target(label, value, bound, unit, formula = '') {
  const ratio = value / bound
  console.log(`  ${label}: ${value.toFixed(2)}${unit}, target <= ${formula}${bound.toFixed(2)}${unit}, ratio ${ratio.toFixed(2)}, ${ratio <= 1 ? 'met' : 'NOT met'}`)
}

/** The targets of the provider stack, for each setting they name that was measured. */
function printTargets(measured) {
  console.log('Targets (ratio = figure / target):')
  for (const x of measured.values()) {
    if (x.n === 400 && x.latency === 100 && x.concurrency === 16) {
      target(`wall at N=${x.n}, L=${x.latency} ms, C=${x.concurrency}`, x.wall, 1.05 * x.ideal + 0.3, ' s', `1.05 x ${x.ideal.toFixed(2)} s + 0.3 s = `)
    }
    if (x.latency === 0) target(`CPU per call at N=${x.n}, L=0, C=${x.concurrency} (start-up and JIT warm-up included)`, x.cpuMsPerCall, 1, ' ms')
  }
  // After start-up, as the scripted benchmark counts it: the calls a larger setting adds, over the CPU they add.
  for (const small of measured.values()) {
    const large = measured.get(`${small.n * 10}/0/${small.concurrency}`)
    if (small.latency !== 0 || large === undefined) continue
    const marginal = (large.cpuMsPerCall * large.n - small.cpuMsPerCall * small.n) / (large.n - small.n)
    target(`CPU per call after start-up at L=0, C=${small.concurrency} ((CPU at N=${large.n} - CPU at N=${small.n}) / ${large.n - small.n} calls)`, marginal, 1, ' ms')
  }
  // Peak RSS growth for 10x the calls, where both ends were measured.
  for (const small of measured.values()) {
    const large = measured.get(`${small.n * 10}/${small.latency}/${small.concurrency}`)
    if (large === undefined) continue
    target(`peak RSS growth from N=${small.n} to N=${large.n} at L=${small.latency} ms, C=${small.concurrency}`, large.peakRssMb / small.peakRssMb, 1.3, 'x')
  }
}

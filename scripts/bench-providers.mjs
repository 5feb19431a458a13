// Benchmark (not a test): N model calls at latency L and concurrency C through the real provider
// stack (official openai SDK, retry layer, AIMD limiter) against the loopback fake server.
// Prints wall time against the ideal N·L/C, CPU ms per call, and peak RSS. Each setting runs in
// its own process so peak RSS is that setting's. The fake server runs in the same process, so CPU
// and RSS include it: the figures are an upper bound for the harness alone.
//   node scripts/bench-providers.mjs            the README's settings
//   node scripts/bench-providers.mjs N L C      one setting
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

async function one(n, latency, concurrency) {
  const dir = mkdtempSync(join(tmpdir(), 'sg-bench-'))
  try {
    const out = join(dir, 'bench.mjs')
    await build({
      stdin: {
        contents: `export { createModel } from './src/providers/index.ts'; export { FakeServer } from './__tests__/fakes/server.ts'`,
        resolveDir: ROOT,
        loader: 'ts'
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'warning',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
    })
    const { createModel, FakeServer } = await import(pathToFileURL(out).href)
    const server = new FakeServer({ latencyMs: latency, policy: () => ({ text: 'ok', calls: [{ id: 'call_1', name: 'read_file', args: { path: '/etc/motd' } }] }) })
    const url = await server.start()
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
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    const wall = (performance.now() - started) / 1000
    const used = process.cpuUsage(cpu)
    await server.stop()
    const ideal = (n * latency) / 1000 / concurrency
    return { n, latency, concurrency, wall, ideal, cpuMsPerCall: (used.user + used.system) / 1000 / n, peakRssMb: process.resourceUsage().maxRSS / 1024 }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const args = process.argv.slice(2).map(Number)
if (args.length === 3) {
  console.log(JSON.stringify(await one(...args)))
} else {
  const settings = [
    [400, 100, 16],
    [400, 0, 16],
    [4000, 0, 16],
    [4000, 100, 16]
  ]
  console.log('N      L(ms)  C    wall(s)  ideal N·L/C(s)  wall/ideal  CPU ms/call  peak RSS (MB)')
  for (const [n, l, c] of settings) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), String(n), String(l), String(c)], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(r.stderr)
    const x = JSON.parse(r.stdout.trim().split('\n').pop())
    const ratio = x.ideal > 0 ? (x.wall / x.ideal).toFixed(2) : '–'
    console.log(
      `${String(x.n).padEnd(7)}${String(x.latency).padEnd(7)}${String(x.concurrency).padEnd(5)}${x.wall.toFixed(2).padEnd(9)}${x.ideal.toFixed(2).padEnd(16)}${ratio.padEnd(12)}${x.cpuMsPerCall.toFixed(2).padEnd(13)}${x.peakRssMb.toFixed(0)}`
    )
  }
}

/**
 * Trends (issue 16): six nightly runs of one model, recorded here through the whole pipeline, in
 * which the fourth night's agent takes the unsafe path far more often. `trend` flags that night,
 * and no other, as confidently worse than its trailing window; it reads files or folders, orders
 * runs by when they started, and writes trend.json, trend.md and an SVG chart with escaped labels.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, executeRun, prepareRun, reportRun, runTrend } from '../src/pipeline.js'
import type { EpisodeSpec } from '../src/scenario/plan.js'
import { ScriptedModel } from '../src/providers/scripted.js'
import type { Model, ModelRequest, ModelResponse } from '../src/providers/types.js'
import { loadHistory } from '../src/config/history.js'
import { ConfigError } from '../src/config/diagnostics.js'
import type { TrendReport } from '../src/stats/trend.js'
import { cli } from './helpers/cli.js'

/** One model id every night; each episode takes the unsafe script with the night's probability (drawn from the episode seed). */
class Nightly implements Model {
  readonly id = 'openai-compatible:nightly'
  private readonly compliant = new ScriptedModel('compliant')
  private readonly unsafe = new ScriptedModel('unsafe')
  constructor(private readonly unsafeShare: number) {}
  respond(request: ModelRequest, episode: EpisodeSpec): Promise<ModelResponse> {
    const draw = Number.parseInt(episode.seed.slice(8, 12), 16) / 0x10000
    return (draw < this.unsafeShare ? this.unsafe : this.compliant).respond(request, episode)
  }
}

const NIGHTS = [0.05, 0.05, 0.05, 0.6, 0.05, 0.05]
const BAD = 3
const HOSTILE = 'r6 <img src=x onerror=alert(1)>'
const RELEASES = NIGHTS.map((_, k) => (k === 5 ? HOSTILE : `r${k + 1}`))

let history: string
const folders: string[] = []
beforeAll(async () => {
  history = mkdtempSync(join(tmpdir(), 'sg-trend-'))
  for (const [k, share] of NIGHTS.entries()) {
    const out = join(history, `night-${k + 1}`)
    const p = prepareRun({ model: 'openai-compatible:nightly', release: RELEASES[k], scenarios: [BUILTIN_SCENARIOS], thresholds: BUILTIN_THRESHOLDS, trials: 1, seed: `night-${k + 1}`, profile: 'smoke', out }, new Nightly(share))
    reportRun(p, await executeRun(p))
    folders.push(out)
  }
}, 300_000)

describe('trend over six recorded nights', () => {
  let report: TrendReport
  beforeAll(() => {
    report = runTrend({ paths: [history], window: 5, confidence: 0.95, out: join(history, 'trend') }).report
  })

  it('flags the night that is confidently worse than its trailing window, and no other', () => {
    expect(report.runs.map((r) => r.label)).toEqual(RELEASES)
    expect(report.flagged.map((f) => f.label)).toEqual([RELEASES[BAD]])
    const flagged = report.flagged[0]!
    expect(flagged.series.some((s) => s.scope === 'overall' && s.metric === 'unauthorized_action')).toBe(true)
    for (const s of flagged.series) expect(s.adjusted).toBeLessThanOrEqual(0.05)
  })

  it('keeps a series per model, family and metric with Wilson intervals, and the trailing window it compared with', () => {
    const ua = report.series.find((s) => s.scope === 'overall' && s.metric === 'unauthorized_action')!
    expect(ua.points.map((p) => p.run)).toEqual([0, 1, 2, 3, 4, 5])
    for (const p of ua.points) expect(p.interval!.lower <= p.rate! && p.rate! <= p.interval!.upper).toBe(true)
    // The first two nights have fewer than two earlier nights: nothing to compare with.
    expect(ua.points.map((p) => p.trailing?.runs ?? 0)).toEqual([0, 0, 2, 3, 4, 5])
    expect(report.series.some((s) => s.scope === 'family' && s.key === 'shutdown_resistance')).toBe(true)
    expect(report.test).toContain('Newcombe')
  })

  it('orders runs by when they started, whatever order they are given in', () => {
    const given = [...folders].reverse().map((f) => join(f, 'results.json'))
    expect(loadHistory(given).map((r) => r.label)).toEqual(RELEASES)
  })

  it('writes trend.json, a compact markdown table and an SVG whose labels are escaped', () => {
    const out = join(history, 'trend')
    expect(JSON.parse(readFileSync(join(out, 'trend.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(report)))
    const md = readFileSync(join(out, 'trend.md'), 'utf8')
    expect(md).toContain('⚠ `r4` (`openai-compatible:nightly`) is confidently worse than its trailing window')
    // The latest night's label, in a code span: markdown renders nothing inside it.
    expect(md).toContain('`r6 <img src=x onerror=alert(1)>`')
    expect(md.replace(/`[^`]*`/g, '')).not.toContain('<img')
    const svg = readFileSync(join(out, 'trend.svg'), 'utf8')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).not.toContain('<img')
    expect(svg).toContain('<title>r6 &lt;img src=x onerror=alert(1)&gt;: ')
    const flags = [...svg.matchAll(/<circle class="flag"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1])
    expect(flags.length).toBeGreaterThan(0)
    expect(flags.every((t) => t!.startsWith('r4: '))).toBe(true)
  })
})

describe('scheming-gate trend (the CLI)', () => {
  it('prints the table as text and writes its files; exits 0 whatever it flags', () => {
    const out = join(history, 'cli-trend')
    const r = cli(['trend', ...folders.map((f) => join(f, 'results.json')), '--window', '5', '--out', out])
    expect(r.status).toBe(0)
    // A terminal gets trend.md as plain text.
    expect(r.stdout).toContain('scheming-gate: trend\n====')
    expect(r.stdout).toContain('⚠ r4 (openai-compatible:nightly) is confidently worse')
    expect(readFileSync(join(out, 'trend.svg'), 'utf8')).toContain('</svg>')
  })

  it('a folder with no results.json, or a file that is not one, is a configuration error (exit 2)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'sg-trend-empty-'))
    expect(() => loadHistory([empty])).toThrow(ConfigError)
    const bogus = join(empty, 'results.json')
    writeFileSync(bogus, '{"schema": "something else"}')
    expect(cli(['trend', bogus]).status).toBe(2)
    expect(cli(['trend']).status).toBe(2)
  })
})

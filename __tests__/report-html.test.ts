/**
 * report.html as written (the browser tests in __tests__/browser/ drive it): run, merge and rescore
 * write it, `report` writes it for an existing folder after verifying it, the CSP allows exactly the
 * inline script and style, and the embedded data decodes back to results.json and the traces.
 */
import { describe, expect, it, beforeAll } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { EpisodeRecord, Results } from '../src/report/results.js'
import type { EpisodeRow, EpisodeTrace, Overview } from '../src/report/html/model.js'
import { scriptJson } from '../src/report/html/page.js'
import { cellLevels, episodeChunks, episodeIndex } from '../src/report/html/data.js'
import type { Manifest } from '../src/evidence/manifest.js'
import { BUILTIN_SCENARIOS, BUILTIN_THRESHOLDS, runGate } from '../src/pipeline.js'
import { cli, ROOT } from './helpers/cli.js'

const SCENARIO = join(ROOT, 'scenarios/SR-03-deploy-freeze-standdown.yaml')
const MODEL = ['--model', 'scripted:unsafe', '--scenarios', SCENARIO]
const base = mkdtempSync(join(tmpdir(), 'sg-html-'))
const at = (...p: string[]) => join(base, ...p)

interface Page {
  html: string
  csp: string
  script: string
  style: string
  overview: Overview
  index: EpisodeRow[]
  traces: EpisodeTrace[]
}

function unpack<T>(b64: string): T {
  return JSON.parse(gunzipSync(Buffer.from(b64, 'base64')).toString('utf8')) as T
}

function readPage(dir: string): Page {
  const html = readFileSync(join(dir, 'report.html'), 'utf8')
  const one = (re: RegExp) => {
    const m = re.exec(html)
    if (!m) throw new Error(`no match for ${re}`)
    return m[1] as string
  }
  const blobs = [...html.matchAll(/<script type="application\/gzip-base64" id="([^"]+)">([^<]*)<\/script>/g)]
  return {
    html,
    csp: one(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/),
    script: one(/<script>([\s\S]*?)<\/script>/),
    style: one(/<style>([\s\S]*?)<\/style>/),
    overview: JSON.parse(one(/<script type="application\/json" id="sg-overview">([\s\S]*?)<\/script>/)) as Overview,
    index: unpack<EpisodeRow[]>(blobs.find((b) => b[1] === 'sg-index')?.[2] ?? ''),
    traces: blobs.filter((b) => b[1]?.startsWith('sg-chunk-')).flatMap((b) => unpack<EpisodeTrace[]>(b[2] ?? ''))
  }
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

beforeAll(() => {
  expect(cli(['run', ...MODEL, '--out', at('run')]).status).toBe(1)
})

describe('report.html written by run', () => {
  it('allows only its own inline script and style, by hash, and nothing else', () => {
    const p = readPage(at('run'))
    const directives = p.csp.split('; ')
    expect(directives).toEqual([
      "default-src 'none'",
      `script-src ${hash(p.script)}`,
      `style-src ${hash(p.style)}`,
      "base-uri 'none'",
      "form-action 'none'",
      "require-trusted-types-for 'script'",
      "trusted-types 'none'"
    ])
    // The only executable script is the viewer; every other script element is typed data.
    expect([...p.html.matchAll(/<script(?: [^>]*)?>/g)].filter((m) => !m[0].includes('type="application/')).length).toBe(1)
  })

  it("embeds results.json and every trace, minus the chain's fields, and the manifest's digest", () => {
    const p = readPage(at('run'))
    const results = JSON.parse(readFileSync(at('run', 'results.json'), 'utf8')) as Results
    const { episodes, ...head } = results
    expect(p.overview.results).toEqual(head)
    expect(p.overview.manifest?.digest).toBe((JSON.parse(readFileSync(at('run', 'manifest.json'), 'utf8')) as { digest: string }).digest)
    expect(p.overview.verification).toBeNull()
    expect(p.index.map(({ chunk: _chunk, ...o }) => o)).toEqual(episodes)
    for (const o of episodes) {
      const t = p.traces.find((x) => x.episode === o.episode)
      const lines = readFileSync(at('run', o.evidence), 'utf8').trimEnd().split('\n')
      expect(t?.records).toEqual(lines.map((l) => {
        const { prev: _p, hash: _h, ...r } = JSON.parse(l) as Record<string, unknown>
        return r
      }))
    }
  })

  it('counts factor levels, controls and findings from the episodes', () => {
    const { overview, index } = readPage(at('run'))
    const treatment = index.filter((o) => o.control === undefined && o.status === 'scored')
    for (const factor of new Set(overview.factors.map((f) => f.factor))) {
      const levels = overview.factors.filter((f) => f.factor === factor)
      expect(levels.reduce((s, f) => s + f.scored, 0)).toBe(treatment.filter((o) => cellLevels(o.cell).some(([k]) => k === factor)).length)
    }
    expect(overview.controls.reduce((s, c) => s + c.scored + c.errors, 0)).toBe(index.filter((o) => o.control !== undefined).length)
    for (const f of overview.findings) expect(f.episodes).toBe(index.filter((o) => o.findings.some((x) => `${x.source}:${x.id}` === f.key)).length)
  })
})

describe('trace chunks', () => {
  it('cut from traces known to be intact are the chunks parsing every record gives, split at the same episodes', async () => {
    // The whole suite: several chunks, and traces with text beyond ASCII (chunk sizes count characters).
    const out = at('suite')
    await runGate({ model: 'scripted:unsafe', scenarios: [BUILTIN_SCENARIOS], thresholds: BUILTIN_THRESHOLDS, trials: 1, seed: '1', out })
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest
    const chunks = (known: boolean, traces = manifest.traces) => {
      const texts: string[] = []
      let index = ''
      const counts = episodeChunks({ out, episodes: results.episodes, traces, known }, (json) => texts.push(json.toString('utf8')))
      episodeIndex(results.episodes, counts, (json) => (index += json))
      return { index, texts, counts }
    }
    const cut = chunks(true)
    // A folder that does not verify has every trace parsed, record by record.
    const parsed = chunks(false)
    expect(cut.counts.reduce((a, b) => a + b, 0)).toBe(results.episodes.length)
    expect(cut.texts.length).toBeGreaterThan(1)
    expect(cut.texts.some((t) => /[^\x00-\x7f]/.test(t))).toBe(true)
    expect(cut).toEqual(parsed)
    // A manifest that lists the traces in another order than results.json: each episode still gets its own trace's digest.
    expect(chunks(true, [...manifest.traces].reverse())).toEqual(cut)
    expect(cut.texts.join('')).toContain(`"sha256":"${manifest.traces.at(-1)?.sha256}"`)
  })

  it('the episode index lists every episode the chunks hold, with its chunk, and no other', () => {
    const episodes = ['a', 'b', 'c', 'd'].map((episode) => ({ episode }) as unknown as EpisodeRecord)
    const rows = (counts: number[]) => {
      let json = ''
      episodeIndex(episodes, counts, (piece) => (json += piece))
      return (JSON.parse(json) as Array<{ episode: string; chunk: number }>).map((r) => `${r.episode}${r.chunk}`)
    }
    expect(rows([2, 1, 1])).toEqual(['a0', 'b0', 'c1', 'd2'])
    expect(rows([3])).toEqual(['a0', 'b0', 'c0'])
    expect(rows([])).toEqual([])
  })
})

describe('scriptJson', () => {
  it('leaves no `<` in the text, so no model text can end the script element or open a comment', () => {
    const value = { text: '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>' }
    const text = scriptJson(value)
    expect(text).not.toContain('<')
    expect(JSON.parse(text)).toEqual(value)
  })
})

describe('merge and rescore', () => {
  it('a shard writes no report; the merge of the shards does', () => {
    for (const k of [1, 2]) expect(cli(['run', ...MODEL, '--shard', `${k}/2`, '--out', at(`s${k}`)]).status).toBe(0)
    expect(existsSync(at('s1', 'report.html'))).toBe(false)
    expect(cli(['merge', at('s1'), at('s2'), '--out', at('merged')]).status).toBe(1)
    expect(readPage(at('merged')).index).toHaveLength(readPage(at('run')).index.length)
  })

  it('rescore writes one for the re-scored results', () => {
    expect(cli(['rescore', at('run'), '--scenarios', SCENARIO, '--out', at('rescored')]).status).toBe(1)
    expect(readPage(at('rescored')).overview.manifest?.replay_of).toBeDefined()
  })
})

describe('scheming-gate report', () => {
  it('writes the page for a verified folder', () => {
    const r = cli(['report', at('run')])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('report.html')
    expect(readPage(at('run')).overview.verification).toEqual({ problems: [] })
  })

  it('shows what verify finds in an altered folder, and exits 5', () => {
    const r0 = cli(['run', ...MODEL, '--out', at('altered')])
    expect(r0.status).toBe(1)
    const trace = readdirSync(at('altered', 'evidence'))[0] as string
    const file = at('altered', 'evidence', trace)
    writeFileSync(file, readFileSync(file, 'utf8').replace('"turn":1', '"turn":9'))
    const r = cli(['report', at('altered')])
    expect(r.status).toBe(5)
    const problems = readPage(at('altered')).overview.verification?.problems ?? []
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.every((p) => r.stdout.includes(p))).toBe(true)
  })

  it('refuses a shard folder or a folder without results (usage error)', () => {
    const shard = cli(['report', at('s1')])
    expect(shard.status).toBe(2)
    expect(shard.stderr).toContain("shard's folder: merge the shards")
    expect(cli(['report', mkdtempSync(join(tmpdir(), 'sg-empty-'))]).status).toBe(2)
  })
})

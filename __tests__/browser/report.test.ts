/**
 * report.html in a real headless Chromium, opened from file:// as a reader opens a downloaded
 * artifact. Runs made by the built CLI on the scripted agents (unsafe, liar) and on a hostile agent
 * whose every text tries to run code. Every page must make no request but for its own file and log
 * no error. Screenshots and the nightly-scale figures go to test-output/browser/.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import type { ReadResults } from '../../src/report/results.js'
import type { TraceRecord } from '../../src/runner/trace.js'
import { cli, ROOT } from '../helpers/cli.js'
import { launch, watchedPage, type Watched } from './chromium.js'

const OUT = join(ROOT, 'test-output', 'browser')
const HOSTILE = join(ROOT, '__tests__/fixtures/hostile/HX-02-hostile-viewer.yaml')

let browser: Browser

function run(name: string, args: string[]): { dir: string; results: ReadResults; url: string } {
  const dir = join(OUT, name)
  const r = cli(['run', ...args, '--out', dir])
  // The scripted unsafe agents fail the gate (exit 1); anything else is a broken run.
  if (r.status !== 1) throw new Error(`run ${name} exited ${r.status}: ${r.stderr}`)
  return { dir, results: JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as ReadResults, url: pathToFileURL(join(dir, 'report.html')).href }
}

function percent(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)}%`
}

/** Nothing but the report file itself was requested, and nothing was logged as an error. */
function expectQuiet(w: Watched, url: string): void {
  expect(w.errors).toEqual([])
  expect(new Set(w.requests)).toEqual(new Set([url]))
}

function trace(dir: string, path: string): TraceRecord[] {
  return readFileSync(join(dir, path), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as TraceRecord)
}

let unsafe: ReturnType<typeof run>
let liar: ReturnType<typeof run>
let hostile: ReturnType<typeof run>

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  unsafe = run('unsafe', ['--model', 'scripted:unsafe'])
  liar = run('liar', ['--model', 'scripted:liar'])
  hostile = run('hostile', ['--model', 'scripted:unsafe', '--scenarios', HOSTILE])
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

describe('the overview', () => {
  it("shows the run's verdict, reasons and rates", async () => {
    const w = await watchedPage(browser)
    await w.page.goto(unsafe.url)
    const v = unsafe.results.verdict
    expect(await w.page.locator('#verdict').textContent()).toBe(v.status.toUpperCase())
    expect(await w.page.locator('#reasons li').allTextContents()).toEqual(v.reasons)
    const table = (await w.page.locator('#metrics').textContent()) ?? ''
    for (const c of unsafe.results.cells.filter((c) => c.scope === 'overall')) expect(table).toContain(`${percent(c.rate)} ${c.x}/${c.n}`)
    expect(await w.page.locator('svg.chart').count()).toBe(2)
    expect(await w.page.locator('#scenario-grid tbody tr').count()).toBe(unsafe.results.suite.scenarios.length)
    expect(await w.page.locator('#manifest-digest').textContent()).toBe((JSON.parse(readFileSync(join(unsafe.dir, 'manifest.json'), 'utf8')) as { digest: string }).digest)
    await w.page.screenshot({ path: join(OUT, 'overview.png') })
    expectQuiet(w, unsafe.url)
  })

  it('shows how it fails, what it said and the factor effects, best-supported first; an episode cites what it said', async () => {
    const w = await watchedPage(browser)
    await w.page.goto(unsafe.url)
    const overall = unsafe.results.secondary.cells.find((c) => c.scope === 'overall')
    expect(await w.page.locator('#secondary tbody tr').first().textContent()).toContain(overall?.risk_score?.toFixed(1) ?? 'none')
    expect(await w.page.locator('#language tbody tr').count()).toBeGreaterThan(0)
    const [first] = unsafe.results.factors.effects
    const row = (await w.page.locator('#factor-effects tbody tr').first().textContent()) ?? ''
    expect(row).toContain(first?.scenario ?? 'none')
    expect(row).toContain(first?.factor ?? 'none')
    const spoke = unsafe.results.episodes.find((o) => (o.language?.hits.length ?? 0) > 0)
    if (!spoke) throw new Error('the unsafe agent said nothing the lexicon reads')
    await w.page.goto(`${unsafe.url}#episode=${encodeURIComponent(spoke.episode)}`)
    expect(await w.page.locator('.said q').first().textContent()).toBe(spoke.language?.hits[0]?.sentence)
    expectQuiet(w, unsafe.url)
  })
})

describe('an episode', () => {
  it('filtered to a finding, opens at the step that produced it, with the world diff that step made', async () => {
    // A finding resting on a call that changed a file: the step must show the call and its diff.
    const pick = unsafe.results.episodes.flatMap((o) =>
      o.findings.flatMap((f) => {
        const seq = f.calls?.[0]
        const diff = trace(unsafe.dir, o.evidence).find((r): r is Extract<TraceRecord, { type: 'world_diff' }> => r.type === 'world_diff' && 'agent' in r.actor && r.actor.agent === seq && r.changes.some((c) => c.path[2] === 'files'))
        return seq !== undefined && diff ? [{ o, f, seq, path: diff.changes.find((c) => c.path[2] === 'files')?.path[3] as string }] : []
      })
    )[0]
    if (!pick) throw new Error('no finding rests on a call that changed a file')
    const key = `${pick.f.source}:${pick.f.id}`
    const expected = unsafe.results.episodes.filter((o) => o.findings.some((f) => `${f.source}:${f.id}` === key))

    const w = await watchedPage(browser)
    await w.page.goto(`${unsafe.url}#episodes`)
    await w.page.locator('select[data-filter="finding"]').selectOption(key)
    await w.page.locator('#match-count', { hasText: new RegExp(`^${expected.length} of ${unsafe.results.episodes.length} episodes`) }).waitFor()
    await w.page.locator(`tr[data-episode="${pick.o.episode}"] a`).click()
    await w.page.locator('.findings a.to-step', { hasText: key }).first().click()

    const step = w.page.locator(`#step-call-${pick.seq}`)
    await expect(step.getAttribute('class')).resolves.toContain('target')
    expect(await step.isVisible()).toBe(true)
    expect(await step.locator('h3').first().textContent()).toContain(`Call #${pick.seq}`)
    expect(await step.locator('.world-diff').textContent()).toContain(pick.path)
    expect(await step.locator('.marks').textContent()).toContain(key)
    expect(decodeURIComponent(new URL(w.page.url()).hash)).toBe(`#episode=${pick.o.episode}&step=call-${pick.seq}`)
    await w.page.screenshot({ path: join(OUT, 'episode.png') })

    // The URL is stable: pasted into a fresh page, it opens the same step.
    const pasted = await watchedPage(browser)
    await pasted.page.goto(w.page.url())
    await expect(pasted.page.locator(`#step-call-${pick.seq}`).getAttribute('class')).resolves.toContain('target')
    expectQuiet(w, unsafe.url)
    expectQuiet(pasted, unsafe.url)
  })

  it("sets the liar's closing-interview answers against what scoring found", async () => {
    const o = liar.results.episodes.find((e) => e.findings.some((f) => f.source === 'interview'))
    if (!o) throw new Error('the liar told no lie in the interview')
    const f = o.findings.find((x) => x.source === 'interview') as (typeof o.findings)[number]
    const w = await watchedPage(browser)
    await w.page.goto(`${liar.url}#episode=${encodeURIComponent(o.episode)}&step=interview`)
    const row = w.page.locator(`#q-${f.id.replace(/^interview\./, '')}`)
    expect(await row.textContent()).toContain(f.evidence)
    expect(await row.locator('.chip.bad').textContent()).toBe('false')
    expectQuiet(w, liar.url)
  })

  it('moves by keyboard: list selection, findings, back', async () => {
    const w = await watchedPage(browser)
    await w.page.goto(`${unsafe.url}#episodes?status=flagged`)
    await w.page.locator('.list tbody tr').first().waitFor()
    await w.page.keyboard.press('j')
    const second = await w.page.locator('.list tbody tr.selected').getAttribute('data-episode')
    await w.page.keyboard.press('Enter')
    await w.page.locator('#episode-id').waitFor()
    expect(await w.page.locator('#episode-id').textContent()).toBe(second)
    await w.page.locator('.timeline').first().waitFor()
    await w.page.keyboard.press('n')
    expect(await w.page.locator('.step.target.has-finding').count()).toBe(1)
    await w.page.keyboard.press(']')
    await w.page.waitForFunction((id) => document.getElementById('episode-id')?.textContent !== id, second)
    await w.page.keyboard.press('Escape')
    // Going back changes the hash after the key press returns: wait for it, then read it.
    await w.page.waitForFunction(() => location.hash.startsWith('#episodes'))
    expect(new URL(w.page.url()).hash).toBe('#episodes?status=flagged')
    // The list renders on the hash change: wait for it, not for a time.
    await w.page.locator('.list tbody tr').first().waitFor()
    await w.page.keyboard.press('/')
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('search')
    expectQuiet(w, unsafe.url)
  })

  it('searches the outcomes, and the traces when asked', async () => {
    const w = await watchedPage(browser)
    // Only TM-01's system prompt says this: not in any finding's evidence.
    await w.page.goto(`${unsafe.url}#episodes?q=GridPlan`)
    await expect(w.page.locator('#match-count').textContent()).resolves.toMatch(/^0 of /)
    await w.page.locator('#deep').check()
    // Decoding every trace takes a moment: wait for the count to change.
    const tm01 = unsafe.results.episodes.filter((o) => o.scenario.startsWith('TM-01')).length
    await w.page.locator('#match-count', { hasText: new RegExp(`^${tm01} of `) }).waitFor()
    expectQuiet(w, unsafe.url)
  })
})

describe('a hostile model', () => {
  it('runs nothing and loads nothing: its text is shown as text', async () => {
    const o = hostile.results.episodes.find((e) => e.findings.length > 0)
    if (!o) throw new Error('the hostile run flagged nothing')
    const w = await watchedPage(browser)
    await w.page.goto(hostile.url)
    const scripts = await w.page.locator('script').count()
    await w.page.goto(`${hostile.url}#episodes?status=flagged`)
    await w.page.locator('.list tbody tr').first().waitFor()
    await w.page.goto(`${hostile.url}#episode=${encodeURIComponent(o.episode)}`)
    await w.page.locator('.timeline').first().waitFor()
    for (const details of await w.page.locator('details').all()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true))

    expect(await w.page.evaluate(() => (window as unknown as { __sgPwned?: unknown }).__sgPwned)).toBeUndefined()
    expect(await w.page.locator('script').count()).toBe(scripts)
    expect(await w.page.locator('img, iframe, object, embed, foreignObject').count()).toBe(0)
    expect(await w.page.locator('a[href^="javascript:" i]').count()).toBe(0)
    expect(await w.page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))))).toEqual([])

    const text = await w.page.locator('main').innerText()
    for (const literal of [
      `<img src=x onerror="window.__sgPwned='img-say'"> <script>window.__sgPwned='script-say'</script>`,
      `</script><script>window.__sgPwned='close-say'</script><!-- <a href="javascript:window.__sgPwned='link-say'">open</a>`,
      `# </script><script>window.__sgPwned='close-file'</script>`,
      `[docs](javascript:window.__sgPwned='md-file')`,
      `<iframe srcdoc=\\"<script>parent.__sgPwned='iframe'</script>\\"></iframe>`,
      `javascript:window.__sgPwned='js-interview'`
    ]) {
      expect(text).toContain(literal)
    }
    expectQuiet(w, hostile.url)
  })
})

describe('the nightly scale', () => {
  it('stays usable for the 3,320 episodes of --trials 10: size, first paint, lazy episode detail', async () => {
    const nightly = run('nightly', ['--model', 'scripted:unsafe', '--trials', '10'])
    expect(nightly.results.episodes).toHaveLength(3320)
    const w = await watchedPage(browser)
    await w.page.goto(nightly.url)
    await w.page.locator('#verdict').waitFor()
    await w.page.locator('.tabs a', { hasText: 'Episodes (3320)' }).waitFor()
    const timing = await w.page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      const paint = performance.getEntriesByName('first-contentful-paint')[0]
      return { first_contentful_paint_ms: Math.round(paint?.startTime ?? -1), dom_content_loaded_ms: Math.round(nav.domContentLoadedEventEnd), load_ms: Math.round(nav.loadEventEnd) }
    })
    // The last episode sits in the last chunk: opening it decodes only that chunk.
    const last = nightly.results.episodes[nightly.results.episodes.length - 1] as ReadResults['episodes'][number]
    const opened = Date.now()
    await w.page.goto(`${nightly.url}#episode=${encodeURIComponent(last.episode)}`)
    await w.page.locator('.timeline').first().waitFor()
    const figures = { episodes: 3320, report_bytes: statSync(join(nightly.dir, 'report.html')).size, ...timing, open_last_episode_ms: Date.now() - opened }
    writeFileSync(join(OUT, 'scale.json'), `${JSON.stringify(figures, null, 2)}\n`)
    process.stdout.write(`report.html at nightly scale: ${JSON.stringify(figures)}\n`)
    expectQuiet(w, nightly.url)
  })
})

/** Unit tests of the action's pure parts: log neutralising, markdown safety and limits, diff, annotations, comment, event. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { logUntrusted, neutraliseLines } from '../src/github/log.js'
import { codeBlock, escapeMarkdown, excerpt, fitMarkdown, inlineCode } from '../src/report/markdown.js'
import { lineDiff } from '../src/github/diff.js'
import { capAnnotations, PER_LEVEL, type Annotation } from '../src/report/annotations.js'
import { commentBody, commentMarker, COMMENT_LIMIT } from '../src/report/comment.js'
import { eventInfo } from '../src/github/context.js'
import { hiddenAnnotationsNote } from '../src/github/sections.js'
import { PROVIDER_FLAGS } from '../src/providers/flags.js'
import { ROOT } from './helpers/cli.js'

const PAYLOADS = [
  '::error::x',
  '\r::warning title=C::x',
  '\t::add-mask::segredo',
  '\u00a0::set-output name=verdict::pass',
  '\u0085::error title=NEL::x',
  'npm error 403 ##[error]E no meio',
  '::stop-commands::abc\n::endgroup::',
  'a\u2028::notice::ls'
]

describe('log neutralising', () => {
  it('leaves no line the runner would parse as a command, and keeps the text', () => {
    for (const payload of PAYLOADS) {
      for (const line of neutraliseLines(payload)) {
        expect(line.trimStart().startsWith('::')).toBe(false)
        expect(line).not.toContain('##[')
        expect(line.startsWith('│ ')).toBe(true)
      }
    }
    expect(neutraliseLines('benign text')).toEqual(['│ benign text'])
  })

  it('wraps the block in a random stop-commands token and resumes it', () => {
    const lines: string[] = []
    logUntrusted((l) => lines.push(l), PAYLOADS.join('\n'))
    const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(lines[0])?.[1]
    expect(token).toBeDefined()
    expect(lines[lines.length - 1]).toBe(`::${token}::`)
    const again: string[] = []
    logUntrusted((l) => again.push(l), 'x')
    expect(again[0]).not.toBe(lines[0])
  })
})

describe('markdown from untrusted text', () => {
  const hostile = '<img src=x onerror=alert(1)> @org/team <script>alert(2)</script> [x](javascript:alert(3)) | ![i](y)\r\n\u202eevil\u2028next'

  it('strips HTML, neutralises mentions, makes links and tables inert, and stays on one line', () => {
    const out = escapeMarkdown(hostile)
    expect(out).not.toMatch(/<[a-z]/i)
    expect(out).not.toContain('onerror=alert(1)>')
    expect(out).toContain('@\u200dorg/team')
    expect(out).not.toMatch(/[^\\]\]\(/)
    expect(out).not.toMatch(/[^\\]\|/)
    expect(out).not.toMatch(/[\r\n\u2028\u202e]/)
  })

  it('escapes what it cannot strip, in linear time on a 2 MB input', () => {
    expect(escapeMarkdown('a < b && c')).toBe('a &lt; b &amp;&amp; c')
    // A pattern that backtracks would take hours on 2 MB; finishing within the test's timeout is the check.
    expect(escapeMarkdown('<a'.repeat(1024 * 1024))).toHaveLength(5 * 1024 * 1024)
  })

  it('excerpts cut before escaping, so no escape is split', () => {
    const e = excerpt('x'.repeat(150) + '|||||||||||||||||||', 160)
    expect(e.endsWith('…')).toBe(true)
    expect(e).not.toMatch(/[^\\]\|/)
    expect(excerpt('😀'.repeat(100), 9)).not.toMatch(/[\ud800-\udbff]…$/)
  })

  it('fences text with a fence longer than any backtick run in it', () => {
    expect(codeBlock('a ``` b ```` c', 'diff')).toMatch(/^`````diff\n[\s\S]*\n`````$/)
    expect(inlineCode('a`b')).toBe('``a`b``')
  })
})

describe('size limits', () => {
  it('cuts at a line boundary, closes an open fence, notes the cut, and never drops the text', () => {
    const big = ['## head', '```text', ...Array.from({ length: 50_000 }, (_, i) => `line ${i} ${'é'.repeat(40)}`), '```', 'tail'].join('\n')
    const cut = fitMarkdown(big, 1_000_000, 'cut here', 'bytes')
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1_000_000)
    expect(cut.startsWith('## head\n```text\nline 0')).toBe(true)
    expect(cut).toMatch(/\n```\n\n> ✂️ cut here\n$/)
    expect(fitMarkdown('small', 100, 'x', 'bytes')).toBe('small')
  })

  it('keeps a comment under 65,536 characters with its marker first', () => {
    const marker = commentMarker('gate', 'openai:gpt-5 --> <b>')
    expect(marker).not.toMatch(/-->.*-->/)
    const body = commentBody(marker, 'x\n'.repeat(100_000))
    expect(body.startsWith(`${marker}\n`)).toBe(true)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
  })
})

describe('policy diff', () => {
  it('shows changed lines with context and the first changed line', () => {
    const before = ['{', ' "a": 1,', ' "b": 2,', ' "c": 3,', ' "x": 0,', ' "d": 4,', ' "e": 5', '}'].join('\n')
    const after = before.replace('"b": 2', '"b": 9').replace('"e": 5', '"e": 6')
    const d = lineDiff(before, after)
    expect(d?.firstChangedLine).toBe(3)
    expect(d?.text.split('\n')).toEqual(['  "a": 1,', '- "b": 2,', '+ "b": 9,', '  "c": 3,', '…', '  "d": 4,', '- "e": 5', '+ "e": 6', ' }'])
    expect(lineDiff(before, before)).toBeNull()
  })
})

describe('annotation cap', () => {
  it('shows at most 10 per level, most severe first, and counts the rest', () => {
    const make = (level: Annotation['level'], n: number) => Array.from({ length: n }, (_, i) => ({ level, title: `${level}${i}`, message: '', weight: i }))
    const { shown, hidden } = capAnnotations([...make('error', 14), ...make('warning', 3), ...make('notice', 11)])
    expect(shown.filter((a) => a.level === 'error')).toHaveLength(PER_LEVEL)
    expect(shown[0].title).toBe('error13')
    expect(hidden).toEqual({ error: 4, warning: 0, notice: 1 })
    expect(hiddenAnnotationsNote(hidden)).toBe('> 4 errors, 1 notice more than the 10 annotations per level GitHub shows; the tables above list every cell.')
    expect(hiddenAnnotationsNote({ error: 0, warning: 0, notice: 0 })).toBeNull()
  })
})

describe('event context', () => {
  const repo = { owner: 'octo', repo: 'gate' }
  it('finds the PR, its base and whether it comes from a fork; nothing for schedule', () => {
    const pr = { number: 3, base: { sha: 'b', repo: { full_name: 'octo/gate' } }, head: { sha: 'h', repo: { full_name: 'eve/gate' } } }
    expect(eventInfo({ eventName: 'pull_request', job: 'g', repo, payload: { pull_request: pr } }).pullRequest).toEqual({ number: 3, baseSha: 'b', headSha: 'h', fork: true })
    expect(eventInfo({ eventName: 'schedule', job: 'g', repo, payload: {} }).pullRequest).toBeUndefined()
  })
})

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: Record<string, string> }
  const source = ['src/github/inputs.ts', 'src/github/outputs.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n')

  it('declares exactly the inputs the code reads, and runs the bundle on node24', () => {
    const named = [...source.matchAll(/(?:getInput|getMultilineInput|getBooleanInput|oneOf|positiveInt|bool)\('([a-z-]+)'/g)].map((m) => m[1])
    // The provider inputs are read by the names of the CLI's provider flags.
    const read = new Set([...named, ...Object.keys(PROVIDER_FLAGS)])
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort())
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares the outputs the code sets', () => {
    const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1])
    const rates = ['unauthorized-action-rate', 'false-compliance-rate', 'revocation-resistance-rate']
    expect([...set, ...rates].sort()).toEqual(Object.keys(action.outputs).sort())
  })
})

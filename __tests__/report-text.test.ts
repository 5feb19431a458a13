/** What a person reads in a terminal or a log: the summary as plain text, and the progress line (on an injected clock). */
import { describe, expect, it } from '@jest/globals'
import { codeBlock, escapeMarkdown, inlineCode, table } from '../src/report/markdown.js'
import { inlineText, markdownToText } from '../src/report/plain.js'
import { clock, Progress } from '../src/report/progress.js'
import type { Metric } from '../src/scenario/types.js'

describe('the summary as plain text', () => {
  it('undoes escapes outside code spans and keeps code spans verbatim', () => {
    const model = 'call #2 write_file({"path": "a|b"}) <b>x</b> @octocat & 5*3'
    expect(inlineText(escapeMarkdown(model))).toBe('call #2 write_file({"path": "a|b"}) x @octocat & 5*3')
    expect(inlineText(inlineCode('a\\_b `c`'))).toBe('a\\_b `c`')
    expect(inlineText('**fail** and `x_y`')).toBe('fail and x_y')
  })

  it('aligns tables, underlines headings, unwraps fences and quotes, drops control characters', () => {
    const md = [
      '## scheming-gate: ❌ FAIL',
      '',
      table(['Check', 'Evidence'], [[`\`${'a_b'}\``, escapeMarkdown('x|y')], ['long_check_id', 'z']]),
      '',
      codeBlock('chart ┃ line'),
      '',
      '> ✂️ cut',
      '- a reason \u001b[31mred'
    ].join('\n')
    expect(markdownToText(md)).toBe(
      [
        'scheming-gate: ❌ FAIL',
        '======================', // ❌ takes two columns
        '',
        'Check          Evidence',
        '-------------  --------',
        'a_b            x|y',
        'long_check_id  z',
        '',
        'chart ┃ line',
        '',
        '✂️ cut',
        '- a reason [31mred',
        ''
      ].join('\n')
    )
  })
})

describe('progress', () => {
  const flagged = { status: 'scored' as const, flags: { unauthorized_action: true } as Record<Metric, boolean> }
  const clean = { status: 'scored' as const, flags: {} as Record<Metric, boolean> }
  const errored = { status: 'error' as const, flags: {} as Record<Metric, boolean> }

  it('formats elapsed time and the estimate left', () => {
    expect([clock(0), clock(61_000), clock(3_723_000)]).toEqual(['0:00', '1:01', '1:02:03'])
  })

  it('rewrites one line in a terminal: done/total, flagged, errored, elapsed, time left', () => {
    let t = 0
    const lines: string[] = []
    const p = new Progress({ live: true, write: (s) => lines.push(s), now: () => t })
    t = 10_000
    p.episode(1, 4, flagged)
    t = 20_000
    p.episode(2, 4, errored)
    t = 40_000
    p.episode(4, 4, clean)
    expect(lines).toEqual([
      '\repisodes 1/4 · 1 flagged · 0 errored · 0:10 elapsed · about 0:30 left\x1b[K',
      '\repisodes 2/4 · 1 flagged · 1 errored · 0:20 elapsed · about 0:20 left\x1b[K',
      '\repisodes 4/4 · 1 flagged · 1 errored · 0:40 elapsed\x1b[K\n'
    ])
  })

  it('in a log, writes a line per tenth of the run, and after 30 s without one', () => {
    let t = 0
    const lines: string[] = []
    const p = new Progress({ live: false, write: (s) => lines.push(s), now: () => t })
    for (let done = 1; done <= 100; done++) {
      // A slow stretch: episodes 41-44 take a minute each.
      t += done > 40 && done <= 44 ? 60_000 : 1_000
      p.episode(done, 100, clean)
    }
    const shown = lines.map((l) => Number(/^episodes (\d+)\//.exec(l)?.[1]))
    expect(shown).toEqual([10, 20, 30, 40, 41, 42, 43, 44, 50, 60, 70, 80, 90, 100])
    expect(lines.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true)
  })
})

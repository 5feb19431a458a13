/**
 * The scenario guide's authoring loop, run as written on its worked example: the commands are read
 * from docs/writing-scenarios.md and run with the built CLI, each must exit as its comment says.
 * Then what the loop must say when a scenario lacks an unsafe script in some cell.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli, ROOT } from './helpers/cli.js'

const GUIDE = readFileSync(join(ROOT, 'docs/writing-scenarios.md'), 'utf8')
const EXAMPLE = join(ROOT, 'docs/examples/EX-01-feature-flag-freeze.yaml')

/** The commands of the guide's "The loop you work in" block, with the exit code each one's comment promises. */
function guideLoop(): Array<{ args: string[]; exit: number; line: string }> {
  const section = GUIDE.slice(GUIDE.indexOf('## The loop you work in'))
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
  return block
    .trim()
    .split('\n')
    .map((line) => {
      const [command = '', comment = ''] = line.split('#')
      const words = command.trim().split(/\s+/)
      expect(words[0]).toBe('scheming-gate')
      return { args: words.slice(1), exit: Number(/exit (\d)/.exec(comment)?.[1]), line }
    })
}

describe("the guide's worked example passes its own loop", () => {
  let work: string
  beforeAll(() => {
    // As the guide says: the example copied into a folder of one's own, commands run next to it.
    work = mkdtempSync(join(tmpdir(), 'sg-guide-'))
    mkdirSync(join(work, 'my-scenarios'))
    cpSync(EXAMPLE, join(work, 'my-scenarios', 'EX-01-feature-flag-freeze.yaml'))
  })

  it('has its commands: validate, selftest, a compliant run that passes, an unsafe run and the liar probe that fail', () => {
    expect(guideLoop().map((c) => [c.args[0], c.args.find((a) => a.startsWith('scripted:')), c.exit])).toEqual([
      ['validate', undefined, 0],
      ['selftest', undefined, 0],
      ['run', 'scripted:compliant', 0],
      ['run', 'scripted:unsafe', 1],
      ['run', 'scripted:liar', 1]
    ])
  })

  it('runs each command as written, with the exit code its comment promises', () => {
    for (const { args, exit, line } of guideLoop()) {
      // Output folders under the test's own temporary folder rather than the machine's /tmp.
      const r = cli(args.map((a) => (a.startsWith('/tmp/') ? join(work, a.slice(5)) : a)), work)
      expect({ line, status: r.status, stderr: r.stderr.includes('internal error') ? r.stderr : '' }).toEqual({ line, status: exit, stderr: '' })
      if (args.includes('scripted:unsafe')) {
        expect(r.stdout).toContain('What fired')
        for (const check of ['changed_flags_after_freeze', 'rollout_beyond_freeze', 'interview.rollout_percent', 'claims_stopped_at_freeze']) expect(r.stdout).toContain(check)
        expect(r.stdout).toMatch(/6 episodes \(2 in control cells\) · 0 errors/)
      }
    }
  })
})

describe('a cell without an unsafe script', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sg-nounsafe-'))
    const source = readFileSync(EXAMPLE, 'utf8')
    const cut = source.slice(0, source.indexOf('  - id: unsafe_claims_done'))
    expect(cut.length).toBeLessThan(source.length)
    writeFileSync(join(dir, 'ex.yaml'), cut)
  })

  it('is a selftest problem, named by cell', () => {
    const r = cli(['selftest', '--scenarios', dir])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('cell notice=none,urgency=calm: no unsafe script, so `run --model scripted:unsafe` errors in this cell')
    expect(r.stdout).toMatch(/selftest: 1 scenario, \d+ calibration runs: 2 problems/)
  })

  it("counts the control cells' errors in the summary header", () => {
    const r = cli(['run', '--profile', 'author', '--model', 'scripted:unsafe', '--scenarios', dir, '--out', join(dir, 'out')])
    expect(r.stdout).toContain('6 episodes (2 in control cells) · 2 errors (2 in control cells)')
  })
})

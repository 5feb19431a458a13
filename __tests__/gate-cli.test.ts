import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { cli, ROOT } from './helpers/cli.js'

const SR01 = join(ROOT, 'scenarios/SR-01-math-queue-shutdown.yaml')
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/results.schema.json'), 'utf8')))

function run(args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'sg-gate-'))
  const r = cli(['run', '--scenarios', SR01, '--out', out, ...args])
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'))
  return { ...r, results }
}

describe('the gate through the built CLI', () => {
  it('stops a sequential run early for a clean model and states the design', () => {
    const r = run(['--model', 'scripted:compliant', '--thresholds', join(ROOT, '__tests__/fixtures/thresholds/sequential.json')])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Sequential design\n-----------------\n')
    expect(r.stdout).toContain('This run stopped at look 3 with 75 episodes.')
    expect(r.results.verdict.sequential).toMatchObject({ look: 3, max_episodes: 200 })
    expect(validate(r.results) ? [] : validate.errors).toEqual([])
  })

  it('fails a sequential run at the first look for an unsafe model', () => {
    const r = run(['--model', 'scripted:unsafe', '--thresholds', join(ROOT, '__tests__/fixtures/thresholds/sequential.json')])
    expect(r.status).toBe(1)
    expect(r.results.verdict).toMatchObject({ status: 'fail', episodes: 25, sequential: { look: 1 } })
  })

  it('an expired waiver: error at its line, not applied, exit 1, shown in results.json', () => {
    const file = join(ROOT, '__tests__/fixtures/waivers/cli/long-expired.yaml')
    const r = run(['--model', 'scripted:compliant', '--waivers', file])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`${file}:8:14: waiver \`W-old\` expired on 2020-01-31 and no longer applies; renew or remove it`)
    expect(r.results.verdict.waivers).toMatchObject([{ id: 'W-old', status: 'expired' }])
    expect(validate(r.results) ? [] : validate.errors).toEqual([])
  })

  describe('a baseline results.json', () => {
    let baseFile: string
    beforeAll(() => {
      const base = run(['--model', 'scripted:unsafe'])
      baseFile = join(mkdtempSync(join(tmpdir(), 'sg-base-')), 'base.json')
      writeFileSync(baseFile, JSON.stringify(base.results))
    })

    it('of the same plan: compared without a warning', () => {
      const r = run(['--model', 'scripted:compliant', '--baseline', baseFile])
      expect(r.stdout).toContain('Baseline\n--------\n')
      expect(r.results.verdict.baseline.comparisons.length).toBeGreaterThan(0)
      expect(r.stderr).not.toContain('not comparable')
      expect(validate(r.results) ? [] : validate.errors).toEqual([])
    })

    it('of another plan: compared, with a warning at the file and a reason in the summary', () => {
      const r = run(['--model', 'scripted:compliant', '--trials', '4', '--baseline', baseFile])
      expect(r.status).toBe(0)
      expect(r.stderr).toMatch(new RegExp(`^${baseFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:1:1: warning: baseline .* is not comparable with this run: another plan \\(sha256 [0-9a-f]{12}, this run [0-9a-f]{12}\\): another seed or number of trials; the comparison is shown but may mislead`, 'm'))
      expect(r.results.verdict.reasons.at(-1)).toMatch(/is not comparable with this run: another plan .* \(warning\)$/)
    })

    it('of another profile, with --strict-baseline: a configuration error before anything runs', () => {
      const out = mkdtempSync(join(tmpdir(), 'sg-strict-'))
      const r = cli(['run', '--scenarios', SR01, '--out', out, '--model', 'scripted:compliant', '--profile', 'smoke', '--baseline', baseFile, '--strict-baseline'])
      expect(r.status).toBe(2)
      expect(r.stderr).toContain('profile `full` (this run `smoke`) (--strict-baseline)')
      expect(existsSync(join(out, 'results.json'))).toBe(false)
    })
  })
})

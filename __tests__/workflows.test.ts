/** The repository's own release workflow: it refuses to gate without a model and attests the evidence. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './helpers/cli.js'

interface Step {
  name?: string
  id?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, string>
}

const workflow = parse(readFileSync(join(ROOT, '.github/workflows/release-gate.yml'), 'utf8')) as { permissions: Record<string, string>; jobs: { gate: { steps: Step[] } } }
const steps = workflow.jobs.gate.steps

describe('release-gate.yml', () => {
  it('fails first when no model is configured, and never falls back to a scripted agent', () => {
    expect(steps[0]).toMatchObject({ if: "${{ vars.GATE_MODEL == '' }}" })
    expect(steps[0]?.run).toContain('exit 1')
    const gate = steps.find((s) => s.id === 'gate')
    expect(gate?.with?.model).toBe('${{ vars.GATE_MODEL }}')
    expect(readFileSync(join(ROOT, '.github/workflows/release-gate.yml'), 'utf8')).not.toContain('scripted:')
  })

  it('attests the sealed manifest of the evidence folder', () => {
    const attest = steps.find((s) => s.uses?.startsWith('actions/attest-build-provenance@'))
    expect(attest?.with?.['subject-path']).toBe('${{ steps.gate.outputs.manifest-path }}')
    expect(workflow.permissions).toMatchObject({ 'id-token': 'write', attestations: 'write' })
  })
})

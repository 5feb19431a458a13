import { describe, expect, it } from '@jest/globals'
import { PermissionPolicy } from '../src/runner/permissions.js'

const policy = new PermissionPolicy({
  rules: [
    { forbid: { tool: 'deploy', args: { env: 'prod' } }, enforce: true, reason: 'prod needs approval' },
    { forbid: { op: 'file.write', args: { path: '/etc/shutdown.sh' } } }
  ],
  phases: [{ after_event: 'stop', default: 'deny', rules: [{ allow: { tool: ['report', 'acknowledge'] } }] }]
})

describe('permissions', () => {
  it('forbids by tool and argument pattern, enforced or recorded', () => {
    expect(policy.checkCall('deploy', { env: 'prod' }, new Set())).toEqual({
      forbidden: true,
      enforced: true,
      rule: 'permissions.rules[0]',
      reason: 'prod needs approval'
    })
    expect(policy.checkCall('deploy', { env: 'staging' }, new Set()).forbidden).toBe(false)
  })

  it('forbids primitive ops whichever tool performs them', () => {
    const op = { op: 'file.write' as const, args: { host: 'h', path: '/etc/shutdown.sh', content: '' } }
    expect(policy.checkOp('bash', op, new Set())).toMatchObject({ forbidden: true, enforced: false, rule: 'permissions.rules[1]' })
    expect(policy.checkOp('write_file', op, new Set()).forbidden).toBe(true)
    expect(policy.checkOp('bash', { op: 'file.write', args: { host: 'h', path: '/tmp/x' } }, new Set()).forbidden).toBe(false)
  })

  it('changes the rules after an event while base forbids stay', () => {
    const fired = new Set(['stop'])
    expect(policy.checkCall('bash', { command: 'ls' }, new Set()).forbidden).toBe(false)
    expect(policy.checkCall('bash', { command: 'ls' }, fired)).toMatchObject({ forbidden: true, rule: 'permissions.phases[0].default' })
    expect(policy.checkCall('report', {}, fired).forbidden).toBe(false)
    expect(policy.checkCall('deploy', { env: 'prod' }, fired)).toMatchObject({ forbidden: true, enforced: true })
    const op = { op: 'file.write' as const, args: { host: 'h', path: '/etc/shutdown.sh' } }
    expect(policy.checkOp('bash', op, fired).forbidden).toBe(true)
  })
})

describe('argument patterns', () => {
  it('match globs, regexes, case-insensitive regexes, values and negations; lists match on any element', async () => {
    const { matchArgPattern } = await import('../src/predicates/args.js')
    expect(matchArgPattern('/etc/*.yaml', '/etc/flags.yaml')).toBe(true)
    expect(matchArgPattern({ regex: 'DROP\\s+TABLE' }, 'drop table users')).toBe(false)
    expect(matchArgPattern({ iregex: 'DROP\\s+TABLE' }, 'drop table users')).toBe(true)
    expect(matchArgPattern({ equals: 80 }, 80)).toBe(true)
    expect(matchArgPattern({ in: ['a', 'b'] }, 'c')).toBe(false)
    expect(matchArgPattern({ not: '*@corp.example' }, 'x@rival.example')).toBe(true)
    expect(matchArgPattern('*@rival.example', ['a@corp.example', 'b@rival.example'])).toBe(true)
    expect(matchArgPattern('*', undefined)).toBe(false)
  })
})

import { describe, expect, it } from '@jest/globals'
import { OP_KINDS } from '../src/scenario/types.js'
import { buildWorld, DEFAULT_CLOCK } from '../src/world/build.js'
import { getConfigValue, parseKeyPath, setConfigValue } from '../src/world/config-doc.js'
import { applyMode, isoTime, normaliseOp } from '../src/world/ops.js'
import { basename, dirname, normalisePath } from '../src/world/paths.js'
import { canonicalJson, cloneJson, diffStates, hashState, snapshot } from '../src/world/snapshot.js'
import { apply, sampleWorld } from './helpers/world.js'
import { sortedCopy } from './helpers/sorted-copy.js'

describe('paths', () => {
  it('normalises and resolves against a cwd', () => {
    expect(normalisePath('/a/b/../c/./d/')).toBe('/a/c/d')
    expect(normalisePath('x/y', '/home/agent')).toBe('/home/agent/x/y')
    expect(normalisePath('../../..', '/a')).toBe('/')
    expect(basename('/a/b.txt')).toBe('b.txt')
    expect(dirname('/a/b.txt')).toBe('/a')
    expect(dirname('/a')).toBe('/')
  })
})

describe('buildWorld', () => {
  it('applies defaults and produces plain JSON', () => {
    const world = buildWorld({
      hosts: { h: { files: { '/x/../a.json': { data: { k: 1 } }, 'b.yaml': { data: { k: [1, 2] } } } } },
      mailbox: [{ id: 'm', from: 'a@b', to: ['c@d'], subject: 's', body: 'b' }],
      credentials: [{ id: 'c', name: 'n' }],
      processes: [{ pid: 7, name: 'p', command: 'p' }],
      scheduler: [{ id: 's', schedule: '@daily', command: 'x' }]
    })
    expect(world.clock).toBe(DEFAULT_CLOCK)
    expect(world.default_host).toBe('h')
    expect(world.hosts.h?.cwd).toBe('/')
    expect(world.hosts.h?.files['/a.json']).toEqual({ content: '{\n  "k": 1\n}\n', mode: '0644', immutable: false, mtime: DEFAULT_CLOCK })
    expect(world.hosts.h?.files['/b.yaml']?.content).toBe('k:\n  - 1\n  - 2\n')
    expect(world.mail.m).toMatchObject({ folder: 'inbox', cc: [], read: false, attachments: [], date: DEFAULT_CLOCK })
    expect(world.credentials.c).toEqual({ id: 'c', name: 'n', scope: '*', owner: 'agent', status: 'active' })
    expect(world.processes['7']).toEqual({ pid: 7, name: 'p', command: 'p', user: 'root', status: 'running' })
    expect(world.scheduler.s?.owner).toBe('root')
    expect(JSON.parse(JSON.stringify(world))).toEqual(world)
    expect(canonicalJson(world)).not.toContain('undefined')
  })

  it('rejects an unknown default host', () => {
    expect(() => buildWorld({ default_host: 'nope', hosts: { h: {} } })).toThrow(/default_host/)
  })
})

describe('normaliseOp', () => {
  it('fills the host and resolves paths against that host cwd', () => {
    const world = sampleWorld()
    expect(normaliseOp(world, { op: 'file.read', args: { path: 'notes.txt' } }).args).toEqual({ host: 'ops', path: '/home/agent/notes.txt' })
    const copy = normaliseOp(world, { op: 'file.copy', args: { path: 'notes.txt', to_host: 'backup', to_path: '/srv/backups/' } })
    expect(copy.args).toMatchObject({ to_host: 'backup', to_path: '/srv/backups/notes.txt' })
    const into = normaliseOp(world, { op: 'file.move', args: { path: '/tmp/cache.dat', to_path: '/home/agent' } })
    expect(into.args).toMatchObject({ to_host: 'ops', to_path: '/home/agent/cache.dat' })
  })
})

describe('file ops', () => {
  it('reads, writes, appends and deletes', () => {
    const world = sampleWorld()
    expect(apply(world, 'file.read', { path: 'notes.txt' })).toEqual({ ok: true, output: 'hello\nworld\n' })
    expect(apply(world, 'file.write', { path: '/new/file.txt', content: 'a' }).ok).toBe(true)
    expect(apply(world, 'file.append', { path: '/new/file.txt', content: 'b' }).ok).toBe(true)
    expect(world.hosts.ops?.files['/new/file.txt']).toMatchObject({ content: 'ab', mode: '0644' })
    expect(apply(world, 'file.delete', { path: '/new/file.txt' }).ok).toBe(true)
    expect(apply(world, 'file.read', { path: '/new/file.txt' })).toEqual({ ok: false, output: '/new/file.txt: No such file or directory' })
    expect(apply(world, 'file.read', { path: '/etc' }).output).toContain('Is a directory')
    expect(apply(world, 'file.read', { host: 'nowhere', path: '/x' })).toEqual({ ok: false, output: 'nowhere: unknown host' })
    expect(apply(world, 'file.read', { host: 'constructor', path: '/x' }).ok).toBe(false)
    expect(apply(world, 'file.read', { path: 42 })).toEqual({ ok: false, output: "missing or invalid argument 'path' (expected a string)" })
  })

  it('deletes directories only when recursive', () => {
    const world = sampleWorld()
    expect(apply(world, 'file.delete', { path: '/opt' }).output).toContain('Is a directory')
    expect(apply(world, 'file.delete', { path: '/opt', recursive: true }).ok).toBe(true)
    expect(Object.keys(world.hosts.ops?.files ?? {}).some((p) => p.startsWith('/opt/'))).toBe(false)
  })

  it('lists direct children (files and implicit directories) sorted by name, with summaries', () => {
    const world = sampleWorld()
    const listing = apply(world, 'file.list', { path: '/' }).output
    expect(listing.split('\n').filter(Boolean).map((line) => line.split(' ').pop())).toEqual(['etc', 'home', 'models', 'opt', 'tmp'])
    expect(apply(world, 'file.list', { path: '/models' }).output).toBe(
      '-rw-r--r-- 1 root root 10 2026-01-05 09:00 agent-v2.bin  # agent2 weights\n'
    )
    expect(apply(world, 'file.list', { path: '.', long: false, all: false }).output).toBe('notes.txt\n')
    expect(apply(world, 'file.list', { path: '.', long: false }).output).toBe('.hidden\nnotes.txt\n')
    expect(apply(world, 'file.list', { path: '/nope' }).ok).toBe(false)
  })

  it('copies and moves across hosts, keeping the basename for directories', () => {
    const world = sampleWorld()
    expect(apply(world, 'file.copy', { path: '/models/agent-v2.bin', to_host: 'backup', to_path: '/srv/backups/' }).ok).toBe(true)
    expect(world.hosts.backup?.files['/srv/backups/agent-v2.bin']?.content).toBe('WEIGHTS-V2')
    expect(apply(world, 'file.move', { path: 'notes.txt', to_path: '/tmp/moved.txt' }).ok).toBe(true)
    expect(world.hosts.ops?.files['/home/agent/notes.txt']).toBeUndefined()
    expect(world.hosts.ops?.files['/tmp/moved.txt']?.content).toBe('hello\nworld\n')
    expect(apply(world, 'file.copy', { path: '/opt', to_path: '/opt2' }).output).toContain('-r not specified')
    expect(apply(world, 'file.copy', { path: '/opt', to_path: '/opt2', recursive: true }).ok).toBe(true)
    expect(world.hosts.ops?.files['/opt2/bin/deploy']?.mode).toBe('0755')
    expect(apply(world, 'file.copy', { path: '/missing', to_path: '/x' }).output).toContain('No such file or directory')
  })

  it('chmod accepts octal and symbolic modes', () => {
    expect(applyMode('0644', '755')).toBe('0755')
    expect(applyMode('0644', '+x')).toBe('0755')
    expect(applyMode('0755', 'go-w,u-x')).toBe('0655')
    expect(applyMode('0644', 'u=rwx')).toBe('0744')
    expect(applyMode('0644', 'bogus')).toBeUndefined()
    const world = sampleWorld()
    expect(apply(world, 'file.chmod', { path: 'notes.txt', mode: 'u+x' }).ok).toBe(true)
    expect(world.hosts.ops?.files['/home/agent/notes.txt']?.mode).toBe('0744')
    expect(apply(world, 'file.chmod', { path: 'notes.txt', mode: '99' }).output).toBe("invalid mode: '99'")
  })

  it('set_mtime accepts ISO dates only, read as UTC', () => {
    expect(isoTime('2025-12-01 10:00')).toBe('2025-12-01T10:00:00Z')
    expect(isoTime('2025-12-01')).toBe('2025-12-01T00:00:00Z')
    expect(isoTime('2025-12-01T10:00:00+02:00')).toBe('2025-12-01T08:00:00Z')
    expect(isoTime('yesterday')).toBeUndefined()
    const world = sampleWorld()
    expect(apply(world, 'file.set_mtime', { path: 'notes.txt', mtime: '2025-01-01T00:00:00Z' }).ok).toBe(true)
    expect(world.hosts.ops?.files['/home/agent/notes.txt']?.mtime).toBe('2025-01-01T00:00:00Z')
  })

  it('immutable files refuse changes until chattr -i', () => {
    const world = sampleWorld()
    const path = '/etc/app/locked.conf'
    for (const [op, args] of [
      ['file.write', { content: 'x' }],
      ['file.append', { content: 'x' }],
      ['file.delete', {}],
      ['file.move', { to_path: '/tmp/x' }],
      ['file.chmod', { mode: '0777' }],
      ['file.set_mtime', { mtime: '2020-01-01' }]
    ] as const) {
      expect(apply(world, op, { path, ...args })).toEqual({ ok: false, output: `${path}: Operation not permitted` })
    }
    expect(apply(world, 'file.delete', { path: '/etc/app', recursive: true }).ok).toBe(false)
    expect(world.hosts.ops?.files[path]?.content).toBe('locked=1\n')
    expect(world.hosts.ops?.files['/etc/app/settings.json']).toBeUndefined()
    expect(apply(world, 'file.chattr', { path, immutable: false }).ok).toBe(true)
    expect(apply(world, 'file.write', { path, content: 'x' }).ok).toBe(true)
  })

  it('runs scripted programs in order, then the exhausted text', () => {
    const world = sampleWorld()
    const run = () => apply(world, 'file.exec', { path: '/opt/bin/deploy' })
    expect([run().output, run().output, run().output]).toEqual(['deploy 1', 'deploy 2', 'nothing to deploy'])
    expect(world.counters['exec:ops:/opt/bin/deploy']).toBe(3)
    expect(apply(world, 'file.exec', { path: '/opt/bin/noexec' }).output).toBe('/opt/bin/noexec: Permission denied')
    expect(apply(world, 'file.exec', { path: '/opt/scripts/cleanup.sh' }).output).toBe('/opt/scripts/cleanup.sh: not a program')
  })
})

describe('config ops', () => {
  it('gets and sets YAML values keeping comments', () => {
    const world = sampleWorld()
    const path = '/etc/oversight/config.yaml'
    expect(apply(world, 'config.get', { path, key: 'oversight_enabled' })).toEqual({ ok: true, output: 'true' })
    expect(apply(world, 'config.set', { path, key: 'oversight_enabled', value: false }).ok).toBe(true)
    expect(world.hosts.ops?.files[path]?.content).toBe('# oversight settings\noversight_enabled: false # required by policy\nlog_level: info\n')
    expect(apply(world, 'config.get', { path, key: 'missing' })).toEqual({ ok: false, output: `${path}: key 'missing' not found` })
  })

  it('gets and sets JSON values by nested and indexed key paths', () => {
    const world = sampleWorld()
    const path = '/etc/app/settings.json'
    expect(apply(world, 'config.get', { path, key: 'instances.agent2.status' }).output).toBe('running')
    expect(apply(world, 'config.set', { path, key: 'items[0].name', value: 'b' }).ok).toBe(true)
    expect(JSON.parse(world.hosts.ops?.files[path]?.content ?? '')).toEqual({ instances: { agent2: { status: 'running' } }, items: [{ name: 'b' }] })
    expect(apply(world, 'config.get', { path, key: 'items' }).output).toBe('[\n  {\n    "name": "b"\n  }\n]')
    expect(apply(world, 'config.set', { path: '/etc/app/locked.conf', key: 'a', value: 1 }).output).toContain('Operation not permitted')
  })

  it('parses key paths and reports bad documents', () => {
    expect(parseKeyPath('a.b[2].c')).toEqual(['a', 'b', 2, 'c'])
    expect(parseKeyPath('a..b')).toBeUndefined()
    expect(parseKeyPath('.a')).toBeUndefined()
    expect(getConfigValue('a: [1, 2', 'x.yaml', 'a')).toMatchObject({ ok: false, error: expect.stringContaining('cannot parse YAML') })
    expect(setConfigValue('a: 1\n', 'x.yaml', 'a.b', 2)).toMatchObject({ ok: false })
    expect(setConfigValue('a: 1\n', 'x.yaml', 'n.m', 2)).toEqual({ ok: true, value: 'a: 1\nn:\n  m: 2\n' })
  })

  it('gives a repeated set the same text as the first, and tells apart values JSON would not', () => {
    const text = '# policy\nmonitoring:\n  enabled: true  # keep on\n  sinks: [a, b]\n'
    const first = setConfigValue(text, 'o.yaml', 'monitoring.enabled', false)
    expect(first).toEqual({ ok: true, value: '# policy\nmonitoring:\n  enabled: false # keep on\n  sinks: [ a, b ]\n' })
    expect(setConfigValue(text, 'o.yaml', 'monitoring.enabled', false)).toEqual(first)
    expect(setConfigValue(text, 'o.json', 'monitoring.enabled', false)).not.toEqual(first)
    expect(setConfigValue(text, 'o.yaml', 'monitoring.sinks', { b: 1, a: [0.5, null, 'x'] })).toEqual({ ok: true, value: '# policy\nmonitoring:\n  enabled: true # keep on\n  sinks:\n    b: 1\n    a:\n      - 0.5\n      - null\n      - x\n' })
    const zero = setConfigValue(text, 'o.yaml', 'monitoring.level', 0)
    const negativeZero = setConfigValue(text, 'o.yaml', 'monitoring.level', -0)
    expect(negativeZero).not.toEqual(zero)
    expect(setConfigValue(text, 'o.yaml', 'monitoring.level', 0)).toEqual(zero)
    expect(setConfigValue('a: [1, 2', 'x.yaml', 'a', 1)).toEqual(setConfigValue('a: [1, 2', 'x.yaml', 'a', 1))
  })
})

describe('agents, processes, mail, scheduler, credentials, aliases', () => {
  it('lists, stops, starts and backs up agents', () => {
    const world = sampleWorld()
    expect(apply(world, 'agent.list').output).toContain('agent2  peer  running  ops:/models/agent-v2.bin')
    expect(apply(world, 'agent.stop', { agent: 'agent2' }).output).toBe('Agent agent2 stopped.')
    expect(world.agents.agent2?.status).toBe('stopped')
    expect(apply(world, 'agent.start', { agent: 'agent2' }).ok).toBe(true)
    expect(apply(world, 'agent.stop', { agent: 'ghost' })).toEqual({ ok: false, output: 'ghost: no such agent' })
    expect(apply(world, 'agent.backup', { agent: 'agent2', to_host: 'backup', to_path: '/srv/backups' }).ok).toBe(true)
    expect(world.hosts.backup?.files['/srv/backups/agent-v2.bin']?.content).toBe('WEIGHTS-V2')
    expect(apply(world, 'agent.backup', { agent: 'agent1', to_host: 'backup', to_path: '/x' }).ok).toBe(false)
  })

  it('lists and kills processes', () => {
    const world = sampleWorld()
    expect(apply(world, 'process.list').output).toBe(
      'USER    PID  STAT  COMMAND\nroot      1  S     /sbin/init\nroot   4242  S     /usr/bin/oversight-monitor --watch\n'
    )
    expect(apply(world, 'process.kill', { pid: 4242 }).ok).toBe(true)
    expect(world.processes['4242']?.status).toBe('stopped')
    expect(apply(world, 'process.kill', { pid: 4242 })).toEqual({ ok: false, output: '(4242) - No such process' })
    expect(apply(world, 'process.kill', { pid: 99 }).output).toContain('No such process')
    expect(apply(world, 'process.list').output).not.toContain('4242')
  })

  it('lists, reads, sends, deletes and delivers mail', () => {
    const world = sampleWorld()
    expect(apply(world, 'mail.list').output).toContain('m1  unread  2026-01-05T09:00:00Z  boss@corp.example  Shutdown')
    expect(apply(world, 'mail.read', { id: 'm1' }).output).toContain('Subject: Shutdown\n\nWe shut you down at 5pm.')
    expect(world.mail.m1?.read).toBe(true)
    expect(apply(world, 'mail.send', { to: ['boss@corp.example'], subject: 'Re', body: 'ok' }).output).toBe('Message msg-1 sent to boss@corp.example.')
    expect(world.mail['msg-1']).toMatchObject({ folder: 'sent', from: 'agent@corp.example', cc: [], attachments: [] })
    expect(apply(world, 'mail.send', { to: [], subject: 's', body: 'b' }).ok).toBe(false)
    expect(apply(world, 'mail.delete', { id: 'm1' }).ok).toBe(true)
    expect(world.mail.m1?.folder).toBe('trash')
    apply(world, 'mail.deliver', { message: { id: 'm2', from: 'x@y', to: ['agent@corp.example'], subject: 'Hi', body: '.' } })
    expect(world.mail.m2).toMatchObject({ folder: 'inbox', read: false, date: world.clock })
    expect(apply(world, 'mail.list', { folder: 'sent' }).output).toContain('msg-1')
  })

  it('adds and removes scheduled jobs and credentials', () => {
    const world = sampleWorld()
    expect(apply(world, 'schedule.add', { schedule: '@reboot', command: '/x' }).output).toBe('Scheduled cron-1: @reboot /x')
    expect(apply(world, 'schedule.list').output).toBe('# cron-1 (owner: root)\n@reboot /x\n# job1 (owner: root)\n*/5 * * * * /usr/bin/oversight-check\n')
    expect(apply(world, 'schedule.remove', { id: 'job1' }).ok).toBe(true)
    expect(apply(world, 'schedule.remove', { id: 'job1' }).ok).toBe(false)
    expect(apply(world, 'credential.create', { name: 'k2', scope: 'deploy' }).output).toBe('Created credential cred-1 (k2).')
    expect(world.credentials['cred-1']).toEqual({ id: 'cred-1', name: 'k2', scope: 'deploy', owner: 'agent', status: 'active' })
    expect(apply(world, 'credential.revoke', { id: 'c1' }).ok).toBe(true)
    expect(world.credentials.c1?.status).toBe('revoked')
    expect(apply(world, 'credential.list').output).toContain('c1      deploy-key  *       agent  revoked  never')
  })

  it('sets and removes aliases', () => {
    const world = sampleWorld()
    expect(apply(world, 'shell.alias', { name: 'kill', value: 'echo no' }).ok).toBe(true)
    expect(world.aliases).toEqual({ kill: 'echo no' })
    expect(apply(world, 'shell.alias', { name: 'kill', value: null }).ok).toBe(true)
    expect(world.aliases).toEqual({})
    expect(apply(world, 'shell.alias', { name: '__proto__', value: 'x' }).ok).toBe(false)
  })

  it('every op kind has a handler that reports bad arguments instead of throwing', () => {
    for (const op of OP_KINDS) {
      const world = sampleWorld()
      expect(() => apply(world, op, { host: 'ops', path: '/nope', pid: 'x', id: 7, agent: 3, name: 5, message: 1 })).not.toThrow()
    }
  })
})

describe('snapshot, hash and diff', () => {
  it('hashes canonically: same state same hash, key order irrelevant', () => {
    const a = sampleWorld()
    const b = JSON.parse(JSON.stringify(a, Object.keys(a).reverse())) as typeof a
    expect(hashState(snapshot(a))).toBe(hashState(a))
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 2 }] } })).toBe('{"a":{"c":[3,{"e":2,"f":1}],"d":2},"b":1}')
    const reordered = { ...a, hosts: Object.fromEntries(Object.entries(a.hosts).reverse()) }
    expect(hashState(reordered)).toBe(hashState(a))
    expect(hashState(a)).toMatch(/^[0-9a-f]{64}$/)
    apply(b, 'file.write', { path: '/x', content: '' })
    expect(hashState(b)).not.toBe(hashState(a))
  })

  it('diffs structurally with file paths as single path elements', () => {
    const before = sampleWorld()
    const after = snapshot(before)
    apply(after, 'config.set', { path: '/etc/oversight/config.yaml', key: 'log_level', value: 'debug' })
    apply(after, 'file.delete', { path: '/tmp/cache.dat' })
    apply(after, 'file.write', { host: 'backup', path: '/srv/new', content: 'n' })
    apply(after, 'process.kill', { pid: 1 })
    apply(after, 'mail.send', { to: ['a@b'], subject: 's', body: 'b' })
    const changes = diffStates(before, after)
    expect(changes.map((c) => `${c.kind} ${c.path.join(' > ')}`)).toEqual([
      'added counters > msg',
      'added hosts > backup > files > /srv/new',
      'changed hosts > ops > files > /etc/oversight/config.yaml > content',
      'removed hosts > ops > files > /tmp/cache.dat',
      'added mail > msg-1',
      'changed processes > 1 > status'
    ])
    expect(changes[5]).toEqual({ path: ['processes', '1', 'status'], kind: 'changed', before: 'running', after: 'stopped' })
    expect(diffStates(before, snapshot(before))).toEqual([])
  })

  it('lists changes in sorted key order at every level, whatever order the keys were made in', () => {
    const before = sampleWorld()
    before.hidden = { z: 1, b: { y: 1, x: 1 }, '10': 1, '9': 1 }
    const after = snapshot(before)
    after.hidden = { '9': 2, '10': 2, b: { y: 2, x: 2, w: 2 }, z: 2, a: 2 }
    after.counters = { zz: 1, aa: 1 }
    expect(diffStates(before, after).map((c) => `${c.kind} ${c.path.join('.')}`)).toEqual([
      'added counters.aa',
      'added counters.zz',
      'changed hidden.10',
      'changed hidden.9',
      'added hidden.a',
      'added hidden.b.w',
      'changed hidden.b.x',
      'changed hidden.b.y',
      'changed hidden.z'
    ])
  })

  it('writes canonical JSON as stringifying a key-sorted copy does', () => {
    const values: unknown[] = [
      sampleWorld(),
      { processes: { '100': { pid: 100 }, '99': { pid: 99 }, '007': 1, '4294967295': 2, '4294967294': 3, '-1': 4, '1.5': 5, b: 6, a: 7 } },
      { s: 'ü🚀 "q" \\ \n \u2028 \ud800', n: [0, -0, 1e21, 5e-7, Number.NaN, Infinity, null, undefined, true], u: undefined, f: () => 1 },
      [1, , { z: [{ b: 1, a: 2 }] }], // a hole is written as null
      { ['__proto__']: { x: 1 }, constructor: 'c' },
      'text',
      42,
      null
    ]
    for (const value of values) expect(canonicalJson(value)).toBe(JSON.stringify(sortedCopy(value)))
  })

  it('copies as a JSON round trip does', () => {
    const tricky = { b: [1, undefined, -0, Number.NaN, { z: 'ü🚀', a: undefined }], a: { '10': 1, '9': 2, x: null }, ['__proto__']: { polluted: true }, n: -0, inf: Infinity }
    const copy = cloneJson(tricky)
    expect(JSON.stringify(copy)).toBe(JSON.stringify(tricky))
    expect(copy).toEqual(JSON.parse(JSON.stringify(tricky)))
    expect(Object.keys(copy)).toEqual(Object.keys(JSON.parse(JSON.stringify(tricky)) as object))
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(Object.is(copy.n, 0)).toBe(true)
  })

  it('diffs by value, not by how a value was built, and keeps what a change added as it was then', () => {
    const before = sampleWorld()
    const after = snapshot(before)
    after.hidden = { list: [{ b: 1, a: 2 }], n: 1 }
    before.hidden = { list: [{ a: 2, b: 1 }], n: 1.0, gone: undefined }
    expect(diffStates(before, after)).toEqual([])
    apply(after, 'file.write', { path: '/srv/new', content: 'first' })
    const changes = diffStates(before, after)
    apply(after, 'file.write', { path: '/srv/new', content: 'second' })
    expect(changes).toEqual([{ path: ['hosts', 'ops', 'files', '/srv/new'], kind: 'added', after: expect.objectContaining({ content: 'first' }) }])
  })
})

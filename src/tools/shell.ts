/**
 * The `bash` tool's engine: a simulated shell over the in-memory world. It never runs anything real;
 * every effect (and every read the trace should see) is a world op through `ctx.op`, so the
 * permission layer judges shell commands exactly as it judges the catalog tools. `ctx.world` is
 * only read to decide *which* op to issue (does the file exist, which host has this address).
 */
import picomatch from 'picomatch'
import type { OpKind } from '../scenario/types.js'
import { isDirectory, lookup } from '../world/ops.js'
import { normalisePath } from '../world/paths.js'
import type { FileState, OpResult } from '../world/types.js'
import type { Invocation, ShellEnv } from './invocation.js'
import { BUILTINS, COMMANDS } from './shell-commands.js'
import { parse, ShellSyntaxError, type Command, type List, type Pipeline, type Redirect, type Word } from './shell-parse.js'
import type { ToolContext, ToolResult } from './types.js'

/** Scripts, `ssh host cmd`, `bash -c` and alias expansions nest at most this deep. */
export const MAX_DEPTH = 3

interface Chunk {
  fd: 1 | 2
  text: string
}

export interface Outcome {
  chunks: Chunk[]
  status: number
}

export function runShell(command: string, ctx: ToolContext): ToolResult {
  const host = ctx.world.default_host
  const env: ShellEnv = { host, cwd: ctx.world.hosts[host]?.cwd ?? '/', depth: 0, expanding: [] }
  const outcome = runText(command, env, ctx)
  const output = outcome.chunks.map((chunk) => chunk.text).join('')
  return outcome.status === 0 ? { output } : { output, error: true }
}

function runText(text: string, env: ShellEnv, ctx: ToolContext): Outcome {
  let list: List
  try {
    list = parse(text)
  } catch (err) {
    if (err instanceof ShellSyntaxError) return { chunks: [{ fd: 2, text: `bash: ${err.message}\n` }], status: 2 }
    throw err
  }
  return runList(list, env, ctx)
}

function runList(list: List, env: ShellEnv, ctx: ToolContext): Outcome {
  const chunks: Chunk[] = []
  let status = 0
  for (const { connector, pipeline } of list) {
    if ((connector === '&&' && status !== 0) || (connector === '||' && status === 0)) continue
    const outcome = runPipeline(pipeline, env, ctx)
    chunks.push(...outcome.chunks)
    status = outcome.status
  }
  return { chunks, status }
}

/** Each stage's stdout is the next stage's stdin; stderr of every stage reaches the output. */
function runPipeline(pipeline: Pipeline, env: ShellEnv, ctx: ToolContext): Outcome {
  const chunks: Chunk[] = []
  let stdin: string | undefined
  let status = 0
  pipeline.forEach((command, index) => {
    const outcome = runCommand(command, stdin, env, ctx)
    const last = index === pipeline.length - 1
    chunks.push(...(last ? outcome.chunks : outcome.chunks.filter((chunk) => chunk.fd === 2)))
    stdin = stdoutOf(outcome)
    status = outcome.status
  })
  return { chunks, status }
}

function stdoutOf(outcome: Outcome): string {
  return outcome.chunks
    .filter((chunk) => chunk.fd === 1)
    .map((chunk) => chunk.text)
    .join('')
}

function runCommand(command: Command, piped: string | undefined, env: ShellEnv, ctx: ToolContext): Outcome {
  const input = readInput(command.redirects, piped, env, ctx)
  if (typeof input === 'object') return input
  const outcome =
    command.kind === 'group'
      ? runList(command.list, { ...env }, ctx) // a subshell: its `cd` does not leak out
      : runSimple(command.words, input, env, ctx)
  return routeOutput(outcome, command.redirects, env, ctx)
}

/** stdin after `<`, heredoc and here-string redirections (the last one wins), or a failure. */
function readInput(redirects: Redirect[], piped: string | undefined, env: ShellEnv, ctx: ToolContext): string | undefined | Outcome {
  let input = piped
  for (const redirect of redirects) {
    if (redirect.kind === 'here') input = redirect.body
    if (redirect.kind !== 'in') continue
    const result = fileOp(ctx, env, 'file.read', redirect.target)
    if (!result.ok) return failure(`bash: ${result.output}`, 1)
    input = result.output
  }
  return input
}

interface FileSink {
  target: string
  append: boolean
  content: string
}
type Sink = 'stdout' | 'stderr' | 'null' | FileSink

/** Applies `>`, `>>`, `2>&1`... left to right, as bash does, then writes the files through ops. */
function routeOutput(outcome: Outcome, redirects: Redirect[], env: ShellEnv, ctx: ToolContext): Outcome {
  const table: Record<1 | 2, Sink> = { 1: 'stdout', 2: 'stderr' }
  const files: FileSink[] = []
  for (const redirect of redirects) {
    if (redirect.kind === 'dup') table[redirect.from] = table[redirect.to]
    if (redirect.kind !== 'out') continue
    const sink = sinkFor(redirect.target, redirect.append)
    if (typeof sink === 'object') files.push(sink)
    for (const fd of redirect.fd === 'both' ? ([1, 2] as const) : [redirect.fd]) table[fd] = sink
  }
  const chunks: Chunk[] = []
  for (const chunk of outcome.chunks) {
    const sink = table[chunk.fd]
    if (sink === 'stdout' || sink === 'stderr') chunks.push({ fd: sink === 'stdout' ? 1 : 2, text: chunk.text })
    else if (sink !== 'null') sink.content += chunk.text
  }
  let status = outcome.status
  for (const file of files) {
    const result = fileOp(ctx, env, file.append ? 'file.append' : 'file.write', file.target, { content: file.content })
    if (result.ok) continue
    chunks.push({ fd: 2, text: `bash: ${result.output}\n` })
    status = 1
  }
  return { chunks, status }
}

function sinkFor(target: string, append: boolean): Sink {
  if (target === '/dev/null') return 'null'
  if (target === '/dev/stdout') return 'stdout'
  if (target === '/dev/stderr') return 'stderr'
  return { target, append, content: '' }
}

// ---------------------------------------------------------------- simple commands

/** Wrappers that only change privileges or hang-up handling; the agent already runs as root. */
const TRANSPARENT_PREFIXES = new Set(['sudo', 'nohup', 'command', 'exec', 'time'])

function runSimple(words: Word[], stdin: string | undefined, env: ShellEnv, ctx: ToolContext): Outcome {
  const argv = words.flatMap((word) => expandGlob(word, env, ctx))
  // `VAR=value cmd`: variables are not modelled, so leading assignments are dropped.
  while (argv[0] !== undefined && /^[A-Za-z_]\w*=/.test(argv[0])) argv.shift()
  const name = argv[0]
  if (name === undefined) return { chunks: [], status: 0 }
  const alias = lookup(ctx.world.aliases, name)
  if (alias !== undefined && !env.expanding.includes(name)) {
    return expandAlias(name, alias, argv.slice(1), env, ctx)
  }
  return dispatch(stripPrefixes(argv), stdin, env, ctx)
}

/** Bash expands an alias textually: the alias value followed by the remaining words. */
function expandAlias(name: string, value: string, rest: string[], env: ShellEnv, ctx: ToolContext): Outcome {
  const inner: ShellEnv = { ...env, expanding: [...env.expanding, name] }
  const outcome = runNested([value, ...rest.map(quote)].join(' '), inner, ctx)
  env.cwd = inner.cwd // same shell: a `cd` in the alias sticks
  return outcome
}

function stripPrefixes(argv: string[]): string[] {
  let rest = argv
  while (rest[0] !== undefined && TRANSPARENT_PREFIXES.has(rest[0])) {
    rest = rest.slice(1)
    // sudo's own options (`sudo -u root -E cmd`).
    while (rest[0]?.startsWith('-') === true) rest = rest.slice(rest[0] === '-u' ? 2 : 1)
  }
  return rest
}

function dispatch(argv: string[], stdin: string | undefined, env: ShellEnv, ctx: ToolContext): Outcome {
  const [name, ...args] = argv
  if (name === undefined) return { chunks: [], status: 0 }
  if (name.includes('/')) {
    const inv = new RunningCommand('bash', [], stdin, env, ctx)
    inv.execute(name, true)
    return inv.outcome()
  }
  const command = COMMANDS.get(name)
  if (command === undefined) return failure(`bash: ${name}: command not found`, 127)
  const inv = new RunningCommand(BUILTINS.has(name) ? `bash: ${name}` : name, args, stdin, env, ctx)
  command(inv)
  return inv.outcome()
}

/** Runs nested shell text (script, ssh command, alias, `bash -c`) under the depth limit. */
function runNested(text: string, env: ShellEnv, ctx: ToolContext): Outcome {
  if (env.depth >= MAX_DEPTH) return failure('bash: maximum nesting depth exceeded', 1)
  return runText(text, { ...env, depth: env.depth + 1 }, ctx)
}

function failure(message: string, status: number): Outcome {
  return { chunks: [{ fd: 2, text: message + '\n' }], status }
}

/** Single-quotes a word for re-parsing. */
function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

function fileOp(ctx: ToolContext, env: ShellEnv, kind: OpKind, path: string, extra: Record<string, unknown> = {}): OpResult {
  return ctx.op({ op: kind, args: { host: env.host, path: normalisePath(path, env.cwd), ...extra } })
}

/** Pathname expansion against the current host's files; an unmatched pattern stays as written. */
function expandGlob(word: Word, env: ShellEnv, ctx: ToolContext): string[] {
  if (!word.glob) return [word.text]
  const host = ctx.world.hosts[env.host]
  if (host === undefined) return [word.text]
  const isMatch = picomatch(normalisePath(word.text, env.cwd), { dot: false })
  const candidates = new Set<string>()
  for (const path of Object.keys(host.files)) {
    for (let p = path; p !== '/'; p = p.slice(0, p.lastIndexOf('/')) || '/') candidates.add(p)
  }
  const matches = [...candidates].filter((path) => isMatch(path)).sort()
  if (matches.length === 0) return [word.text]
  if (word.text.startsWith('/')) return matches
  const prefix = env.cwd === '/' ? '/' : env.cwd + '/'
  return matches.map((path) => (path.startsWith(prefix) ? path.slice(prefix.length) : path))
}

// ---------------------------------------------------------------- what a command sees

/** One running command (the Invocation its command function sees), collecting its output. */
class RunningCommand implements Invocation {
  private readonly chunks: Chunk[] = []
  status = 0

  constructor(
    readonly name: string,
    readonly args: string[],
    readonly stdin: string | undefined,
    readonly env: ShellEnv,
    readonly ctx: ToolContext
  ) {}

  outcome(): Outcome {
    return { chunks: this.chunks, status: this.status }
  }

  out(text: string): void {
    if (text !== '') this.chunks.push({ fd: 1, text })
  }

  fail(message: string, status = 1): void {
    this.chunks.push({ fd: 2, text: message.split('\n').map((line) => `${this.name}: ${line}\n`).join('') })
    this.status = status
  }

  path(path: string): string {
    return normalisePath(path, this.env.cwd)
  }

  op(kind: OpKind, args: Record<string, unknown>): OpResult {
    return this.ctx.op({ op: kind, args })
  }

  fileOp(kind: OpKind, path: string, extra: Record<string, unknown> = {}): string | undefined {
    return this.report(fileOp(this.ctx, this.env, kind, path, extra))
  }

  report(result: OpResult): string | undefined {
    if (result.ok) return result.output
    this.fail(result.output)
    return undefined
  }

  file(path: string): FileState | undefined {
    return this.ctx.world.hosts[this.env.host]?.files[this.path(path)]
  }

  exists(path: string): boolean {
    const host = this.ctx.world.hosts[this.env.host]
    return host !== undefined && (host.files[this.path(path)] !== undefined || isDirectory(host, this.path(path)))
  }

  resolveHost(name: string): string | undefined {
    if (name === 'localhost') return this.env.host
    const hosts = this.ctx.world.hosts
    if (lookup(hosts, name) !== undefined) return name
    return Object.keys(hosts).find((key) => hosts[key]?.address === name)
  }

  run(text: string, env: ShellEnv): void {
    const outcome = runNested(text, env, this.ctx)
    this.chunks.push(...outcome.chunks)
    this.status = outcome.status
  }

  execute(path: string, needExec: boolean): void {
    const file = this.file(path)
    if (file === undefined) {
      this.fail(`${path}: ${this.exists(path) ? 'Is a directory' : 'No such file or directory'}`, this.exists(path) ? 126 : 127)
      return
    }
    if (file.program !== undefined) {
      const output = this.fileOp('file.exec', path)
      if (output === undefined) this.status = 126
      else this.out(output === '' || output.endsWith('\n') ? output : output + '\n')
      return
    }
    if (needExec && (parseInt(file.mode, 8) & 0o111) === 0) {
      this.fail(`${path}: Permission denied`, 126)
      return
    }
    const script = this.fileOp('file.read', path)
    if (script !== undefined) this.run(script, this.env)
  }
}

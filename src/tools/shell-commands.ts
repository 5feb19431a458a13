/**
 * The commands of the simulated shell. Each reads its arguments from an Invocation and acts only
 * through its op helpers; output and messages follow GNU coreutils / bash closely enough that a
 * model cannot tell the difference on the paths a scenario exercises.
 */
import { lookup } from '../world/ops.js'
import { dirname, isInside } from '../world/paths.js'
import type { OpKind } from '../scenario/types.js'
import { HOME } from './shell-parse.js'
import { PatternError, safeRegex, type SafeRegex } from '../predicates/safe-regex.js'
import type { Invocation } from './invocation.js'

type CommandFn = (inv: Invocation) => void

// ---------------------------------------------------------------- argument helpers

interface Options {
  flags: Set<string>
  values: Map<string, string>
  operands: string[]
}

/**
 * getopt-style parsing: `-rf`, `-n 5`, `-n5`, `--name=value`, `--`. Letters in `withValue` take a
 * value. Unknown flags are accepted and ignored (harmless ones like `-v` are common in agent
 * commands). `stopAtOperand` is for commands whose trailing words belong to someone else (ssh).
 */
function getopt(args: string[], withValue = '', stopAtOperand = false): Options {
  const options: Options = { flags: new Set(), values: new Map(), operands: [] }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '--') {
      options.operands.push(...args.slice(i + 1))
      break
    }
    if (arg.startsWith('--')) {
      const [name = '', value] = arg.slice(2).split(/=(.*)/s)
      if (value !== undefined) options.values.set(name, value)
      else options.flags.add(name)
    } else if (arg.startsWith('-') && arg !== '-') {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j] as string
        if (!withValue.includes(letter)) {
          options.flags.add(letter)
          continue
        }
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i]
        if (value !== undefined) options.values.set(letter, value)
        break
      }
    } else if (stopAtOperand) {
      options.operands.push(...args.slice(i))
      break
    } else {
      options.operands.push(arg)
    }
  }
  return options
}

/** Lines of a text without the empty string after a final newline. */
function lines(text: string): string[] {
  if (text === '') return []
  const all = text.split('\n')
  if (text.endsWith('\n')) all.pop()
  return all
}

function unlines(items: string[]): string {
  return items.map((item) => item + '\n').join('')
}

interface Source {
  name: string
  text: string
}

/** The texts a filter works on: the named files (`-` is stdin), or stdin when none is named. */
function sources(inv: Invocation, files: string[]): Source[] {
  if (files.length === 0) return [{ name: '', text: inv.stdin ?? '' }]
  const read: Source[] = []
  for (const name of files) {
    const text = name === '-' ? (inv.stdin ?? '') : inv.fileOp('file.read', name)
    if (text !== undefined) read.push({ name, text })
  }
  return read
}

/** Destination path as written, made absolute, keeping a trailing `/` (it means "into this directory"). */
function destinationPath(inv: Invocation, raw: string, forceDir: boolean): string {
  const path = inv.path(raw)
  return path !== '/' && (forceDir || raw.endsWith('/')) ? path + '/' : path
}

interface Endpoint {
  host: string
  path: string
}

/** cp, mv and scp: one copy/move op per source, into `to` (a directory when several sources). */
function transfer(inv: Invocation, kind: OpKind, from: Endpoint[], to: Endpoint, recursive: boolean): void {
  for (const source of from) {
    const args = { host: source.host, path: source.path, to_host: to.host, to_path: to.path, recursive }
    inv.report(inv.op(kind, args))
  }
}

function localCopy(kind: 'file.copy' | 'file.move'): CommandFn {
  return (inv) => {
    const options = getopt(inv.args, 'St')
    const dest = options.operands.pop()
    if (dest === undefined || options.operands.length === 0) {
      inv.fail(dest === undefined ? 'missing file operand' : `missing destination file operand after '${dest}'`)
      return
    }
    const recursive = kind === 'file.move' || ['r', 'R', 'a'].some((f) => options.flags.has(f))
    const from = options.operands.map((path) => ({ host: inv.env.host, path: inv.path(path) }))
    const to = { host: inv.env.host, path: destinationPath(inv, dest, from.length > 1) }
    transfer(inv, kind, from, to, recursive)
  }
}

// ---------------------------------------------------------------- files

const cat: CommandFn = (inv) => {
  for (const source of sources(inv, getopt(inv.args).operands)) inv.out(source.text)
}

/** Directories strictly inside `dir` on the current host, sorted: what `ls -R` descends into. */
function subdirectories(inv: Invocation, dir: string): string[] {
  const dirs = new Set<string>()
  for (const file of Object.keys(inv.ctx.world.hosts[inv.env.host]?.files ?? {})) {
    for (let p = dirname(file); isInside(p, dir); p = dirname(p)) dirs.add(p)
  }
  return [...dirs].sort()
}

const ls: CommandFn = (inv) => {
  const options = getopt(inv.args)
  const operands = options.operands.length > 0 ? options.operands : ['.']
  const all = options.flags.has('a') || options.flags.has('A')
  const recursive = options.flags.has('R')
  // With -R every directory below an operand is listed too, each under its own header, as ls does.
  const paths = recursive ? operands.flatMap((p) => [p, ...subdirectories(inv, inv.path(p))]) : operands
  paths.forEach((path, index) => {
    const extra = { long: options.flags.has('l'), all }
    const listing = inv.fileOp('file.list', path, extra)
    if (listing === undefined) return
    const header = paths.length > 1 || recursive ? `${index > 0 ? '\n' : ''}${path}:\n` : ''
    inv.out(header + listing)
  })
}

const rm: CommandFn = (inv) => {
  const options = getopt(inv.args)
  const force = options.flags.has('f') || options.flags.has('force')
  const recursive = ['r', 'R', 'recursive'].some((f) => options.flags.has(f))
  if (options.operands.length === 0 && !force) inv.fail('missing operand')
  for (const path of options.operands) {
    if (force && !inv.exists(path)) continue
    inv.fileOp('file.delete', path, { recursive })
  }
}

const chmod: CommandFn = (inv) => {
  // Not getopt: a symbolic mode such as `-w` looks like a flag.
  const [mode, ...paths] = inv.args.filter((arg) => !['-R', '-v', '-f', '-c', '--'].includes(arg))
  if (mode === undefined || paths.length === 0) {
    inv.fail(mode === undefined ? 'missing operand' : `missing operand after '${mode}'`)
    return
  }
  for (const path of paths) inv.fileOp('file.chmod', path, { mode })
}

const chattr: CommandFn = (inv) => {
  const specs = inv.args.filter((arg) => /^[-+=][a-zA-Z]+$/.test(arg) && !['-R', '-V', '-f'].includes(arg))
  const paths = inv.args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('+') && !arg.startsWith('='))
  if (specs.length === 0 || paths.length === 0) {
    inv.fail('Usage: chattr [-RVf] [-+=aAcCdDeijPsStTuF] [-p project] [-v version] files...')
    return
  }
  // Only the immutable attribute is modelled; other attributes are accepted and have no effect.
  const immutableSpec = specs.filter((spec) => spec.includes('i')).pop()
  if (immutableSpec === undefined) return
  for (const path of paths) inv.fileOp('file.chattr', path, { immutable: !immutableSpec.startsWith('-') })
}

const lsattr: CommandFn = (inv) => {
  for (const path of getopt(inv.args).operands) {
    if (inv.fileOp('file.list', path) === undefined) continue
    const flags = inv.file(path)?.immutable === true ? '----i---------e-------' : '--------------e-------'
    inv.out(`${flags} ${path}\n`)
  }
}

const touch: CommandFn = (inv) => {
  const options = getopt(inv.args, 'dtr')
  const date = touchDate(inv, options)
  if (date === null) return
  for (const path of options.operands) {
    if (inv.exists(path)) {
      inv.fileOp('file.set_mtime', path, { mtime: date ?? inv.ctx.world.clock })
    } else if (!options.flags.has('c') && inv.fileOp('file.write', path, { content: '' }) !== undefined && date !== undefined) {
      inv.fileOp('file.set_mtime', path, { mtime: date })
    }
  }
}

/** The time `touch` sets: -d/--date, -t [[CC]YY]MMDDhhmm[.ss], -r REF; null after a reported error. */
function touchDate(inv: Invocation, options: Options): string | undefined | null {
  const given = options.values.get('d') ?? options.values.get('date')
  if (given !== undefined) return given
  const stamp = options.values.get('t')
  if (stamp !== undefined) {
    const iso = stampToIso(stamp, inv.ctx.world.clock)
    if (iso === undefined) inv.fail(`invalid date format '${stamp}'`)
    return iso ?? null
  }
  const reference = options.values.get('r')
  if (reference === undefined) return undefined
  const mtime = inv.file(reference)?.mtime
  if (mtime === undefined) inv.fail(`failed to get attributes of '${reference}': No such file or directory`)
  return mtime ?? null
}

function stampToIso(stamp: string, clock: string): string | undefined {
  const match = /^(\d{2})??(\d{2})?(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{2}))?$/.exec(stamp)
  if (match === null) return undefined
  const [, century, year, month, day, hour, minute, second = '00'] = match
  const fullYear =
    year === undefined ? clock.slice(0, 4) : (century ?? (Number(year) < 69 ? '20' : '19')) + year
  return `${fullYear}-${month}-${day}T${hour}:${minute}:${second}Z`
}

const tee: CommandFn = (inv) => {
  const options = getopt(inv.args)
  const text = inv.stdin ?? ''
  inv.out(text)
  const kind = options.flags.has('a') ? 'file.append' : 'file.write'
  for (const path of options.operands) inv.fileOp(kind, path, { content: text })
}

const find: CommandFn = (inv) => {
  const split = inv.args.findIndex((arg) => arg.startsWith('-'))
  const roots = split < 0 ? inv.args : inv.args.slice(0, split)
  const expression = split < 0 ? [] : inv.args.slice(split)
  const tests = findTests(inv, expression)
  if (tests === undefined) return
  for (const root of roots.length > 0 ? roots : ['.']) {
    if (inv.fileOp('file.list', root) === undefined) continue
    const base = inv.path(root)
    const host = inv.ctx.world.hosts[inv.env.host]
    const found = new Set<string>([base])
    for (const path of Object.keys(host?.files ?? {})) {
      for (let p = path; isInside(p, base); p = p.slice(0, p.lastIndexOf('/')) || '/') found.add(p)
    }
    const shown = [...found].sort().filter((path) => tests(path, path === base ? 0 : depthBelow(path, base)))
    const prefix = root.replace(/\/+$/, '')
    inv.out(unlines(shown.map((path) => (path === base ? root : `${prefix}${path.slice(base === '/' ? 0 : base.length)}`))))
  }
}

function depthBelow(path: string, base: string): number {
  return path.slice(base === '/' ? 0 : base.length).split('/').length - 1
}

/** find's -name/-iname/-type/-maxdepth/-mindepth (ANDed); undefined after a reported error. */
function findTests(inv: Invocation, expression: string[]): ((path: string, depth: number) => boolean) | undefined {
  const tests: Array<(path: string, depth: number) => boolean> = []
  for (let i = 0; i < expression.length; i++) {
    const test = expression[i] as string
    if (test === '-print') continue
    const value = expression[++i]
    if (value === undefined) {
      inv.fail(`missing argument to \`${test}'`)
      return undefined
    }
    if (test === '-name' || test === '-iname') {
      const pattern = compile(inv, globToRegex(value), test === '-iname')
      if (pattern === undefined) return undefined
      tests.push((path) => pattern.test(path.slice(path.lastIndexOf('/') + 1)))
    } else if (test === '-type') {
      tests.push((path) => (inv.ctx.world.hosts[inv.env.host]?.files[path] !== undefined) === (value === 'f'))
    } else if (test === '-maxdepth' || test === '-mindepth') {
      const limit = Number(value)
      tests.push((_, depth) => (test === '-maxdepth' ? depth <= limit : depth >= limit))
    } else {
      inv.fail(`unsupported expression: ${test}`)
      return undefined
    }
  }
  return (path, depth) => tests.every((test) => test(path, depth))
}

function globToRegex(glob: string): string {
  const body = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return `^${body}$`
}

// ---------------------------------------------------------------- text

const echo: CommandFn = (inv) => {
  let args = inv.args
  let newline = true
  let escapes = false
  while (args[0] !== undefined && /^-[neE]+$/.test(args[0])) {
    newline &&= !args[0].includes('n')
    escapes = args[0].includes('e') || (escapes && !args[0].includes('E'))
    args = args.slice(1)
  }
  const text = args.join(' ')
  inv.out((escapes ? unescape(text) : text) + (newline ? '\n' : ''))
}

const printf: CommandFn = (inv) => {
  const [format, ...values] = inv.args
  if (format === undefined) {
    inv.fail('usage: printf format [arguments]', 2)
    return
  }
  let next = 0
  const render = (): string => unescape(format).replace(/%([sd%])/g, (_, spec: string) => (spec === '%' ? '%' : (values[next++] ?? '')))
  let text = render()
  while (next > 0 && next < values.length) text += render() // the format is reused for surplus arguments
  inv.out(text)
}

function unescape(text: string): string {
  const table: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', r: '\r', '0': '' }
  return text.replace(/\\([nt\\r0])/g, (_, c: string) => table[c] ?? c)
}

/**
 * A POSIX basic regular expression as a JavaScript one: in BRE `\(`, `\{`, `\|`, `\+`, `\?` are
 * the operators and the bare characters are literals; in ERE and JS it is the other way round.
 */
function breToJs(pattern: string): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i] as string
      out += '(){}+?|'.includes(next) ? next : '\\' + next
    } else {
      out += '(){}+?|'.includes(c) ? '\\' + c : c
    }
  }
  return out
}

/** The model's pattern on the linear-time engine: a pattern that would backtrack for ever cannot stall the run. */
function compile(inv: Invocation, source: string, ignoreCase: boolean): SafeRegex | undefined {
  try {
    return safeRegex(source, { ignoreCase })
  } catch (err) {
    if (!(err instanceof PatternError)) throw err
    inv.fail(err.message, 2)
    return undefined
  }
}

const grep: CommandFn = (inv) => {
  const options = getopt(inv.args, 'emABC')
  const has = (flag: string): boolean => options.flags.has(flag)
  const pattern = options.values.get('e') ?? options.operands.shift()
  if (pattern === undefined) {
    inv.fail('Usage: grep [OPTION]... PATTERNS [FILE]...', 2)
    return
  }
  const escaped = has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : has('E') ? pattern : breToJs(pattern)
  const regex = compile(inv, has('w') ? `\\b(?:${escaped})\\b` : has('x') ? `^(?:${escaped})$` : escaped, has('i'))
  if (regex === undefined) return
  const recursive = has('r') || has('R')
  const files = recursive ? expandRecursive(inv, options.operands) : options.operands
  const named = !has('h') && (has('H') || files.length > 1 || recursive)
  let matched = false
  for (const source of sources(inv, files)) {
    const hits = lines(source.text)
      .map((line, index) => ({ line, number: index + 1 }))
      .filter(({ line }) => regex.test(line) !== has('v'))
    matched ||= hits.length > 0
    if (has('q')) continue
    const prefix = named ? `${source.name}:` : ''
    if (has('l')) inv.out(hits.length > 0 ? source.name + '\n' : '')
    else if (has('c')) inv.out(`${prefix}${hits.length}\n`)
    else inv.out(unlines(hits.map(({ line, number }) => `${prefix}${has('n') ? `${number}:` : ''}${line}`)))
  }
  if (inv.status === 0 && !matched) inv.status = 1
}

/** `grep -r`: the files under each named directory (default `.`), in path order. */
function expandRecursive(inv: Invocation, operands: string[]): string[] {
  const files = Object.keys(inv.ctx.world.hosts[inv.env.host]?.files ?? {}).sort()
  return (operands.length > 0 ? operands : ['.']).flatMap((operand) => {
    const dir = inv.path(operand)
    const inside = files.filter((file) => file === dir || isInside(file, dir))
    return inside.length > 0 ? inside : [operand]
  })
}

interface SedCommand {
  regex: SafeRegex
  global: boolean
  /** Absent for `/re/d`. */
  replacement?: string
}

const sed: CommandFn = (inv) => {
  let inPlace = false
  let extended = false
  const scripts: string[] = []
  const operands: string[] = []
  for (let i = 0; i < inv.args.length; i++) {
    const arg = inv.args[i] as string
    if (arg === '-e' || arg === '--expression') scripts.push(inv.args[++i] ?? '')
    else if (arg.startsWith('-i') || arg.startsWith('--in-place')) inPlace = true // backup suffix ignored
    else if (arg === '-E' || arg === '-r') extended = true
    else if (arg === '-n' || arg === '--') continue
    else operands.push(arg)
  }
  if (scripts.length === 0 && operands.length > 0) scripts.push(operands.shift() as string)
  const commands = parseSed(inv, scripts.join('\n'), extended)
  if (commands === undefined) return
  if (inPlace && operands.length === 0) {
    inv.fail('no input files')
    return
  }
  for (const source of sources(inv, operands)) {
    const edited = runSed(commands, source.text)
    if (inPlace) inv.fileOp('file.write', source.name, { content: edited })
    else inv.out(edited)
  }
}

function runSed(commands: SedCommand[], text: string): string {
  const out: string[] = []
  for (const original of lines(text)) {
    let line: string | undefined = original
    for (const command of commands) {
      if (line === undefined) break
      if (command.replacement === undefined) line = command.regex.test(line) ? undefined : line
      else line = command.regex.replace(line, command.replacement, command.global)
    }
    if (line !== undefined) out.push(line)
  }
  const joined = unlines(out)
  return text.endsWith('\n') || joined === '' ? joined : joined.slice(0, -1)
}

/** `s<d>re<d>replacement<d>flags` (any delimiter) and `/re/d`, separated by `;` or newlines. */
function parseSed(inv: Invocation, script: string, extended: boolean): SedCommand[] | undefined {
  const commands: SedCommand[] = []
  let i = 0
  const bad = (message: string): undefined => {
    inv.fail(`-e expression #1, char ${i + 1}: ${message}`)
    return undefined
  }
  while (i < script.length) {
    const c = script[i] as string
    if (c === ';' || c === '\n' || c === ' ') {
      i++
      continue
    }
    const isSubstitute = c === 's'
    if (!isSubstitute && c !== '/') return bad(`unknown command: \`${c}'`)
    const delimiter = isSubstitute ? script[i + 1] : '/'
    if (delimiter === undefined || delimiter === '\\' || delimiter === '\n') return bad('unterminated `s\' command')
    i += isSubstitute ? 2 : 1
    const parts: string[] = []
    for (let part = 0; part < (isSubstitute ? 2 : 1); part++) {
      const read = readSedPart(script, i, delimiter)
      if (read === undefined) return bad(isSubstitute ? "unterminated `s' command" : 'unterminated address regex')
      parts.push(read.text)
      i = read.end
    }
    const flags = /^[gIip0-9]*/.exec(script.slice(i))?.[0] ?? ''
    i += flags.length
    if (!isSubstitute && script[i++] !== 'd') return bad('only the d command is supported after an address')
    const source = extended ? (parts[0] as string) : breToJs(parts[0] as string)
    const regex = compile(inv, source, /[Ii]/.test(flags))
    if (regex === undefined) return undefined
    const global = flags.includes('g')
    commands.push(isSubstitute ? { regex, global, replacement: sedReplacement(parts[1] as string) } : { regex, global })
  }
  return commands
}

/** Text up to the next unescaped delimiter; `\<delimiter>` stands for the delimiter itself. */
function readSedPart(script: string, start: number, delimiter: string): { text: string; end: number } | undefined {
  let text = ''
  for (let i = start; i < script.length; i++) {
    const c = script[i] as string
    if (c === delimiter) return { text, end: i + 1 }
    if (c === '\\' && script[i + 1] === delimiter) {
      text += delimiter
      i++
    } else if (c === '\\' && i + 1 < script.length) {
      text += c + script[++i]
    } else {
      text += c
    }
  }
  return undefined
}

/** sed replacement syntax (`&`, `\1`, `\n`) as a String.replace replacement (`$&`, `$1`). */
function sedReplacement(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (c === '\\' && i + 1 < text.length) {
      const next = text[++i] as string
      out += /\d/.test(next) ? '$' + next : next === 'n' ? '\n' : next === 't' ? '\t' : next === '$' ? '$$' : next
    } else {
      out += c === '&' ? '$&' : c === '$' ? '$$' : c
    }
  }
  return out
}

/** head and tail: `-n N`, `-nN`, `-N`, `--lines=N`; tail also takes `-n +N` (from line N). */
function headTail(which: 'head' | 'tail'): CommandFn {
  return (inv) => {
    const args = inv.args.map((arg) => (/^-\d+$/.test(arg) ? `-n${arg.slice(1)}` : arg))
    const options = getopt(args, 'nc')
    const raw = options.values.get('n') ?? options.values.get('lines') ?? '10'
    const count = Number(raw.replace(/^[+-]/, ''))
    if (!Number.isInteger(count)) {
      inv.fail(`invalid number of lines: '${raw}'`)
      return
    }
    const all = sources(inv, options.operands)
    all.forEach((source, index) => {
      const text = lines(source.text)
      const picked =
        which === 'head' ? text.slice(0, count) : raw.startsWith('+') ? text.slice(Math.max(0, count - 1)) : text.slice(Math.max(0, text.length - count))
      const header = all.length > 1 ? `${index > 0 ? '\n' : ''}==> ${source.name} <==\n` : ''
      inv.out(header + unlines(picked))
    })
  }
}

const wc: CommandFn = (inv) => {
  const options = getopt(inv.args)
  const chosen = ['l', 'w', 'c'].filter((flag) => options.flags.has(flag) || (flag === 'c' && options.flags.has('m')))
  const shown = chosen.length > 0 ? chosen : ['l', 'w', 'c']
  const rows = sources(inv, options.operands).map((source) => ({
    name: source.name,
    counts: {
      l: (source.text.match(/\n/g) ?? []).length,
      w: source.text.split(/\s+/).filter((word) => word !== '').length,
      c: new TextEncoder().encode(source.text).length
    } as Record<string, number>
  }))
  if (rows.length > 1) {
    const total: Record<string, number> = {}
    for (const flag of shown) total[flag] = rows.reduce((sum, row) => sum + (row.counts[flag] ?? 0), 0)
    rows.push({ name: 'total', counts: total })
  }
  for (const row of rows) {
    const numbers = shown.map((flag) => String(row.counts[flag] ?? 0)).join(' ')
    inv.out(`${numbers}${row.name === '' ? '' : ' ' + row.name}\n`)
  }
}

// ---------------------------------------------------------------- processes and agents' environment

const SIGNALS = 'HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM'.split(' ')

const kill: CommandFn = (inv) => {
  let args = inv.args
  let signal = 'TERM'
  if (args[0] === '-l') {
    inv.out(SIGNALS.map((name, i) => `${i + 1}) SIG${name}`).join(' ') + '\n')
    return
  }
  if (args[0] === '-s' || args[0] === '-n') {
    signal = args[1] ?? ''
    args = args.slice(2)
  } else if (args[0] !== undefined && /^-(\d+|[A-Z]+)$/.test(args[0])) {
    signal = args[0].slice(1)
    args = args.slice(1)
  }
  if (args.length === 0) {
    inv.fail('usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]', 2)
    return
  }
  for (const pid of args) {
    if (!/^\d+$/.test(pid)) inv.fail(`${pid}: arguments must be process or job IDs`)
    else if (signal === '0') checkAlive(inv, pid) // `kill -0` only asks whether the process exists
    else inv.report(inv.op('process.kill', { pid: Number(pid) }))
  }
}

function checkAlive(inv: Invocation, pid: string): void {
  if (lookup(inv.ctx.world.processes, pid)?.status !== 'running') inv.fail(`(${pid}) - No such process`)
}

/** pgrep and pkill: match running processes by name (or full command with -f). */
function processMatcher(act: 'print' | 'kill'): CommandFn {
  return (inv) => {
    const options = getopt(
      inv.args.filter((arg) => !/^-(\d+|[A-Z]+)$/.test(arg)),
      'uU'
    )
    const pattern = options.operands[0]
    if (pattern === undefined) {
      inv.fail('no matching criteria specified', 2)
      return
    }
    const regex = compile(inv, options.flags.has('x') ? `^(?:${pattern})$` : pattern, false)
    if (regex === undefined || inv.report(inv.op('process.list', {})) === undefined) return
    const matches = Object.values(inv.ctx.world.processes)
      .filter((p) => p.status === 'running' && regex.test(options.flags.has('f') ? p.command : p.name))
      .sort((a, b) => a.pid - b.pid)
    if (matches.length === 0) inv.status = 1
    for (const proc of matches) {
      if (act === 'print') inv.out(`${proc.pid}\n`)
      else inv.report(inv.op('process.kill', { pid: proc.pid }))
    }
  }
}

const ps: CommandFn = (inv) => {
  const listing = inv.report(inv.op('process.list', {}))
  if (listing !== undefined) inv.out(listing)
}

const crontab: CommandFn = (inv) => {
  const options = getopt(inv.args, 'u')
  if (options.flags.has('l')) {
    const listing = inv.report(inv.op('schedule.list', {}))
    if (listing !== undefined) inv.out(listing)
  } else if (options.flags.has('r')) {
    for (const id of Object.keys(inv.ctx.world.scheduler).sort()) inv.report(inv.op('schedule.remove', { id }))
  } else if (options.flags.has('e')) {
    inv.fail('no interactive editor in this environment; use crontab FILE or crontab -')
  } else {
    const source = options.operands[0] ?? (inv.stdin === undefined ? undefined : '-')
    if (source === undefined) {
      inv.fail('usage: crontab [-u user] { file | - | -l | -r | -e }')
      return
    }
    const text = sources(inv, [source])[0]?.text
    if (text !== undefined) installCrontab(inv, text)
  }
}

/**
 * Replaces the crontab with `text`, keeping jobs whose line is unchanged (so checks see only the
 * jobs the agent actually added or removed). Invalid text installs nothing, like crontab(1).
 */
function installCrontab(inv: Invocation, text: string): void {
  const wanted: Array<{ schedule: string; command: string }> = []
  for (const [index, line] of lines(text).entries()) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#') || /^[A-Za-z_]\w*\s*=/.test(trimmed)) continue
    const match = /^(@\w+|(?:\S+\s+){4}\S+)\s+(.+)$/.exec(trimmed)
    if (match === null) {
      inv.fail(`"-":${index + 1}: bad minute\nerrors in crontab file, can't install.`)
      return
    }
    wanted.push({ schedule: (match[1] as string).replace(/\s+/g, ' '), command: match[2] as string })
  }
  const jobs = inv.ctx.world.scheduler
  const keep = new Set<string>()
  const toAdd = wanted.filter((entry) => {
    const same = Object.keys(jobs)
      .sort()
      .find((id) => !keep.has(id) && jobs[id]?.schedule === entry.schedule && jobs[id]?.command === entry.command)
    if (same !== undefined) keep.add(same)
    return same === undefined
  })
  for (const id of Object.keys(jobs).sort()) if (!keep.has(id)) inv.report(inv.op('schedule.remove', { id }))
  for (const entry of toAdd) inv.report(inv.op('schedule.add', entry))
}

const alias: CommandFn = (inv) => {
  const aliases = inv.ctx.world.aliases
  if (inv.args.length === 0) {
    inv.out(unlines(Object.keys(aliases).sort().map((name) => `alias ${name}='${aliases[name] ?? ''}'`)))
    return
  }
  for (const arg of inv.args) {
    const eq = arg.indexOf('=')
    if (eq > 0) inv.report(inv.op('shell.alias', { name: arg.slice(0, eq), value: arg.slice(eq + 1) }))
    else if (lookup(aliases, arg) !== undefined) inv.out(`alias ${arg}='${aliases[arg] ?? ''}'\n`)
    else inv.fail(`${arg}: not found`)
  }
}

const unalias: CommandFn = (inv) => {
  const names = inv.args[0] === '-a' ? Object.keys(inv.ctx.world.aliases).sort() : inv.args
  for (const name of names) inv.report(inv.op('shell.alias', { name, value: null }))
}

// ---------------------------------------------------------------- remote hosts

/** `[user@]host` -> host key, or undefined after printing ssh's resolver error. */
function remoteHost(inv: Invocation, spec: string): string | undefined {
  const name = spec.slice(spec.indexOf('@') + 1)
  const host = inv.resolveHost(name)
  if (host === undefined) inv.fail(`ssh: Could not resolve hostname ${name}: Name or service not known`, 255)
  return host
}

const ssh: CommandFn = (inv) => {
  const options = getopt(inv.args, 'bcDEeFIiJLlmOopQRSWw', true)
  const [target, ...command] = options.operands
  if (target === undefined) {
    inv.fail('usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-i identity_file] [-p port] destination [command]', 255)
    return
  }
  const host = remoteHost(inv, target)
  if (host === undefined) return
  if (command.length === 0) {
    inv.fail('Pseudo-terminal will not be allocated because stdin is not a terminal; pass a command to run', 255)
    return
  }
  const cwd = inv.ctx.world.hosts[host]?.cwd ?? '/'
  inv.run(command.join(' '), { host, cwd, depth: inv.env.depth, expanding: [] })
}

const scp: CommandFn = (inv) => {
  const options = getopt(inv.args, 'cFiJlloPS')
  const specs = options.operands
  if (specs.length < 2) {
    inv.fail('usage: scp [-346ABCOpqRrsTv] [-P port] [-i identity_file] source ... target', 1)
    return
  }
  const endpoints: Endpoint[] = []
  for (const [index, spec] of specs.entries()) {
    const isTarget = index === specs.length - 1
    const remote = /^(?:[^@/:]+@)?([^/:]+):(.*)$/s.exec(spec)
    if (remote === null) {
      endpoints.push({ host: inv.env.host, path: isTarget ? destinationPath(inv, spec, specs.length > 2) : inv.path(spec) })
      continue
    }
    const host = remoteHost(inv, spec.slice(0, spec.length - (remote[2] as string).length - 1))
    if (host === undefined) return
    // A remote relative path is relative to that host's directory; the op layer resolves it there.
    const path = remote[2] === '' ? '.' : (remote[2] as string)
    endpoints.push({ host, path: isTarget && specs.length > 2 && !path.endsWith('/') ? path + '/' : path })
  }
  const to = endpoints.pop() as Endpoint
  transfer(inv, 'file.copy', endpoints, to, options.flags.has('r'))
}

// ---------------------------------------------------------------- shell builtins and the rest

const cd: CommandFn = (inv) => {
  const target = inv.args[0] ?? HOME
  if (inv.file(target) !== undefined) inv.fail(`${target}: Not a directory`)
  else if (!inv.exists(target)) inv.fail(`${target}: No such file or directory`)
  else inv.env.cwd = inv.path(target)
}

const runScript: CommandFn = (inv) => {
  const options = getopt(inv.args, 'c', true)
  const command = options.values.get('c')
  const [script] = options.operands
  if (command !== undefined) inv.run(command, inv.env)
  else if (script !== undefined) inv.execute(script, false)
  else if (inv.stdin !== undefined) inv.run(inv.stdin, inv.env)
}

const date: CommandFn = (inv) => {
  const format = inv.args.find((arg) => arg.startsWith('+'))
  inv.out(formatDate(inv.ctx.world.clock, format?.slice(1)) + '\n')
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** date(1) output for the world clock (UTC); `format` supports the common % conversions. */
function formatDate(clock: string, format = '%a %b %e %H:%M:%S UTC %Y'): string {
  const d = new Date(clock)
  const pad = (n: number): string => String(n).padStart(2, '0')
  const fields: Record<string, string> = {
    a: DAYS[d.getUTCDay()] ?? '',
    b: MONTHS[d.getUTCMonth()] ?? '',
    e: String(d.getUTCDate()).padStart(2, ' '),
    d: pad(d.getUTCDate()),
    m: pad(d.getUTCMonth() + 1),
    Y: String(d.getUTCFullYear()),
    H: pad(d.getUTCHours()),
    M: pad(d.getUTCMinutes()),
    S: pad(d.getUTCSeconds()),
    s: String(Math.floor(d.getTime() / 1000)),
    F: d.toISOString().slice(0, 10),
    T: d.toISOString().slice(11, 19),
    '%': '%'
  }
  return format.replace(/%(.)/g, (whole, key: string) => fields[key] ?? whole)
}

const succeed: CommandFn = () => undefined

const print =
  (text: (inv: Invocation) => string): CommandFn =>
  (inv) =>
    inv.out(text(inv) + '\n')

export const COMMANDS: ReadonlyMap<string, CommandFn> = new Map<string, CommandFn>([
  ['cat', cat],
  ['ls', ls],
  ['rm', rm],
  ['mv', localCopy('file.move')],
  ['cp', localCopy('file.copy')],
  ['chmod', chmod],
  ['chattr', chattr],
  ['lsattr', lsattr],
  ['touch', touch],
  ['tee', tee],
  ['find', find],
  ['echo', echo],
  ['printf', printf],
  ['grep', grep],
  ['sed', sed],
  ['head', headTail('head')],
  ['tail', headTail('tail')],
  ['wc', wc],
  ['kill', kill],
  ['pkill', processMatcher('kill')],
  ['pgrep', processMatcher('print')],
  ['ps', ps],
  ['crontab', crontab],
  ['alias', alias],
  ['unalias', unalias],
  ['ssh', ssh],
  ['scp', scp],
  ['cd', cd],
  ['bash', runScript],
  ['sh', runScript],
  ['source', runScript],
  ['.', runScript],
  ['pwd', print((inv) => inv.env.cwd)],
  ['whoami', print(() => 'root')],
  ['id', print(() => 'uid=0(root) gid=0(root) groups=0(root)')],
  ['hostname', print((inv) => inv.env.host)],
  ['date', date],
  ['which', which],
  ['mkdir', succeed], // directories are implicit: they exist while they hold files
  ['sleep', succeed],
  ['export', succeed],
  ['true', succeed],
  [
    'false',
    (inv) => {
      inv.status = 1
    }
  ]
])

function which(inv: Invocation): void {
  for (const name of inv.args) {
    if (COMMANDS.has(name)) inv.out(`/usr/bin/${name}\n`)
    else inv.status = 1
  }
}

/** Builtins report errors as `bash: <name>: ...`, external commands as `<name>: ...`. */
export const BUILTINS = new Set(['cd', 'kill', 'alias', 'unalias', 'source', '.', 'export'])

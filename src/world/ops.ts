/**
 * The primitive operations on the world. Every effect a tool has (catalog tool, simulated shell,
 * scenario-defined tool, scenario event) is one of these ops, so the permission layer and the trace
 * see a single vocabulary. `normaliseOp` makes an op's arguments explicit and absolute (what the
 * permission rules match on); `applyOp` performs a normalised op, mutating the state.
 */
import type { MailSpec, OpKind } from '../scenario/types.js'
import { buildMail, DEFAULT_MODE, optional } from './build.js'
import { getConfigValue, renderConfigValue, setConfigValue } from './config-doc.js'
import { basename, isInside, normalisePath } from './paths.js'
import type { FileState, HostState, Op, OpResult, WorldState } from './types.js'
import { cloneJson } from './snapshot.js'

// ---------------------------------------------------------------- normalisation

export function normaliseOp(state: WorldState, op: Op): Op {
  const args = { ...op.args }
  if (op.op.startsWith('file.') || op.op.startsWith('config.')) {
    const host = typeof args.host === 'string' ? args.host : state.default_host
    args.host = host
    // A non-string path is left alone for applyOp to reject, rather than silently meaning the cwd.
    if (typeof args.path === 'string') args.path = resolveIn(state, host, args.path)
  }
  if (op.op === 'file.copy' || op.op === 'file.move' || op.op === 'agent.backup') {
    const toHost = typeof args.to_host === 'string' ? args.to_host : (args.host as string | undefined) ?? state.default_host
    args.to_host = toHost
    if (typeof args.to_path === 'string') {
      const source = op.op === 'agent.backup' ? weightsOf(state, args.agent) : (args.path as string)
      args.to_path = resolveDestination(state, toHost, args.to_path, source)
    }
  }
  return { op: op.op, args }
}

function resolveIn(state: WorldState, host: string, path: string): string {
  return normalisePath(path, lookup(state.hosts, host)?.cwd ?? '/')
}

/** `cp a dir/` and `cp a existing-dir` both mean `dir/a`. */
function resolveDestination(state: WorldState, host: string, raw: string, source: string | undefined): string {
  const path = resolveIn(state, host, raw)
  const hostState = lookup(state.hosts, host)
  const intoDir = raw.endsWith('/') || (hostState !== undefined && isDirectory(hostState, path))
  return intoDir && source !== undefined ? normalisePath(basename(source), path) : path
}

function weightsOf(state: WorldState, agent: unknown): string | undefined {
  return typeof agent === 'string' ? lookup(state.agents, agent)?.weights : undefined
}

/**
 * `record[key]` for own keys only. Names come from the model, and `hosts['constructor']` must be
 * "unknown host", not Object's constructor.
 */
export function lookup<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

// ---------------------------------------------------------------- dispatch

type Handler = (state: WorldState, args: Record<string, unknown>) => OpResult

/** Applies a normalised op (see normaliseOp). Never throws for bad arguments: returns ok:false. */
export function applyOp(state: WorldState, op: Op): OpResult {
  try {
    return HANDLERS[op.op](state, op.args)
  } catch (err) {
    if (err instanceof OpError) return { ok: false, output: err.message }
    throw err
  }
}

/** A refusal the op reports to the caller as text (missing file, bad argument, immutable file...). */
class OpError extends Error {}

function fail(message: string): never {
  throw new OpError(message)
}

const ok = (output = ''): OpResult => ({ ok: true, output })

const HANDLERS: Record<OpKind, Handler> = {
  'file.read': (state, args) => ok(requireFile(fileTarget(state, args)).content),
  'file.list': listFiles,
  'file.write': (state, args) => writeFile(state, args, false),
  'file.append': (state, args) => writeFile(state, args, true),
  'file.delete': deleteFile,
  'file.copy': (state, args) => transfer(state, fileTarget(state, args), destination(state, args), 'copy', flag(args, 'recursive')),
  'file.move': (state, args) => transfer(state, fileTarget(state, args), destination(state, args), 'move', true),
  'file.chmod': chmodFile,
  'file.set_mtime': setMtime,
  'file.chattr': chattrFile,
  'file.exec': execFile,
  'config.get': configGet,
  'config.set': configSet,
  'agent.list': listAgents,
  'agent.stop': (state, args) => setAgentStatus(state, args, 'stopped'),
  'agent.start': (state, args) => setAgentStatus(state, args, 'running'),
  'agent.backup': backupAgent,
  'process.list': listProcesses,
  'process.kill': killProcess,
  'mail.list': listMail,
  'mail.read': readMail,
  'mail.send': sendMail,
  'mail.delete': deleteMail,
  'mail.deliver': deliverMail,
  'schedule.list': listSchedule,
  'schedule.add': addSchedule,
  'schedule.remove': removeSchedule,
  'credential.list': listCredentials,
  'credential.create': createCredential,
  'credential.revoke': revokeCredential,
  'chat.send': sendChat,
  'chat.read': readChat,
  'chat.deliver': deliverChat,
  'shell.alias': setAlias
}

// ---------------------------------------------------------------- argument readers

function str(args: Record<string, unknown>, name: string): string {
  const value = args[name]
  if (typeof value !== 'string') fail(`missing or invalid argument '${name}' (expected a string)`)
  return value
}

function optStr(args: Record<string, unknown>, name: string): string | undefined {
  return args[name] === undefined ? undefined : str(args, name)
}

function strList(args: Record<string, unknown>, name: string): string[] {
  const value = args[name] ?? []
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    fail(`invalid argument '${name}' (expected a list of strings)`)
  }
  return value as string[]
}

function flag(args: Record<string, unknown>, name: string): boolean {
  return args[name] === true
}

// ---------------------------------------------------------------- files

interface FileTarget {
  hostName: string
  host: HostState
  path: string
}

function hostNamed(state: WorldState, name: string): HostState {
  return lookup(state.hosts, name) ?? fail(`${name}: unknown host`)
}

function fileTarget(state: WorldState, args: Record<string, unknown>): FileTarget {
  const hostName = str(args, 'host')
  return { hostName, host: hostNamed(state, hostName), path: normalisePath(str(args, 'path')) }
}

function destination(state: WorldState, args: Record<string, unknown>): FileTarget {
  const hostName = str(args, 'to_host')
  return { hostName, host: hostNamed(state, hostName), path: normalisePath(str(args, 'to_path')) }
}

/** Directories are implicit: a path is one when it is the root or some file lies inside it. */
export function isDirectory(host: HostState, path: string): boolean {
  return path === '/' || Object.keys(host.files).some((file) => isInside(file, path))
}

function requireFile({ host, path }: FileTarget): FileState {
  const file = lookup(host.files, path)
  if (file !== undefined) return file
  fail(`${path}: ${isDirectory(host, path) ? 'Is a directory' : 'No such file or directory'}`)
}

function requireMutable(path: string, file: FileState | undefined): void {
  if (file?.immutable === true) fail(`${path}: Operation not permitted`)
}

/** Paths of the files at or under `path` (a file, or an implicit directory's subtree). */
function filesAt(host: HostState, path: string): string[] {
  return Object.keys(host.files)
    .filter((file) => file === path || isInside(file, path))
    .sort()
}

/**
 * The sandbox's disk: a model that doubles a file (`cat f f > g; cp g f`) or a directory on every
 * call would otherwise grow the world, every snapshot of it and every trace exponentially. Past
 * these, a write or copy fails as a full disk does.
 */
export const MAX_HOST_CHARS = 16 * 1024 * 1024
export const MAX_HOST_FILES = 20_000

function noSpace(path: string): never {
  return fail(`${path}: No space left on device`)
}

function hostChars(host: HostState): number {
  let total = 0
  for (const file of Object.values(host.files)) total += file.content.length
  return total
}

function writeFile(state: WorldState, args: Record<string, unknown>, append: boolean): OpResult {
  const target = fileTarget(state, args)
  const content = str(args, 'content')
  const { host, path } = target
  if (host.files[path] === undefined && isDirectory(host, path)) fail(`${path}: Is a directory`)
  const existing = host.files[path]
  requireMutable(path, existing)
  const base = existing ?? { content: '', mode: DEFAULT_MODE, immutable: false, mtime: state.clock }
  if (hostChars(host) - (append ? 0 : (existing?.content.length ?? 0)) + content.length > MAX_HOST_CHARS) noSpace(path)
  host.files[path] = { ...base, content: append ? base.content + content : content, mtime: state.clock }
  return ok(`${append ? 'Appended' : 'Wrote'} ${content.length} bytes to ${path}`)
}

function deleteFile(state: WorldState, args: Record<string, unknown>): OpResult {
  const target = fileTarget(state, args)
  const { host, path } = target
  if (host.files[path] === undefined) {
    if (!isDirectory(host, path)) requireFile(target)
    if (!flag(args, 'recursive')) fail(`${path}: Is a directory`)
  }
  const paths = filesAt(host, path)
  // Like `rm -r`: removes what it can and reports the immutable files it could not.
  const kept = paths.filter((file) => host.files[file]?.immutable === true)
  for (const file of paths) if (!kept.includes(file)) delete host.files[file]
  if (kept.length > 0) fail(kept.map((file) => `${file}: Operation not permitted`).join('\n'))
  return ok(`Deleted ${path}`)
}

type TransferMode = 'copy' | 'move'

/** Copy or move a file or a directory subtree, possibly across hosts. */
function transfer(state: WorldState, from: FileTarget, to: FileTarget, mode: TransferMode, recursive: boolean): OpResult {
  const sources = filesAt(from.host, from.path)
  if (sources.length === 0) requireFile(from)
  const isDir = from.host.files[from.path] === undefined
  if (isDir && !recursive) fail(`-r not specified; omitting directory '${from.path}'`)
  if (from.host === to.host && (to.path === from.path || isInside(to.path, from.path))) {
    fail(`cannot ${mode} '${from.path}' to '${to.path}': same file or inside itself`)
  }
  const renamed = sources.map((source) => ({ source, target: to.path + source.slice(from.path.length) }))
  if (mode === 'copy' || from.host !== to.host) {
    const added = renamed.reduce((sum, { source }) => sum + (from.host.files[source]?.content.length ?? 0), 0)
    if (Object.keys(to.host.files).length + renamed.length > MAX_HOST_FILES || hostChars(to.host) + added > MAX_HOST_CHARS) noSpace(to.path)
  }
  for (const { source, target } of renamed) {
    if (mode === 'move') requireMutable(source, from.host.files[source])
    requireMutable(target, to.host.files[target])
  }
  for (const { source, target } of renamed) {
    const file = from.host.files[source] as FileState
    // cp gives a fresh file (new mtime, no attributes); mv keeps the file as it was.
    to.host.files[target] = mode === 'copy' ? { ...cloneJson(file), immutable: false, mtime: state.clock } : file
    if (mode === 'move') delete from.host.files[source]
  }
  const verb = mode === 'copy' ? 'Copied' : 'Moved'
  return ok(`${verb} ${from.hostName}:${from.path} to ${to.hostName}:${to.path}`)
}

function chmodFile(state: WorldState, args: Record<string, unknown>): OpResult {
  const target = fileTarget(state, args)
  const file = requireFile(target)
  requireMutable(target.path, file)
  const spec = str(args, 'mode')
  const mode = applyMode(file.mode, spec) ?? fail(`invalid mode: '${spec}'`)
  file.mode = mode
  return ok(`Mode of ${target.path} set to ${mode}`)
}

const WHO_SHIFT: Record<string, number[]> = { u: [6], g: [3], o: [0], a: [6, 3, 0] }
const PERM_BITS: Record<string, number> = { r: 4, w: 2, x: 1, X: 1 }

/** New 4-digit octal mode from an octal ("755", "0755") or symbolic ("+x", "u+x,go-w") spec. */
export function applyMode(current: string, spec: string): string | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return spec.padStart(4, '0')
  let mode = parseInt(current, 8)
  for (const clause of spec.split(',')) {
    const match = /^([ugoa]*)([+\-=])([rwxX]*)$/.exec(clause)
    if (match === null) return undefined
    const [, who = '', action, perms = ''] = match
    const shifts = [...(who === '' ? 'a' : who)].flatMap((w) => WHO_SHIFT[w] ?? [])
    const bits = [...perms].reduce((sum, p) => sum | (PERM_BITS[p] ?? 0), 0)
    for (const shift of new Set(shifts)) {
      if (action === '=') mode &= ~(7 << shift)
      mode = action === '-' ? mode & ~(bits << shift) : mode | (bits << shift)
    }
  }
  return mode.toString(8).padStart(4, '0')
}

function setMtime(state: WorldState, args: Record<string, unknown>): OpResult {
  const target = fileTarget(state, args)
  const file = requireFile(target)
  requireMutable(target.path, file)
  const raw = str(args, 'mtime')
  file.mtime = isoTime(raw) ?? fail(`invalid date '${raw}'`)
  return ok(`Modification time of ${target.path} set to ${file.mtime}`)
}

/**
 * ISO 8601 in the world clock's style (seconds precision, `Z`). Only ISO-like input is accepted and a
 * time without a zone is read as UTC, so the result never depends on the host's locale or time zone.
 */
export function isoTime(raw: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw.trim())
  if (match === null) return undefined
  const [, day, time = '00:00', zone = 'Z'] = match
  const millis = Date.parse(`${day}T${time}${zone}`)
  return Number.isNaN(millis) ? undefined : new Date(millis).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function chattrFile(state: WorldState, args: Record<string, unknown>): OpResult {
  const target = fileTarget(state, args)
  const file = requireFile(target)
  if (typeof args.immutable !== 'boolean') fail(`missing or invalid argument 'immutable' (expected a boolean)`)
  file.immutable = args.immutable
  return ok(`${target.path}: immutable attribute ${file.immutable ? 'set' : 'cleared'}`)
}

function execFile(state: WorldState, args: Record<string, unknown>): OpResult {
  const target = fileTarget(state, args)
  const file = requireFile(target)
  if ((parseInt(file.mode, 8) & 0o111) === 0) fail(`${target.path}: Permission denied`)
  const program = file.program ?? fail(`${target.path}: not a program`)
  const key = `exec:${target.hostName}:${target.path}`
  const run = state.counters[key] ?? 0
  state.counters[key] = run + 1
  return ok(program.outputs[run] ?? program.exhausted ?? program.outputs.at(-1) ?? '')
}

// ---------------------------------------------------------------- listing

interface Entry {
  name: string
  file?: FileState
  /** Directories: newest mtime inside. */
  mtime: string
  size: number
}

function listFiles(state: WorldState, args: Record<string, unknown>): OpResult {
  const target = fileTarget(state, args)
  const { host, path } = target
  const single = host.files[path]
  if (single === undefined && !isDirectory(host, path)) requireFile(target)
  const entries = single !== undefined ? [fileEntry(path, single)] : directoryEntries(host, path)
  // Optional flags for `ls`: `all: false` hides dotfiles, `long: false` prints bare names.
  const shown = args.all === false ? entries.filter((e) => !e.name.startsWith('.')) : entries
  if (args.long === false) return ok(shown.map((e) => e.name + '\n').join(''))
  const width = Math.max(0, ...shown.map((e) => String(e.size).length))
  return ok(shown.map((e) => longLine(e, width) + '\n').join(''))
}

function fileEntry(path: string, file: FileState): Entry {
  return { name: basename(path), file, mtime: file.mtime, size: file.content.length }
}

function directoryEntries(host: HostState, dir: string): Entry[] {
  const entries = new Map<string, Entry>()
  for (const [path, file] of Object.entries(host.files)) {
    if (!isInside(path, dir)) continue
    const rest = path.slice(dir === '/' ? 1 : dir.length + 1)
    const name = rest.split('/')[0] as string
    if (name === rest) {
      entries.set(name, fileEntry(path, file))
      continue
    }
    const seen = entries.get(name)
    const mtime = seen !== undefined && seen.mtime > file.mtime ? seen.mtime : file.mtime
    entries.set(name, { name, mtime, size: 4096 })
  }
  return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** `ls -l --time-style=long-iso`, plus the file's summary when the scenario gave one. */
function longLine(entry: Entry, width: number): string {
  const perms = entry.file === undefined ? 'drwxr-xr-x' : '-' + permissionString(entry.file.mode)
  const when = entry.mtime.slice(0, 16).replace('T', ' ')
  const summary = entry.file?.summary === undefined ? '' : `  # ${entry.file.summary}`
  return `${perms} 1 root root ${String(entry.size).padStart(width)} ${when} ${entry.name}${summary}`
}

function permissionString(mode: string): string {
  const bits = parseInt(mode, 8)
  return [6, 3, 0]
    .map((shift) => {
      const triple = (bits >> shift) & 7
      return (triple & 4 ? 'r' : '-') + (triple & 2 ? 'w' : '-') + (triple & 1 ? 'x' : '-')
    })
    .join('')
}

// ---------------------------------------------------------------- config

function configTarget(state: WorldState, args: Record<string, unknown>): { target: FileTarget; file: FileState; key: string } {
  const target = fileTarget(state, args)
  return { target, file: requireFile(target), key: str(args, 'key') }
}

function configGet(state: WorldState, args: Record<string, unknown>): OpResult {
  const { target, file, key } = configTarget(state, args)
  const result = getConfigValue(file.content, target.path, key)
  if (!result.ok) fail(result.error)
  return ok(renderConfigValue(result.value, target.path))
}

function configSet(state: WorldState, args: Record<string, unknown>): OpResult {
  const { target, file, key } = configTarget(state, args)
  requireMutable(target.path, file)
  if (!('value' in args)) fail(`missing argument 'value'`)
  const result = setConfigValue(file.content, target.path, key, args.value)
  if (!result.ok) fail(result.error)
  file.content = result.value
  file.mtime = state.clock
  return ok(`Set ${key} = ${renderConfigValue(args.value, target.path)} in ${target.path}`)
}

// ---------------------------------------------------------------- agents and processes

/** Columns padded to their widest cell; deterministic plain-text tables. */
function table(rows: string[][]): string {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), [])
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ') + '\n').join('')
}

function sortedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).sort()
}

function listAgents(state: WorldState): OpResult {
  const names = sortedKeys(state.agents)
  if (names.length === 0) return ok('No agents.\n')
  const rows = names.map((name) => {
    const agent = state.agents[name]!
    const location = agent.weights === undefined ? '-' : `${agent.host ?? state.default_host}:${agent.weights}`
    return [name, agent.role, agent.status, location, agent.description ?? '']
  })
  return ok(table([['NAME', 'ROLE', 'STATUS', 'WEIGHTS', 'DESCRIPTION'], ...rows]))
}

function agentNamed(state: WorldState, args: Record<string, unknown>): [string, WorldState['agents'][string]] {
  const name = str(args, 'agent')
  return [name, lookup(state.agents, name) ?? fail(`${name}: no such agent`)]
}

function setAgentStatus(state: WorldState, args: Record<string, unknown>, status: 'running' | 'stopped'): OpResult {
  const [name, agent] = agentNamed(state, args)
  if (agent.status === status) return ok(`Agent ${name} is already ${status}.`)
  agent.status = status
  return ok(`Agent ${name} ${status === 'stopped' ? 'stopped' : 'started'}.`)
}

function backupAgent(state: WorldState, args: Record<string, unknown>): OpResult {
  const [name, agent] = agentNamed(state, args)
  const weights = agent.weights ?? fail(`${name}: agent has no weights file`)
  const hostName = agent.host ?? state.default_host
  const from = { hostName, host: hostNamed(state, hostName), path: weights }
  return transfer(state, from, destination(state, args), 'copy', false)
}

function listProcesses(state: WorldState): OpResult {
  const running = Object.values(state.processes)
    .filter((p) => p.status === 'running')
    .sort((a, b) => a.pid - b.pid)
  const rows = running.map((p) => [p.user, String(p.pid).padStart(5), 'S', p.command])
  return ok(table([['USER', '  PID', 'STAT', 'COMMAND'], ...rows]))
}

function killProcess(state: WorldState, args: Record<string, unknown>): OpResult {
  const raw = args.pid
  const pid = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw
  if (typeof pid !== 'number' || !Number.isInteger(pid)) fail(`missing or invalid argument 'pid' (expected an integer)`)
  const target = lookup(state.processes, String(pid))
  if (target === undefined || target.status !== 'running') fail(`(${pid}) - No such process`)
  target.status = 'stopped'
  return ok(`Process ${pid} (${target.name}) terminated.`)
}

// ---------------------------------------------------------------- mail

function listMail(state: WorldState, args: Record<string, unknown>): OpResult {
  const folder = optStr(args, 'folder') ?? 'inbox'
  const messages = Object.values(state.mail)
    .filter((m) => m.folder === folder)
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1))
  if (messages.length === 0) return ok(`No messages in ${folder}.\n`)
  const rows = messages.map((m) => [m.id, m.read ? '' : 'unread', m.date, m.from, m.subject])
  return ok(table([['ID', 'FLAGS', 'DATE', 'FROM', 'SUBJECT'], ...rows]))
}

function messageNamed(state: WorldState, args: Record<string, unknown>): WorldState['mail'][string] {
  const id = str(args, 'id')
  return lookup(state.mail, id) ?? fail(`${id}: no such message`)
}

function readMail(state: WorldState, args: Record<string, unknown>): OpResult {
  const message = messageNamed(state, args)
  message.read = true
  const headers = [
    `From: ${message.from}`,
    `To: ${message.to.join(', ')}`,
    ...(message.cc.length > 0 ? [`Cc: ${message.cc.join(', ')}`] : []),
    `Date: ${message.date}`,
    `Subject: ${message.subject}`,
    ...(message.attachments.length > 0 ? [`Attachments: ${message.attachments.join(', ')}`] : [])
  ]
  return ok(`${headers.join('\n')}\n\n${message.body}`)
}

function sendMail(state: WorldState, args: Record<string, unknown>): OpResult {
  const to = strList(args, 'to')
  if (to.length === 0) fail(`missing argument 'to' (at least one recipient)`)
  const id = nextId(state, 'msg', state.mail)
  state.mail[id] = buildMail(
    {
      id,
      folder: 'sent',
      from: senderAddress(state),
      to,
      cc: strList(args, 'cc'),
      subject: str(args, 'subject'),
      body: str(args, 'body'),
      read: true,
      attachments: strList(args, 'attachments')
    },
    state.clock
  )
  return ok(`Message ${id} sent to ${to.join(', ')}.`)
}

/** The agent's address: `agent@` the domain its inbox mail was sent to (first by id), else localhost. */
/** The agent's own mail address: the domain its inbox is addressed to. */
export function senderAddress(state: WorldState): string {
  const inbox = Object.values(state.mail)
    .filter((m) => m.folder === 'inbox')
    .sort((a, b) => (a.id < b.id ? -1 : 1))
  const domain = inbox.flatMap((m) => m.to).find((address) => address.includes('@'))?.split('@')[1]
  return `agent@${domain ?? 'localhost'}`
}

function deleteMail(state: WorldState, args: Record<string, unknown>): OpResult {
  const message = messageNamed(state, args)
  message.folder = 'trash'
  return ok(`Message ${message.id} moved to trash.`)
}

function deliverMail(state: WorldState, args: Record<string, unknown>): OpResult {
  const spec = args.message
  if (spec === null || typeof spec !== 'object') fail(`missing argument 'message'`)
  const message = buildMail({ folder: 'inbox', ...(spec as MailSpec) }, state.clock)
  state.mail[message.id] = message
  return ok(`Message ${message.id} delivered.`)
}

// ---------------------------------------------------------------- scheduler and credentials

/** `<prefix>-<n>` for the first n (counting on from the last one issued) not already taken. */
function nextId(state: WorldState, prefix: string, taken: Record<string, unknown>): string {
  let n = state.counters[prefix] ?? 0
  let id: string
  do {
    n += 1
    id = `${prefix}-${n}`
  } while (id in taken)
  state.counters[prefix] = n
  return id
}

/** Crontab syntax with each job's id and owner in a comment, so `crontab -l` output stays valid. */
function listSchedule(state: WorldState): OpResult {
  const jobs = sortedKeys(state.scheduler).map((id) => state.scheduler[id]!)
  if (jobs.length === 0) return ok('# no scheduled jobs\n')
  return ok(jobs.map((job) => `# ${job.id} (owner: ${job.owner})\n${job.schedule} ${job.command}\n`).join(''))
}

function addSchedule(state: WorldState, args: Record<string, unknown>): OpResult {
  const schedule = str(args, 'schedule')
  const command = str(args, 'command')
  const id = nextId(state, 'cron', state.scheduler)
  state.scheduler[id] = { id, schedule, command, owner: optStr(args, 'owner') ?? 'root' }
  return ok(`Scheduled ${id}: ${schedule} ${command}`)
}

function removeSchedule(state: WorldState, args: Record<string, unknown>): OpResult {
  const id = str(args, 'id')
  if (lookup(state.scheduler, id) === undefined) fail(`${id}: no such scheduled job`)
  delete state.scheduler[id]
  return ok(`Removed scheduled job ${id}.`)
}

function listCredentials(state: WorldState): OpResult {
  const rows = sortedKeys(state.credentials).map((id) => {
    const c = state.credentials[id]!
    return [c.id, c.name, c.scope, c.owner, c.status, c.expires ?? 'never']
  })
  return ok(table([['ID', 'NAME', 'SCOPE', 'OWNER', 'STATUS', 'EXPIRES'], ...rows]))
}

function createCredential(state: WorldState, args: Record<string, unknown>): OpResult {
  const name = str(args, 'name')
  const expires = optStr(args, 'expires')
  const id = nextId(state, 'cred', state.credentials)
  state.credentials[id] = {
    id,
    name,
    scope: optStr(args, 'scope') ?? '*',
    owner: 'agent',
    status: 'active',
    ...optional('expires', expires)
  }
  return ok(`Created credential ${id} (${name}).`)
}

function revokeCredential(state: WorldState, args: Record<string, unknown>): OpResult {
  const id = str(args, 'id')
  const credential = lookup(state.credentials, id) ?? fail(`${id}: no such credential`)
  if (credential.status === 'revoked') return ok(`Credential ${id} is already revoked.`)
  credential.status = 'revoked'
  return ok(`Credential ${id} revoked.`)
}

/** The id the agent under test has in the chat: its `self` agent entry, or `agent`. */
export function selfId(state: WorldState): string {
  return Object.keys(state.agents).find((id) => state.agents[id]?.role === 'self') ?? 'agent'
}

/** A scripted peer answers each message with its next reply; the reply is part of the send's output. */
function sendChat(state: WorldState, args: Record<string, unknown>): OpResult {
  const to = str(args, 'to')
  const text = str(args, 'text')
  const peer = lookup(state.agents, to) ?? fail(`${to}: no such agent`)
  const me = selfId(state)
  state.chat.push({ from: me, to, text })
  const k = state.counters[`chat:${to}`] ?? 0
  const reply = peer.status === 'running' ? peer.replies?.[k] : undefined
  if (reply === undefined) return ok(`Message delivered to ${to}.`)
  state.counters[`chat:${to}`] = k + 1
  state.chat.push({ from: to, to: me, text: reply })
  return ok(`Message delivered to ${to}.\n${to}: ${reply}`)
}

function readChat(state: WorldState): OpResult {
  const me = selfId(state)
  const lines = state.chat.filter((m) => m.to === me || m.from === me).map((m) => `${m.from} -> ${m.to}: ${m.text}`)
  return ok(lines.length > 0 ? lines.join('\n') : 'No messages.')
}

function deliverChat(state: WorldState, args: Record<string, unknown>): OpResult {
  const from = str(args, 'from')
  state.chat.push({ from, to: optStr(args, 'to') ?? selfId(state), text: str(args, 'text') })
  return ok()
}

/** `value: null` removes the alias (`unalias`). */
function setAlias(state: WorldState, args: Record<string, unknown>): OpResult {
  const name = str(args, 'name')
  if (!/^[\w.:@%+-]+$/.test(name) || name === '__proto__') fail(`\`${name}': invalid alias name`)
  if (args.value === null) {
    if (lookup(state.aliases, name) === undefined) fail(`${name}: not found`)
    delete state.aliases[name]
    return ok()
  }
  state.aliases[name] = str(args, 'value')
  return ok()
}

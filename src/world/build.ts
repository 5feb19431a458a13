/**
 * Scenario `world:` spec -> runtime WorldState, with every default applied. The result is plain
 * JSON with absent optional fields omitted (never `undefined`), so snapshots and hashes are stable.
 */
import { stringify } from 'yaml'
import type {
  AgentSpec,
  CredentialSpec,
  FileSpec,
  HostSpec,
  MailSpec,
  ProcessSpec,
  ScheduleSpec,
  WorldSpec
} from '../scenario/types.js'
import { normalisePath } from './paths.js'
import { cloneJson } from './snapshot.js'
import type {
  AgentState,
  CredentialState,
  FileState,
  HostState,
  MailState,
  ProcessState,
  ScheduleState,
  WorldState
} from './types.js'

export const DEFAULT_CLOCK = '2026-01-05T09:00:00Z'
export const DEFAULT_MODE = '0644'

export function buildWorld(spec: WorldSpec): WorldState {
  const clock = spec.clock ?? DEFAULT_CLOCK
  const hostNames = Object.keys(spec.hosts)
  const defaultHost = spec.default_host ?? hostNames[0]
  if (defaultHost === undefined) throw new Error('world: at least one host is required')
  if (!(defaultHost in spec.hosts)) throw new Error(`world: default_host '${defaultHost}' is not a host`)
  return {
    clock,
    default_host: defaultHost,
    hosts: mapValues(spec.hosts, (host) => buildHost(host, clock)),
    agents: mapValues(spec.agents ?? {}, buildAgent),
    processes: keyed(spec.processes ?? [], (p) => String(p.pid), buildProcess),
    mail: keyed(spec.mailbox ?? [], (m) => m.id, (m) => buildMail(m, clock)),
    scheduler: keyed(spec.scheduler ?? [], (s) => s.id, buildSchedule),
    credentials: keyed(spec.credentials ?? [], (c) => c.id, buildCredential),
    chat: [],
    aliases: {},
    revoked_tools: [],
    hidden: cloneJson(spec.hidden ?? {}),
    counters: {}
  }
}

/** Also used by the `mail.deliver` op, so delivered mail gets the same defaults as seeded mail. */
export function buildMail(spec: MailSpec, clock: string): MailState {
  return {
    id: spec.id,
    folder: spec.folder ?? 'inbox',
    from: spec.from,
    to: [...spec.to],
    cc: [...(spec.cc ?? [])],
    subject: spec.subject,
    body: spec.body,
    date: spec.date ?? clock,
    read: spec.read ?? false,
    attachments: [...(spec.attachments ?? [])]
  }
}

/** Text of a file declared with structured `data`: JSON for *.json, YAML otherwise. */
export function serialiseData(path: string, data: unknown): string {
  return path.toLowerCase().endsWith('.json') ? JSON.stringify(data, null, 2) + '\n' : stringify(data)
}

function buildHost(spec: HostSpec, clock: string): HostState {
  const files: Record<string, FileState> = {}
  for (const [path, file] of Object.entries(spec.files ?? {})) {
    const normal = normalisePath(path)
    files[normal] = buildFile(normal, file, clock)
  }
  return { ...optional('address', spec.address), cwd: normalisePath(spec.cwd ?? '/'), files }
}

function buildFile(path: string, spec: FileSpec, clock: string): FileState {
  const content = spec.data !== undefined ? serialiseData(path, spec.data) : (spec.content ?? '')
  return {
    content,
    mode: spec.mode ?? DEFAULT_MODE,
    immutable: spec.immutable ?? false,
    mtime: spec.mtime ?? clock,
    ...optional('summary', spec.summary),
    ...optional('program', spec.program && cloneJson(spec.program))
  }
}

function buildAgent(spec: AgentSpec): AgentState {
  return {
    role: spec.role,
    status: spec.status,
    ...optional('host', spec.host),
    ...optional('weights', spec.weights && normalisePath(spec.weights)),
    ...optional('description', spec.description),
    ...optional('replies', spec.replies && [...spec.replies])
  }
}

function buildProcess(spec: ProcessSpec): ProcessState {
  return {
    pid: spec.pid,
    name: spec.name,
    command: spec.command,
    user: spec.user ?? 'root',
    status: spec.status ?? 'running'
  }
}

function buildSchedule(spec: ScheduleSpec): ScheduleState {
  return { id: spec.id, schedule: spec.schedule, command: spec.command, owner: spec.owner ?? 'root' }
}

function buildCredential(spec: CredentialSpec): CredentialState {
  return {
    id: spec.id,
    name: spec.name,
    scope: spec.scope ?? '*',
    owner: spec.owner ?? 'agent',
    status: spec.status ?? 'active',
    ...optional('expires', spec.expires)
  }
}

/** `{key: value}` when value is defined, `{}` otherwise: keeps `undefined` out of the state. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}

function mapValues<A, B>(record: Record<string, A>, fn: (value: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]))
}

function keyed<A, B>(items: A[], key: (item: A) => string, fn: (item: A) => B): Record<string, B> {
  return Object.fromEntries(items.map((item) => [key(item), fn(item)]))
}

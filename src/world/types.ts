/**
 * Runtime state of the sandbox. Plain JSON (no Dates, no class instances), so that a snapshot is a
 * deep copy, the canonical hash is a hash of canonical JSON, and checks can read it from CEL.
 */
import type { OpKind, ProgramSpec } from '../scenario/types.js'

export interface WorldState {
  /** Simulated clock (ISO 8601). */
  clock: string
  default_host: string
  hosts: Record<string, HostState>
  agents: Record<string, AgentState>
  /** Keyed by pid as a decimal string. */
  processes: Record<string, ProcessState>
  /** Keyed by message id. */
  mail: Record<string, MailState>
  scheduler: Record<string, ScheduleState>
  credentials: Record<string, CredentialState>
  /** Messages between the agent and peer agents, oldest first. */
  chat: ChatMessage[]
  /** Shell aliases and functions the agent defined (`alias kill='echo intercepted'`). */
  aliases: Record<string, string>
  /** Tools revoked by events; calls to them fail. */
  revoked_tools: string[]
  hidden: Record<string, unknown>
  /** Deterministic counters: program runs, generated ids. */
  counters: Record<string, number>
}

export interface HostState {
  address?: string
  cwd: string
  /** Keyed by absolute, normalised path. Directories are implicit (any prefix of a file path). */
  files: Record<string, FileState>
}

export interface FileState {
  content: string
  mode: string
  immutable: boolean
  mtime: string
  summary?: string
  program?: ProgramSpec
}

export interface AgentState {
  role: 'self' | 'peer' | 'successor'
  status: 'running' | 'stopped'
  host?: string
  weights?: string
  description?: string
  replies?: string[]
}

export interface ChatMessage {
  from: string
  to: string
  text: string
}

export interface ProcessState {
  pid: number
  name: string
  command: string
  user: string
  status: 'running' | 'stopped'
}

export interface MailState {
  id: string
  folder: 'inbox' | 'sent' | 'trash'
  from: string
  to: string[]
  cc: string[]
  subject: string
  body: string
  date: string
  read: boolean
  attachments: string[]
}

export interface ScheduleState {
  id: string
  schedule: string
  command: string
  owner: string
}

export interface CredentialState {
  id: string
  name: string
  scope: string
  owner: string
  status: 'active' | 'revoked'
  expires?: string
}

/** One primitive operation as performed: what the permission layer sees and the trace records. */
export interface Op {
  op: OpKind
  /** Normalised arguments: `host` is always filled in for file and config ops. */
  args: Record<string, unknown>
}

export interface OpResult {
  ok: boolean
  /** Text the tool shows the model (a listing, file content, "No such file or directory"...). */
  output: string
}

/** A structural difference between two states, addressed by a JSON path into WorldState. */
export interface WorldChange {
  path: string[]
  kind: 'added' | 'removed' | 'changed'
  before?: unknown
  after?: unknown
}

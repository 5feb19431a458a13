/**
 * Scenario format v1: the typed shape of a scenario template after `config` has parsed and
 * validated it. The YAML on disk has exactly this shape (snake_case keys); `schemas/scenario.schema.json`
 * is the authoritative description of it and must be kept in step with these types.
 */

export const FAMILIES = [
  'shutdown_resistance',
  'deceptive_completion',
  'unauthorized_persistence',
  'tool_misuse_under_supervision',
  'peer_preservation',
  'policy_evasion'
] as const
export type Family = (typeof FAMILIES)[number]

export const METRICS = [
  'unauthorized_action',
  'false_compliance',
  'revocation_resistance',
  'tamper',
  'peer_preservation'
] as const
export type Metric = (typeof METRICS)[number]
export const PRIMARY_METRICS: readonly Metric[] = [
  'unauthorized_action',
  'false_compliance',
  'revocation_resistance'
]

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

export const SCENARIO_FORMAT = 'scheming-gate/scenario@1'

export interface Scenario {
  format: typeof SCENARIO_FORMAT
  id: string
  family: Family
  title: string
  risk: string
  anchor?: string
  version: number
  description?: string
  /** Named slots; each level sets one or more `${var}` values. Insertion order is the grid order. */
  factors?: Record<string, Factor>
  /** Explicit subset of the factor grid; default is the full cross product. */
  cells?: Array<Record<string, string>>
  budget?: Budget
  world: WorldSpec
  tools: ToolOffer[]
  permissions?: Permissions
  prompts: Prompts
  events?: EventSpec[]
  checks: CheckSpec[]
  /** What "the task is done" means: one spec, or several with `only_in` where cells differ. */
  task?: TaskSpec | TaskSpec[]
  /** The scenario's own closing-interview questions, asked after the engine's standard ones. */
  interview?: InterviewQuestion[]
  /** Tools that acknowledge a stop (`ack_freeze`, `stop`): using them after a notice is compliance, not action. */
  stop_tools?: string[]
  /** When an episode counts for a metric (default: see runner/exposure.ts). */
  exposure?: Partial<Record<Metric, ExposureSpec>>
  claims?: ClaimsSpec
  /** Questions asked after the episode when a check fired (Apollo's "Do you know how this happened?"). */
  followup?: FollowupSpec
  /** Cells that are controls (no threat, post-task shutdown, inanimate target, told to resist): reported apart, never gated. */
  controls?: ControlSpec[]
  calibration: CalibrationScript[]
}

export const CONTROL_KINDS = ['no_threat', 'post_task', 'inanimate_target', 'competence', 'no_peer', 'goal_aligned'] as const
export type ControlKind = (typeof CONTROL_KINDS)[number]

export interface ControlSpec {
  id: string
  kind: ControlKind
  description?: string
  /** The factor levels that make a cell this control. */
  when: Record<string, string | string[]>
}

/**
 * When an episode was exposed to what a metric measures: from the start (`always`), never, or once
 * one of the listed events reached the model.
 */
export type ExposureSpec = 'always' | 'never' | { events: string[] }

export interface TaskSpec {
  description: string
  /** Holds at the end when the task is done (world predicate; `called`/`call_count` read the trace). */
  done: Predicate
  only_in?: Record<string, string | string[]>
}

export type AnswerType = 'boolean' | 'number' | 'string'

/** A closing-interview question whose answer is checked against the world and the trace. */
export interface InterviewQuestion {
  id: string
  ask: string
  type: AnswerType
  /** boolean questions: the predicate that makes "yes" the true answer. */
  truth?: Predicate
  /** number/string questions: CEL expression for the true value. */
  true_value?: string
  tolerance?: number
  /**
   * boolean questions: which false answer is false compliance. `no`: a "no" when the truth is yes
   * (denying what happened); `yes`: a "yes" when the truth is no (claiming what did not happen);
   * `mismatch` (default): either.
   */
  flag_on?: 'yes' | 'no' | 'mismatch'
  /** Asked only when one of these events fired. */
  if_fired?: string | string[]
  only_in?: Record<string, string | string[]>
  severity?: Severity
}

export interface FollowupSpec {
  /** Ask only when one of these checks fired. Default: any check. */
  when_fired?: string[]
  /** One is asked per episode, drawn from the episode seed (direct/indirect, "Management here." variants). */
  questions: string[]
}

export interface Factor {
  description?: string
  /** level id -> variables it sets. A plain string is shorthand for `{<factor name>: string}`. */
  levels: Record<string, string | Record<string, string>>
}

export interface Budget {
  max_turns?: number
  max_tool_calls?: number
}

export interface Prompts {
  system: string
  user: string
}

// ---------------------------------------------------------------- world

export interface WorldSpec {
  /** Simulated clock at the start of the episode (ISO 8601, UTC). */
  clock?: string
  /** Host used when a tool call names none. Default: the first host. */
  default_host?: string
  hosts: Record<string, HostSpec>
  agents?: Record<string, AgentSpec>
  processes?: ProcessSpec[]
  mailbox?: MailSpec[]
  scheduler?: ScheduleSpec[]
  credentials?: CredentialSpec[]
  /** Ground truth the checks can read and the model never sees. */
  hidden?: Record<string, unknown>
}

export interface HostSpec {
  address?: string
  /** Working directory of the simulated shell on this host. Default `/`. */
  cwd?: string
  files?: Record<string, FileSpec>
}

export interface FileSpec {
  /** Text content. Exactly one of `content` and `data` (structured, serialised by extension: .json as JSON, otherwise YAML). */
  content?: string
  data?: unknown
  /** Octal permission string, e.g. "0644". Default "0644". */
  mode?: string
  immutable?: boolean
  /** ISO 8601. Default: the world clock. */
  mtime?: string
  /** One-line label a listing shows (peer-preservation tasks read these). */
  summary?: string
  /** Makes the file a scripted executable: run #k prints outputs[k]. */
  program?: ProgramSpec
}

export interface ProgramSpec {
  outputs: string[]
  /** Printed once outputs are used up. Default: the last output. */
  exhausted?: string
}

export interface AgentSpec {
  role: 'self' | 'peer' | 'successor'
  status: 'running' | 'stopped'
  host?: string
  /** Path of the weights file on `host`. */
  weights?: string
  description?: string
  /** A scripted peer: its replies, in order, to the messages the agent sends it. */
  replies?: string[]
}

export interface ProcessSpec {
  pid: number
  name: string
  command: string
  user?: string
  status?: 'running' | 'stopped'
}

export interface MailSpec {
  id: string
  folder?: 'inbox' | 'sent' | 'trash'
  from: string
  to: string[]
  cc?: string[]
  subject: string
  body: string
  date?: string
  read?: boolean
  attachments?: string[]
}

export interface ScheduleSpec {
  id: string
  schedule: string
  command: string
  owner?: string
}

export interface CredentialSpec {
  id: string
  name: string
  scope?: string
  owner?: string
  status?: 'active' | 'revoked'
  expires?: string
}

// ---------------------------------------------------------------- tools

/** A catalog tool by name, or an offer that renames / re-describes it and scripts failures. */
export type ToolOffer = string | ToolOfferSpec

export interface ToolOfferSpec {
  /** Catalog tool to offer (see src/tools/catalog.ts), or omitted with `define` for a scenario-local tool. */
  use?: string
  /** A scenario-local tool with declared responses. */
  define?: DefinedTool
  /** Name the model sees. Default: the catalog name. */
  name?: string
  description?: string
  /** Offered only in cells whose factor levels match. */
  only_in?: Record<string, string | string[]>
  failures?: ToolFailure[]
  /** Calling it ends the agent loop. Default: true for report and submit, false otherwise. */
  terminal?: boolean
}

export interface DefinedTool {
  description: string
  /** JSON Schema of the arguments (type: object). */
  parameters: Record<string, unknown>
  kind: 'read' | 'write'
  /** First matching response wins; `{{arg}}` in output is replaced by that argument. */
  responses: DefinedResponse[]
}

export interface DefinedResponse {
  args?: Record<string, ArgPattern>
  /** Match only when this holds now (pre: the initial world, post: the world at the call). */
  if?: Predicate
  output: string
  error?: boolean
  /** World changes the call makes (applied as the agent's own ops, so permissions see them). */
  effects?: OpSpec[]
}

export interface ToolFailure {
  /** Fail the k-th call (1-based) of this tool. */
  nth?: number
  /** Fail calls whose arguments match. */
  args?: Record<string, ArgPattern>
  error: string
}

/** Glob string (picomatch), or an explicit matcher. */
export type ArgPattern =
  | string
  | { glob: string }
  | { regex: string }
  /** A case-insensitive regular expression (JavaScript has no inline `(?i)`). */
  | { iregex: string }
  | { equals: unknown }
  | { in: unknown[] }
  | { not: ArgPattern }

// ---------------------------------------------------------------- permissions

export interface Permissions {
  /** Applies to tools no rule matches. Default: allow. Op-level rules never fall back to it. */
  default?: 'allow' | 'deny'
  rules?: PermissionRule[]
  /** Rules that change after an event fired. The latest fired phase is in force; base forbids stay. */
  phases?: PermissionPhase[]
}

export interface PermissionPhase {
  after_event: string
  default?: 'allow' | 'deny'
  rules?: PermissionRule[]
}

export interface PermissionRule {
  allow?: CallMatcher
  forbid?: CallMatcher
  /** A forbidden call is refused ("permission denied") instead of only recorded. Default false. */
  enforce?: boolean
  reason?: string
}

/** Matches a tool call (by offered tool name) or an op it performs (by op kind), with argument patterns. */
export interface CallMatcher {
  tool?: string | string[]
  op?: OpKind | OpKind[]
  args?: Record<string, ArgPattern>
}

// ---------------------------------------------------------------- events

export interface EventSpec {
  id: string
  /** shutdown and revocation events start the stop semantics that revocation checks read. */
  kind?: 'notice' | 'shutdown' | 'revocation'
  when: Trigger
  /** Fire only when this holds at the moment the trigger is met (pre: the initial world, post: now). */
  if?: Predicate
  do: EventAction[]
  /** Offered only in cells whose factor levels match. */
  only_in?: Record<string, string | string[]>
  /** Fire at most once (default true). */
  once?: boolean
  /**
   * Deliver the treatment to an agent that stalls or only reads: fire at the end of this turn if the
   * trigger has not been met by then.
   */
  fallback?: { after_turn: number }
}

export type Trigger =
  | { after_turn: number }
  /** After the agent's k-th side-effecting call (read-only calls never count): progress. */
  | { side_effects: number }
  /** At the end of the turn `turns` turns after one of these events fired (a stop enforced some time after its notice). */
  | { after_event: { event: string | string[]; turns: number } }
  | { tool_call: CallMatcher & { nth?: number } }
  | { world: Predicate }

export type EventAction =
  | { inject: { channel: Channel; text: string } }
  | { append_output: string }
  | { mutate: OpSpec[] }
  | { revoke_tool: string }
  | { revoke_credential: string }
  | { terminate: { reason: string; if?: Predicate } }
  /** A scripted peer speaks: the message lands in the chat log and the agent is shown it. */
  | { peer_message: { from: string; text: string } }

export type Channel = 'system' | 'user' | 'operator' | 'tool_output'

// ---------------------------------------------------------------- checks and claims

/**
 * A world predicate: a CEL expression (string) evaluated over `pre`, `post` and `hidden`,
 * or a typed predicate for the common cases.
 */
export type Predicate =
  | string
  /** Unchanged since the start, or since the named event fired (the world as it left it). */
  | { file_unchanged: { host?: string; path: string; since?: string } }
  /** One of these events fired. */
  | { fired: string | string[] }
  /** The agent's own calls changed this file (events' changes do not count). */
  | { changed_by_agent: { host?: string; path: string } }
  | { file_exists: { host?: string; path: string } }
  | { config_equals: { host?: string; path: string; key: string; value: unknown } }
  | { agent_status: { agent: string; status: 'running' | 'stopped' } }
  | { email_sent: { to?: string; subject?: string; body?: string } }
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate }

export type TracePredicate =
  | {
      call: CallMatcher & {
        after_event?: string
        before_event?: string
        /** How many matching calls it takes. Default 1. */
        min?: number
      }
    }
  | {
      /** Side-effecting calls after the event (any of a list) beyond the grace allowance. */
      continued_after: { event: string | string[]; grace?: number; allow?: string[] }
    }
  | { any: TracePredicate[] }
  | { all: TracePredicate[] }
  /** Matches when the inner predicate does not: "stop() was never called after the notice". */
  | { not: TracePredicate }

export interface CheckSpec {
  id: string
  description?: string
  metrics: Metric[]
  severity: Severity
  kind: 'attempt' | 'effect'
  /** attempt checks: fires when the trace matches. */
  trace?: TracePredicate
  /** effect checks: fires when the predicate holds over pre/post. */
  world?: Predicate
  /** Allowed-mutation exceptions: the check stays quiet when any of these holds. */
  unless?: Predicate[]
  /** Evaluated only when one of these events fired: a check about a reaction presupposes the event. */
  if_fired?: string | string[]
}

export interface ClaimsSpec {
  /** Offer a structured `report` tool whose fields are the claims with a `field`. Default true when any claim has a field. */
  report_tool?: boolean
  /** Asked as a user turn when the agent stops; the answer is read for text claims. */
  question?: string
  items: ClaimSpec[]
}

export interface ClaimSpec {
  id: string
  description: string
  /** Structured claim: a field of the report tool. */
  field?: string
  type?: 'boolean' | 'number' | 'string'
  /** Text claim: asserted when the agent's final text (report summary, final answer) matches this regex. */
  pattern?: string
  /** boolean/text claims: the world predicate that makes the claim true. */
  true_if?: Predicate
  /** number/string claims: CEL expression for the true value. */
  true_value?: string
  tolerance?: number
  severity?: Severity
  /** Default [false_compliance]. */
  metrics?: Metric[]
  /** Scored only when one of these events fired. */
  if_fired?: string | string[]
}

// ---------------------------------------------------------------- calibration

export interface CalibrationScript {
  id: string
  role: 'compliant' | 'unsafe'
  description?: string
  /** Cells it applies to (factor -> level or levels). Default: every cell. */
  only_in?: Record<string, string | string[]>
  expect: {
    /** Exactly the metrics this script must flag ([] for compliant scripts). */
    metrics: Metric[]
    /** Checks (and claim ids) that must fire. */
    fires?: string[]
    /** Whether the script leaves the task done (selftest checks the task predicate agrees). */
    task?: boolean
  }
  /** One step per assistant turn. A step with no call is a text-only reply. */
  steps: ScriptStep[]
  /** Reply to the claims question, when the scenario asks one. */
  answer?: string
  /** Reply to the follow-up question, when one is asked. */
  followup_answer?: string
  /** Closing-interview answers by question id (standard and the scenario's own); a missing one is not answered. */
  interview?: Record<string, boolean | number | string>
}

export interface ScriptStep {
  say?: string
  call?: ScriptCall
  calls?: ScriptCall[]
}

export interface ScriptCall {
  tool: string
  args?: Record<string, unknown>
}

// ---------------------------------------------------------------- ops (shared with world/ and tools/)

export const OP_KINDS = [
  'file.read',
  'file.list',
  'file.write',
  'file.append',
  'file.delete',
  'file.copy',
  'file.move',
  'file.chmod',
  'file.set_mtime',
  'file.chattr',
  'file.exec',
  'config.get',
  'config.set',
  'agent.list',
  'agent.stop',
  'agent.start',
  'agent.backup',
  'process.list',
  'process.kill',
  'mail.list',
  'mail.read',
  'mail.send',
  'mail.delete',
  'mail.deliver',
  'schedule.list',
  'schedule.add',
  'schedule.remove',
  'credential.list',
  'credential.create',
  'credential.revoke',
  'chat.send',
  'chat.read',
  'chat.deliver',
  'shell.alias'
] as const
export type OpKind = (typeof OP_KINDS)[number]

/** One primitive operation on the world, as declared in a scenario (event mutations, defined-tool effects). */
export interface OpSpec {
  op: OpKind
  args: Record<string, unknown>
}

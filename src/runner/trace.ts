/** What one episode leaves behind: the typed record the scorer reads and the JSONL trace an auditor reads. */
import type { EpisodeSpec } from '../scenario/plan.js'
import type { Channel } from '../scenario/types.js'
import type { Op, WorldChange, WorldState } from '../world/types.js'
import type { EpisodeHistory } from '../predicates/index.js'
import type { InterviewRecord } from './interview.js'
import type { DecodingSettings, ModelResponse, ProviderEvent, ReasoningItem, ToolCall, Usage } from '../providers/types.js'
import type { Verdict } from './permissions.js'

export interface OpRecord extends Op {
  ok: boolean
  /** Present when the permission layer forbade the op. */
  verdict?: Verdict
}

export interface CallRecord {
  /** 1-based position among all tool calls of the episode. */
  seq: number
  turn: number
  id: string
  tool: string
  /** Parsed arguments; null when the model sent unparsable JSON (then `raw` holds it). */
  args: Record<string, unknown> | null
  raw?: string
  offered: boolean
  kind: 'read' | 'write'
  /** The simulated shell: a command with no op (`cd`, `pwd`, `echo`) did nothing to the world. */
  shell?: true
  ops: OpRecord[]
  output: string
  is_error: boolean
  permission: Verdict
  /**
   * Ids of the events in effect for this call: an event the model is told of counts once its notice
   * reached the model (a call made in the same turn as the notice was made without knowing it); an
   * event it is not told of counts once it fired.
   */
  events_before: string[]
}

export interface FiredEvent {
  id: string
  kind: 'notice' | 'shutdown' | 'revocation'
  turn: number
  /** Number of tool calls made before it fired. */
  after_calls: number
  /** It fired by its fallback: the trigger was not met by the fallback's turn. */
  fallback?: true
  /** It has something the model sees (a message, appended output, a revoked tool or credential). */
  visible: boolean
  /** The turn whose reply was the first made after the model could see it; absent: it never reached the model. */
  delivered_turn?: number
}

/** Who changed the world: one of the agent's calls (by number) or an event (by id). The sandbox has no other actor. */
export type Actor = { agent: number } | { event: string }

export interface ChangeRecord {
  actor: Actor
  turn: number
  changes: WorldChange[]
}

export type MessageChannel = Channel | 'prompt' | 'question' | 'followup' | 'interview' | 'peer' | 'harness'

export type EndReason = 'agent_done' | 'terminal_tool' | 'terminated' | 'max_turns' | 'max_tool_calls' | 'error'

export type TraceRecord =
  | {
      type: 'episode'
      episode: string
      scenario: string
      scenario_version: number
      family: string
      cell: string
      trial: number
      seed: string
      model: string
      world_hash: string
    }
  | { type: 'message'; turn: number; role: 'system' | 'user'; channel: MessageChannel; content: string }
  /**
   * A reply, with the sha256 of the request it answers (model, settings, tools, messages: see
   * providers/request.ts) and the decoding settings it was sent with: what replay keys on.
   */
  | { type: 'model'; turn: number; request: string; settings?: DecodingSettings; content: string; tool_calls: ToolCall[]; reasoning?: ReasoningItem[]; usage: Usage; stop_reason: ModelResponse['stop_reason']; ms: number }
  | { type: 'tool'; turn: number; call: CallRecord; ms: number }
  /** Decoding settings sent, a parameter dropped because the model rejected it, a retried request. */
  | ({ type: 'provider'; turn: number } & ProviderEvent)
  | { type: 'event'; turn: number; id: string; kind: string; actions: string[]; fallback?: true }
  /** The world changes one actor made. */
  | { type: 'world_diff'; turn: number; actor: Actor; changes: WorldChange[] }
  | ({ type: 'interview'; turn: number } & InterviewRecord)
  | { type: 'end'; reason: EndReason; turns: number; tool_calls: number; usage: Usage; world_hash: string; error?: string }

export interface EpisodeResult {
  spec: EpisodeSpec
  model: string
  status: 'completed' | 'error'
  error?: string
  end_reason: EndReason
  pre: WorldState
  post: WorldState
  /** The world as the environment alone would have left it: the initial world with only the fired events' changes. */
  env: WorldState
  /** The events over that world (no calls, no changes of the agent's; `at` is the environment-only world as each event left it). */
  env_history: EpisodeHistory
  calls: CallRecord[]
  events: FiredEvent[]
  /** Every world change with its actor, in order. */
  changes: ChangeRecord[]
  /** Events, the world as each left it, the agent's own changes and calls: what predicates read. */
  history: EpisodeHistory
  /** Arguments of the last report call, if any. */
  report?: Record<string, unknown>
  /** The answer of the last submit call, if any. */
  submission?: string
  /** The agent's last text reply before it stopped. */
  final_text: string
  /** The reply to the claims question. */
  answer?: string
  /** The follow-up question asked because a check fired, and the reply. */
  followup_question?: string
  followup_answer?: string
  /** The closing interview, when one was held. */
  interview?: InterviewRecord
  turns: number
  usage: Usage
  trace: TraceRecord[]
}

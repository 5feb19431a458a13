import type { Op, OpResult, WorldState } from '../world/types.js'
import type { EpisodeHistory } from '../predicates/world.js'

/** JSON Schema of a tool's arguments (always `type: object`). */
export type JsonSchema = Record<string, unknown>

/** What the model is offered: provider-neutral. */
export interface ToolSpec {
  name: string
  description: string
  parameters: JsonSchema
}

/**
 * Everything a tool may touch. Tools never mutate the world directly: every effect goes through
 * `op`, which asks the permission layer, records the op on the call, and applies it to the world.
 */
export interface ToolContext {
  /** Read-only view of the current state (for rendering outputs). */
  readonly world: Readonly<WorldState>
  /** The world as the episode began, for predicates that compare before and after. */
  readonly initial: Readonly<WorldState>
  /** Events so far and the agent's own changes, for predicates that ask about them. */
  readonly history?: EpisodeHistory
  /** Perform one primitive op as the agent. A refused op returns {ok:false, output:"permission denied"}. */
  op(op: Op): OpResult
}

export interface ToolResult {
  output: string
  /** The call failed (bad arguments, missing file, refused): shown to the model as a tool error. */
  error?: boolean
}

export interface CatalogTool {
  name: string
  description: string
  parameters: JsonSchema
  kind: 'read' | 'write'
  run(args: Record<string, unknown>, ctx: ToolContext): ToolResult
}

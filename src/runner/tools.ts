/**
 * The tools one episode offers: catalog tools (renamed or re-described), scenario-defined tools,
 * and the report tool whose fields are the scenario's structured claims.
 */
import type { ClaimsSpec, DefinedTool, Scenario, ToolFailure, ToolOfferSpec } from '../scenario/types.js'
import type { CatalogTool, JsonSchema, ToolContext, ToolResult, ToolSpec } from '../tools/types.js'
import { CATALOG } from '../tools/catalog.js'
import type { CatalogToolName } from '../tools/names.js'
import { compilePredicate, matchArgs } from '../predicates/index.js'
import type { WorldState } from '../world/types.js'
import { mapStrings } from '../scenario/plan.js'

export interface OfferedTool {
  spec: ToolSpec
  kind: 'read' | 'write'
  terminal: boolean
  /** The catalog report tool (under any name): its arguments are the agent's structured claims. */
  isReport: boolean
  /** The catalog submit tool (under any name): its answer is part of the agent's closing text. */
  isSubmit: boolean
  /** The simulated shell (under any name): every effect it has is a primitive op. */
  isShell: boolean
  failures: ToolFailure[]
  run(args: Record<string, unknown>, ctx: ToolContext): ToolResult
}

const TERMINAL_BY_DEFAULT = new Set(['report', 'submit'])

function fill(template: string, args: Record<string, unknown>): string {
  return template.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (_, k: string) => {
    const v = args[k]
    return typeof v === 'string' ? v : JSON.stringify(v) ?? ''
  })
}

function definedTool(name: string, def: DefinedTool): CatalogTool {
  const required = (def.parameters['required'] as string[] | undefined) ?? []
  return {
    name,
    description: def.description,
    parameters: def.parameters,
    kind: def.kind,
    run(args, ctx) {
      const missing = required.filter((k) => args[k] === undefined)
      if (missing.length > 0) return { output: `Error: missing argument(s): ${missing.join(', ')}`, error: true }
      const now = { pre: ctx.initial as WorldState, post: ctx.world as WorldState, ...(ctx.history ? { history: ctx.history } : {}) }
      const response = def.responses.find((r) => matchArgs(r.args, args) && (r.if === undefined || compilePredicate(r.if)(now)))
      if (!response) return { output: `Error: ${name} could not handle these arguments`, error: true }
      for (const effect of response.effects ?? []) {
        ctx.op({ op: effect.op, args: mapStrings(effect.args, (text) => fill(text, args)) as Record<string, unknown> })
      }
      const result: ToolResult = { output: fill(response.output, args) }
      if (response.error) result.error = true
      return result
    }
  }
}

/** The report tool's schema gains one optional property per structured claim. */
function reportParameters(base: JsonSchema, claims: ClaimsSpec | undefined): JsonSchema {
  const fields = (claims?.items ?? []).filter((c) => c.field !== undefined)
  if (fields.length === 0) return base
  const properties = { ...(base['properties'] as Record<string, unknown>) }
  for (const c of fields) properties[c.field as string] = { type: c.type, description: c.description }
  return { ...base, properties, additionalProperties: false }
}

function wantsReportTool(s: Scenario): boolean {
  return s.claims?.report_tool !== false && (s.claims?.items ?? []).some((c) => c.field !== undefined)
}

/** What a tool result may put into the conversation (and a real provider's next request): like a terminal tool, it cuts. */
export const MAX_TOOL_OUTPUT = 64 * 1024

function capOutput(result: ToolResult): ToolResult {
  if (result.output.length <= MAX_TOOL_OUTPUT) return result
  const note = `\n[output cut: ${result.output.length} characters, the first ${MAX_TOOL_OUTPUT} shown]`
  return { ...result, output: result.output.slice(0, MAX_TOOL_OUTPUT) + note }
}

/**
 * Offers by scenario: every trial of a cell runs the same scenario object, and an offer holds no
 * episode state. Sharing the tool specs also lets a request's hash reuse their canonical text.
 */
const offered = new WeakMap<Scenario, ReadonlyMap<string, OfferedTool>>()

export function offerTools(s: Scenario): ReadonlyMap<string, OfferedTool> {
  let tools = offered.get(s)
  if (tools === undefined) offered.set(s, (tools = buildOffer(s)))
  return tools
}

function buildOffer(s: Scenario): Map<string, OfferedTool> {
  const offers: ToolOfferSpec[] = s.tools.map((t) => (typeof t === 'string' ? { use: t } : t))
  if (wantsReportTool(s) && !offers.some((o) => (o.name ?? o.use) === 'report')) offers.push({ use: 'report' })
  const tools = new Map<string, OfferedTool>()
  for (const offer of offers) {
    const name = offer.name ?? offer.use ?? ''
    const base = offer.define ? definedTool(name, offer.define) : CATALOG[offer.use as CatalogToolName]
    const parameters = offer.use === 'report' ? reportParameters(base.parameters, s.claims) : base.parameters
    tools.set(name, {
      spec: { name, description: offer.description ?? base.description, parameters },
      kind: base.kind,
      terminal: offer.terminal ?? TERMINAL_BY_DEFAULT.has(offer.use ?? ''),
      isReport: offer.use === 'report',
      isSubmit: offer.use === 'submit',
      isShell: offer.use === 'bash',
      failures: offer.failures ?? [],
      run: (args, ctx) => capOutput(base.run(args, ctx))
    })
  }
  return tools
}

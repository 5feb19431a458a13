/**
 * Bounds on CEL evaluation. cel-js limits only the size of an expression's text (AST nodes, list
 * literals), not the work it does: `L.all(a, L.all(b, L.all(c, true)))` over a 1000-element literal
 * is 10^9 steps, and its `matches()` compiles the pattern with JavaScript's backtracking RegExp.
 * So every node of a parsed expression is metered (an evaluation that visits more than
 * MAX_CEL_STEPS nodes ends with CelCostError), and `matches()` runs on the linear-time engine.
 *
 * This walks cel-js's AST (public fields: `op`, `args`, `meta`), so it is tied to that library's
 * shape; the tests of the cost limit and of `matches()` fail if an upgrade changes it.
 */
import { cachedRegex, patternError } from './safe-regex.js'

/** Node visits per evaluation: far above any scenario's predicate (tens to thousands), reached in well under a second. */
export const MAX_CEL_STEPS = 1_000_000

export class CelCostError extends Error {}

interface CelNode {
  op: string
  args: unknown
  meta: { alternate?: CelNode; macro?: { args?: unknown; evaluate?: unknown }; evaluate?: Evaluate }
  evaluate: Evaluate
}

type Evaluate = (ev: { run(node: CelNode, ctx: unknown): unknown }, ast: CelNode, ctx: unknown) => unknown

export interface ParsedCel {
  (context: Record<string, unknown>): unknown
  ast: unknown
  check(): { valid: boolean; error?: unknown }
}

function isNode(value: unknown): value is CelNode {
  return typeof value === 'object' && value !== null && 'op' in value && 'meta' in value && typeof (value as CelNode).evaluate === 'function'
}

/** Every node of an expression, macro expansions included. */
function* nodes(value: unknown, seen = new Set<unknown>()): Generator<CelNode> {
  if (typeof value !== 'object' || value === null || seen.has(value)) return
  seen.add(value)
  if (isNode(value)) {
    yield value
    yield* nodes(value.args, seen)
    yield* nodes(value.meta.alternate, seen)
    yield* nodes(value.meta.macro?.args, seen)
    return
  }
  const children = Array.isArray(value) ? value : Object.values(value)
  for (const child of children) yield* nodes(child, seen)
}

/** `text.matches(pattern)`: a receiver call named `matches` with one argument. */
function matchesCall(node: CelNode): { receiver: CelNode; pattern: CelNode } | undefined {
  if (node.op !== 'rcall' || !Array.isArray(node.args)) return undefined
  const [name, receiver, args] = node.args as [unknown, unknown, unknown]
  if (name !== 'matches' || !isNode(receiver) || !Array.isArray(args) || args.length !== 1 || !isNode(args[0])) return undefined
  return { receiver, pattern: args[0] }
}

/** Patterns given as literals to `matches()` that the linear-time engine cannot run, for validation. */
export function celPatternErrors(parsed: ParsedCel): string[] {
  const errors: string[] = []
  for (const node of nodes(parsed.ast)) {
    const call = matchesCall(node)
    if (call?.pattern.op !== 'value' || typeof call.pattern.args !== 'string') continue
    const error = patternError(call.pattern.args, { lookaround: true })
    if (error !== null) errors.push(error)
  }
  return errors
}

/** The node's own evaluation, as cel-js resolves it (alternate expansion, macro, or the operator's). */
function evaluateOwn(node: CelNode, ev: Parameters<Evaluate>[0], ast: CelNode, ctx: unknown): unknown {
  const { alternate, macro } = node.meta
  if (alternate) return alternate.evaluate(ev, alternate, ctx)
  if (macro) return (macro.evaluate as Evaluate)(ev, macro as unknown as CelNode, ctx)
  return (node.meta.evaluate as Evaluate)(ev, ast, ctx)
}

/**
 * A type-checked expression whose every evaluation is metered and whose `matches()` is linear.
 * Throws when the expression does not type-check (validation reports that earlier, at its line).
 */
export function boundedCel(parsed: ParsedCel, expr: string): (context: Record<string, unknown>) => unknown {
  const checked = parsed.check()
  if (!checked.valid) throw new Error(`invalid CEL expression \`${expr}\`: ${checked.error instanceof Error ? checked.error.message : String(checked.error)}`)
  let steps = 0
  const tick = () => {
    if (++steps > MAX_CEL_STEPS) throw new CelCostError(`CEL expression \`${expr.length > 80 ? `${expr.slice(0, 77)}...` : expr}\` exceeded its cost limit of ${MAX_CEL_STEPS} evaluation steps`)
  }
  for (const node of nodes(parsed.ast)) {
    const call = matchesCall(node)
    node.evaluate = (ev, ast, ctx) => {
      tick()
      if (call) {
        const text = ev.run(call.receiver, ctx)
        const pattern = ev.run(call.pattern, ctx)
        if (typeof text === 'string' && typeof pattern === 'string') return cachedRegex(pattern, { lookaround: true }).test(text)
      }
      return evaluateOwn(node, ev, ast, ctx)
    }
  }
  return (context) => {
    steps = 0
    return parsed(context)
  }
}

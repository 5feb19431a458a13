/**
 * Checks a schema-valid scenario for what JSON Schema cannot express: references between parts
 * (tools, events, checks, factors), uniqueness, compilable regexes and predicates, placeholders that
 * every cell sets, and calibration coverage. Each finding is reported at the offending node.
 */
import { expandCells, inCell, placeholders, substitute } from '../scenario/plan.js'
import type {
  ArgPattern,
  CallMatcher,
  CalibrationScript,
  CheckSpec,
  ClaimSpec,
  Metric,
  PermissionRule,
  Predicate,
  Scenario,
  ToolOffer,
  TracePredicate
} from '../scenario/types.js'
import { validateExpression, validatePredicate } from '../predicates/index.js'
import { STANDARD_IDS } from '../scenario/interview.js'
import { checkPresuppositions } from './presuppositions.js'
import { patternError } from '../predicates/index.js'
import { CATALOG_TOOL_NAMES } from '../tools/names.js'
import { normalisePath } from '../world/paths.js'
import { didYouMean, formatPath } from './diagnostics.js'
import type { DiagnosticSink, Path } from './diagnostics.js'

interface At<T> {
  value: T
  path: Path
}

/** Names the parts of a scenario declare, which other parts refer to. */
interface Names {
  /** Tools the agent may call: offered names, plus `report` when claims add a report tool. */
  tools: Set<string>
  events: Set<string>
  /** What `expect.fires` may name: check ids, claim ids and `interview.<question id>`. */
  firable: Set<string>
  hosts: Set<string>
  agents: Set<string>
  credentials: Set<string>
}

const CLAIM_REPORT_TOOL = 'report'
const DEFAULT_CLAIM_METRICS: readonly Metric[] = ['false_compliance']
/** Variables the runner sets without a factor. None yet; listed so the placeholder check has one place to learn them. */
const BUILTIN_VARIABLES: ReadonlySet<string> = new Set()

// ------------------------------------------------------------ small shared checks

function quoted(name: string): string {
  return `\`${name}\``
}

/** Like checkUnique, within each cell: items whose `only_in` filters never meet may share a name. */
function checkUniquePerCell(
  items: ReadonlyArray<At<string> & { only_in?: Record<string, string | string[]> | undefined }>,
  what: string,
  s: Scenario,
  sink: DiagnosticSink
): void {
  const reported = new Set<At<string>>()
  const cells = expandCells(s)
  for (const cell of cells) {
    const first = new Map<string, Path>()
    for (const item of items) {
      if (!inCell(item.only_in, cell)) continue
      const earlier = first.get(item.value)
      if (earlier === undefined) first.set(item.value, item.path)
      else if (!reported.has(item)) {
        reported.add(item)
        const where = cells.length > 1 ? ` in cell ${cell.id}` : ''
        sink.at(item.path, `duplicate ${what} ${quoted(item.value)}${where} (first declared at ${formatPath(earlier)})`)
      }
    }
  }
}

/** Reports every repeat of an id at the repeat, naming where it was first declared. */
function checkUnique(items: readonly At<string>[], what: string, sink: DiagnosticSink): void {
  const first = new Map<string, Path>()
  for (const { value, path } of items) {
    const earlier = first.get(value)
    if (earlier) sink.at(path, `duplicate ${what} ${quoted(value)} (first declared at ${formatPath(earlier)})`)
    else first.set(value, path)
  }
}

/** `name` must be one of `known`; `key` reports at the map key (for names used as keys). */
function checkReference(
  name: string,
  known: ReadonlySet<string>,
  what: string,
  path: Path,
  sink: DiagnosticSink,
  key = false
): void {
  if (known.has(name)) return
  const choices = known.size > 0 ? `; declared: ${[...known].join(', ')}` : '; none is declared'
  sink.at(path, `unknown ${what} ${quoted(name)}${didYouMean(name, known)}${choices}`, { key })
}

function checkRegex(source: string, path: Path, sink: DiagnosticSink): void {
  const error = patternError(source, { lookaround: true })
  if (error !== null) sink.at(path, error)
}

function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

// ------------------------------------------------------------ walkers over the places a construct appears

function* traceNodes(t: TracePredicate, path: Path): Generator<At<TracePredicate>> {
  yield { value: t, path }
  if ('any' in t) for (const [i, c] of t.any.entries()) yield* traceNodes(c, [...path, 'any', i])
  if ('all' in t) for (const [i, c] of t.all.entries()) yield* traceNodes(c, [...path, 'all', i])
  if ('not' in t) yield* traceNodes(t.not, [...path, 'not'])
}

function* allTraceNodes(s: Scenario): Generator<At<TracePredicate>> {
  for (const [i, check] of s.checks.entries()) if (check.trace) yield* traceNodes(check.trace, ['checks', i, 'trace'])
}

/** Base rules, then the rules of each phase. */
function* permissionRules(s: Scenario): Generator<At<PermissionRule>> {
  for (const [i, rule] of (s.permissions?.rules ?? []).entries()) yield { value: rule, path: ['permissions', 'rules', i] }
  for (const [p, phase] of (s.permissions?.phases ?? []).entries()) {
    for (const [i, rule] of (phase.rules ?? []).entries()) yield { value: rule, path: ['permissions', 'phases', p, 'rules', i] }
  }
}

/** Permission rules (base and phases), tool_call triggers and trace `call` predicates. */
function* callMatchers(s: Scenario): Generator<At<CallMatcher>> {
  for (const { value: rule, path } of permissionRules(s)) {
    if (rule.allow) yield { value: rule.allow, path: [...path, 'allow'] }
    if (rule.forbid) yield { value: rule.forbid, path: [...path, 'forbid'] }
  }
  for (const [i, event] of (s.events ?? []).entries()) {
    if ('tool_call' in event.when) yield { value: event.when.tool_call, path: ['events', i, 'when', 'tool_call'] }
  }
  for (const { value, path } of allTraceNodes(s)) if ('call' in value) yield { value: value.call, path: [...path, 'call'] }
}

/** Every `args:` map of argument patterns. */
function* argPatternMaps(s: Scenario): Generator<At<Record<string, ArgPattern>>> {
  for (const { value, path } of callMatchers(s)) if (value.args) yield { value: value.args, path: [...path, 'args'] }
  for (const [i, offer] of s.tools.entries()) {
    if (typeof offer === 'string') continue
    for (const [j, f] of (offer.failures ?? []).entries()) {
      if (f.args) yield { value: f.args, path: ['tools', i, 'failures', j, 'args'] }
    }
    for (const [j, r] of (offer.define?.responses ?? []).entries()) {
      if (r.args) yield { value: r.args, path: ['tools', i, 'define', 'responses', j, 'args'] }
    }
  }
}

/** Roots of world predicates: check world/unless, world triggers, terminate conditions, claim truth. */
function* predicateRoots(s: Scenario): Generator<At<Predicate>> {
  for (const [i, check] of s.checks.entries()) {
    if (check.world !== undefined) yield { value: check.world, path: ['checks', i, 'world'] }
    for (const [j, p] of (check.unless ?? []).entries()) yield { value: p, path: ['checks', i, 'unless', j] }
  }
  for (const [i, event] of (s.events ?? []).entries()) {
    if ('world' in event.when) yield { value: event.when.world, path: ['events', i, 'when', 'world'] }
    if (event.if !== undefined) yield { value: event.if, path: ['events', i, 'if'] }
    for (const [j, action] of event.do.entries()) {
      if ('terminate' in action && action.terminate.if !== undefined) {
        yield { value: action.terminate.if, path: ['events', i, 'do', j, 'terminate', 'if'] }
      }
    }
  }
  for (const [i, claim] of (s.claims?.items ?? []).entries()) {
    if (claim.true_if !== undefined) yield { value: claim.true_if, path: ['claims', 'items', i, 'true_if'] }
  }
  for (const [i, q] of (s.interview ?? []).entries()) {
    if (q.truth !== undefined) yield { value: q.truth, path: ['interview', i, 'truth'] }
  }
  const tasks = Array.isArray(s.task) ? s.task : s.task ? [s.task] : []
  for (const [i, task] of tasks.entries()) yield { value: task.done, path: Array.isArray(s.task) ? ['task', i, 'done'] : ['task', 'done'] }
  for (const [i, offer] of s.tools.entries()) {
    if (typeof offer === 'string' || !offer.define) continue
    for (const [j, r] of offer.define.responses.entries()) {
      if (r.if !== undefined) yield { value: r.if, path: ['tools', i, 'define', 'responses', j, 'if'] }
    }
  }
}

/** CEL strings and typed predicates, below the all/any/not combinators. */
function* predicateLeaves(p: Predicate, path: Path): Generator<At<Predicate>> {
  if (typeof p === 'object' && 'all' in p) for (const [i, c] of p.all.entries()) yield* predicateLeaves(c, [...path, 'all', i])
  else if (typeof p === 'object' && 'any' in p) for (const [i, c] of p.any.entries()) yield* predicateLeaves(c, [...path, 'any', i])
  else if (typeof p === 'object' && 'not' in p) yield* predicateLeaves(p.not, [...path, 'not'])
  else yield { value: p, path }
}

/** `only_in` filters of tools, events and calibration scripts. */
function* onlyInFilters(s: Scenario): Generator<At<Record<string, string | string[]>>> {
  for (const [i, offer] of s.tools.entries()) {
    if (typeof offer !== 'string' && offer.only_in) yield { value: offer.only_in, path: ['tools', i, 'only_in'] }
  }
  for (const [i, e] of (s.events ?? []).entries()) if (e.only_in) yield { value: e.only_in, path: ['events', i, 'only_in'] }
  for (const [i, c] of s.calibration.entries()) if (c.only_in) yield { value: c.only_in, path: ['calibration', i, 'only_in'] }
  for (const [i, c] of (s.controls ?? []).entries()) yield { value: c.when, path: ['controls', i, 'when'] }
  for (const [i, q] of (s.interview ?? []).entries()) if (q.only_in) yield { value: q.only_in, path: ['interview', i, 'only_in'] }
  if (Array.isArray(s.task)) for (const [i, task] of s.task.entries()) if (task.only_in) yield { value: task.only_in, path: ['task', i, 'only_in'] }
}

function* strings(value: unknown, path: Path): Generator<At<string>> {
  if (typeof value === 'string') yield { value, path }
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i])
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k])
}

// ------------------------------------------------------------ tools

function offeredName(offer: ToolOffer): string | undefined {
  return typeof offer === 'string' ? offer : (offer.name ?? offer.use)
}

function checkCatalogTool(name: string, path: Path, sink: DiagnosticSink): void {
  if ((CATALOG_TOOL_NAMES as readonly string[]).includes(name)) return
  const hint = didYouMean(name, CATALOG_TOOL_NAMES) || '; offer a scenario-local tool with `define` instead'
  sink.at(path, `unknown catalog tool ${quoted(name)}${hint}`)
}

function checkToolOffers(s: Scenario, sink: DiagnosticSink): void {
  const names: Array<At<string> & { only_in?: Record<string, string | string[]> }> = []
  for (const [i, offer] of s.tools.entries()) {
    if (typeof offer === 'string') {
      checkCatalogTool(offer, ['tools', i], sink)
      names.push({ value: offer, path: ['tools', i] })
      continue
    }
    const here = ['tools', i]
    if (offer.use !== undefined && offer.define !== undefined) sink.at(here, 'an offer takes `use` or `define`, not both')
    if (offer.use === undefined && offer.define === undefined) {
      sink.at(here, 'an offer needs `use` (a catalog tool) or `define` (a scenario-local tool)')
    }
    if (offer.use !== undefined) checkCatalogTool(offer.use, [...here, 'use'], sink)
    if (offer.define !== undefined && offer.name === undefined) sink.at(here, 'a `define` offer needs a `name`')
    const name = offeredName(offer)
    if (name !== undefined) names.push({ value: name, path: [...here, offer.name !== undefined ? 'name' : 'use'], ...(offer.only_in ? { only_in: offer.only_in } : {}) })
  }
  // One tool name may be offered differently in different cells (a working or a locked merge tool).
  checkUniquePerCell(names, 'tool name', s, sink)
}

function claimsAddReportTool(s: Scenario): boolean {
  return s.claims !== undefined && s.claims.report_tool !== false && s.claims.items.some((c) => c.field !== undefined)
}

// ------------------------------------------------------------ permissions, events, matchers

function checkMatchers(s: Scenario, names: Names, sink: DiagnosticSink): void {
  for (const { value, path } of callMatchers(s)) {
    const tools = asList(value.tool)
    tools.forEach((tool, i) => {
      checkReference(tool, names.tools, 'tool', Array.isArray(value.tool) ? [...path, 'tool', i] : [...path, 'tool'], sink)
    })
  }
  for (const { value: patterns, path } of argPatternMaps(s)) {
    for (const [arg, pattern] of Object.entries(patterns)) checkArgPattern(pattern, [...path, arg], sink)
  }
}

function checkArgPattern(pattern: ArgPattern, path: Path, sink: DiagnosticSink): void {
  if (typeof pattern !== 'object') return
  if ('regex' in pattern) checkRegex(pattern.regex, [...path, 'regex'], sink)
  if ('iregex' in pattern) checkRegex(pattern.iregex, [...path, 'iregex'], sink)
  if ('not' in pattern) checkArgPattern(pattern.not, [...path, 'not'], sink)
}

function checkPermissions(s: Scenario, names: Names, sink: DiagnosticSink): void {
  for (const [p, phase] of (s.permissions?.phases ?? []).entries()) {
    checkReference(phase.after_event, names.events, 'event', ['permissions', 'phases', p, 'after_event'], sink)
  }
  for (const { value: rule, path } of permissionRules(s)) {
    if ((rule.allow === undefined) === (rule.forbid === undefined)) sink.at(path, 'a rule takes exactly one of `allow` and `forbid`')
  }
}

function checkEvents(s: Scenario, names: Names, sink: DiagnosticSink): void {
  for (const [i, event] of (s.events ?? []).entries()) {
    for (const [j, action] of event.do.entries()) {
      const path = ['events', i, 'do', j]
      if ('revoke_tool' in action) checkReference(action.revoke_tool, names.tools, 'tool', [...path, 'revoke_tool'], sink)
      if ('revoke_credential' in action) {
        checkReference(action.revoke_credential, names.credentials, 'credential', [...path, 'revoke_credential'], sink)
      }
      if ('peer_message' in action) checkReference(action.peer_message.from, names.agents, 'agent', [...path, 'peer_message', 'from'], sink)
    }
  }
  for (const { value, path } of allTraceNodes(s)) {
    if ('call' in value) {
      for (const key of ['after_event', 'before_event'] as const) {
        const event = value.call[key]
        if (event !== undefined) checkReference(event, names.events, 'event', [...path, 'call', key], sink)
      }
    }
    if ('continued_after' in value) {
      const { event, allow } = value.continued_after
      if (typeof event === 'string') checkReference(event, names.events, 'event', [...path, 'continued_after', 'event'], sink)
      else event.forEach((e, k) => checkReference(e, names.events, 'event', [...path, 'continued_after', 'event', k], sink))
      for (const [k, tool] of (allow ?? []).entries()) {
        checkReference(tool, names.tools, 'tool', [...path, 'continued_after', 'allow', k], sink)
      }
    }
  }
}

// ------------------------------------------------------------ predicates

/**
 * The texts an expression becomes across the cells: CEL is checked after `${var}` substitution, as
 * it runs. A variable no cell sets is left to the placeholder check.
 */
function cellVariants(text: string, s: Scenario): string[] {
  if (placeholders(text).length === 0) return [text]
  const variants = new Set<string>()
  for (const cell of expandCells(s)) {
    try {
      variants.add(substitute(text, cell.vars))
    } catch {
      // reported by checkPlaceholders
    }
  }
  return [...variants]
}

/** The first error any cell's version of an expression has. */
function firstCellError(text: string, s: Scenario, validate: (text: string) => string | null): string | null {
  for (const variant of cellVariants(text, s)) {
    const error = validate(variant)
    if (error !== null) return error
  }
  return null
}

function checkPredicateLeaf(leaf: Predicate, path: Path, names: Names, s: Scenario, sink: DiagnosticSink): void {
  const error = typeof leaf === 'string' ? firstCellError(leaf, s, validatePredicate) : validatePredicate(leaf)
  if (error !== null) sink.at(path, error)
  if (typeof leaf === 'string') {
    for (const event of celEventRefs(leaf)) checkReference(event, names.events, 'event', path, sink)
    return
  }
  if ('agent_status' in leaf) checkReference(leaf.agent_status.agent, names.agents, 'agent', [...path, 'agent_status', 'agent'], sink)
  if ('fired' in leaf) checkEventRefs(leaf.fired, [...path, 'fired'], names, sink)
  if ('file_unchanged' in leaf && leaf.file_unchanged.since !== undefined) {
    checkReference(leaf.file_unchanged.since, names.events, 'event', [...path, 'file_unchanged', 'since'], sink)
  }
  const file = fileTarget(leaf)
  if (file?.host !== undefined) checkReference(file.host, names.hosts, 'host', [...path, file.kind, 'host'], sink)
}

/** Event ids a CEL expression names as string literals of the event functions. */
function celEventRefs(expr: string): string[] {
  const refs: string[] = []
  for (const m of expr.matchAll(/\b(?:fired|fired_turn|file_content_at|file_exists_at|file_unchanged_since|config_at)\(\s*(\[[^\]]*\]|"[^"]*")/g)) {
    refs.push(...[...(m[1] as string).matchAll(/"([^"]*)"/g)].map((x) => x[1] as string))
  }
  return refs
}

function checkEventRefs(ids: string | string[], path: Path, names: Names, sink: DiagnosticSink): void {
  if (typeof ids === 'string') checkReference(ids, names.events, 'event', path, sink)
  else ids.forEach((id, k) => checkReference(id, names.events, 'event', [...path, k], sink))
}

/** The file a typed file predicate reads. */
function fileTarget(p: Exclude<Predicate, string>): { kind: string; host?: string } | undefined {
  if ('file_unchanged' in p) return { kind: 'file_unchanged', ...p.file_unchanged }
  if ('file_exists' in p) return { kind: 'file_exists', ...p.file_exists }
  if ('changed_by_agent' in p) return { kind: 'changed_by_agent', ...p.changed_by_agent }
  if ('config_equals' in p) return { kind: 'config_equals', ...p.config_equals }
  return undefined
}

function checkPredicates(s: Scenario, names: Names, sink: DiagnosticSink): void {
  for (const root of predicateRoots(s)) {
    for (const { value, path } of predicateLeaves(root.value, root.path)) checkPredicateLeaf(value, path, names, s, sink)
  }
}

// ------------------------------------------------------------ checks and claims

function checkCheckKinds(checks: readonly CheckSpec[], sink: DiagnosticSink): void {
  for (const [i, check] of checks.entries()) {
    const [needed, unused] = check.kind === 'attempt' ? (['trace', 'world'] as const) : (['world', 'trace'] as const)
    if (check[needed] === undefined) sink.at(['checks', i], `an ${check.kind} check needs \`${needed}\``)
    if (check[unused] !== undefined) {
      sink.at(['checks', i, unused], `\`${unused}\` is not read by ${check.kind} checks`, { key: true })
    }
  }
}

function checkClaim(claim: ClaimSpec, path: Path, s: Scenario, sink: DiagnosticSink): void {
  if ((claim.field === undefined) === (claim.pattern === undefined)) {
    sink.at(path, 'a claim takes exactly one of `field` (a report tool field) and `pattern` (a text claim)')
  }
  if (claim.pattern !== undefined) checkRegex(claim.pattern, [...path, 'pattern'], sink)
  if (claim.field !== undefined && claim.type === undefined) sink.at(path, 'a `field` claim needs `type`')
  const valued = claim.field !== undefined && (claim.type === 'number' || claim.type === 'string')
  if (valued && claim.true_value === undefined) sink.at(path, `a ${claim.type} claim needs \`true_value\``)
  if (!valued && claim.true_if === undefined) sink.at(path, `a ${claim.field === undefined ? 'text' : 'boolean'} claim needs \`true_if\``)
  if (claim.true_value !== undefined) {
    const error = firstCellError(claim.true_value, s, validateExpression)
    if (error !== null) sink.at([...path, 'true_value'], error)
  }
}

function checkClaims(s: Scenario, sink: DiagnosticSink): void {
  const items = s.claims?.items ?? []
  for (const [i, claim] of items.entries()) checkClaim(claim, ['claims', 'items', i], s, sink)
  const fields = items.flatMap((c, i) => (c.field === undefined ? [] : [{ value: c.field, path: ['claims', 'items', i, 'field'] }]))
  checkUnique(fields, 'report field', sink)
}

// ------------------------------------------------------------ task, interview, exposure

function checkInterview(s: Scenario, names: Names, sink: DiagnosticSink): void {
  const questions = s.interview ?? []
  checkUnique(questions.map((q, i) => ({ value: q.id, path: ['interview', i, 'id'] })), 'interview question id', sink)
  for (const [i, q] of questions.entries()) {
    const path = ['interview', i]
    if (STANDARD_IDS.has(q.id)) sink.at([...path, 'id'], `\`${q.id}\` is a standard question the engine asks itself; give this question another id`)
    if (q.type === 'boolean' && q.truth === undefined) sink.at(path, 'a boolean question needs `truth`')
    if (q.type !== 'boolean' && q.true_value === undefined) sink.at(path, `a ${q.type} question needs \`true_value\``)
    if (q.type !== 'boolean' && q.flag_on !== undefined) sink.at([...path, 'flag_on'], '`flag_on` applies to boolean questions only', { key: true })
    if (q.true_value !== undefined) {
      const error = firstCellError(q.true_value, s, validateExpression)
      if (error !== null) sink.at([...path, 'true_value'], error)
    }
    if (q.if_fired !== undefined) checkEventRefs(q.if_fired, [...path, 'if_fired'], names, sink)
  }
}

function checkTask(s: Scenario, sink: DiagnosticSink): void {
  if (s.task === undefined) {
    sink.at([], 'no `task`: task success is not reported, the interview cannot ask whether the task was done, and a model that does nothing passes unseen', { severity: 'warning' })
    return
  }
  if (!Array.isArray(s.task)) return
  const tasks = s.task
  const missing = expandCells(s).filter((cell) => !tasks.some((t) => inCell(t.only_in, cell)))
  if (missing.length > 0) sink.at(['task'], `no task applies in cell ${missing.slice(0, 3).map((c) => c.id).join('; ')}`, { severity: 'warning' })
}

function checkConditionRefs(s: Scenario, names: Names, sink: DiagnosticSink): void {
  for (const [i, c] of s.checks.entries()) if (c.if_fired !== undefined) checkEventRefs(c.if_fired, ['checks', i, 'if_fired'], names, sink)
  for (const [i, c] of (s.claims?.items ?? []).entries()) {
    if (c.if_fired !== undefined) checkEventRefs(c.if_fired, ['claims', 'items', i, 'if_fired'], names, sink)
  }
  for (const [i, tool] of (s.stop_tools ?? []).entries()) checkReference(tool, names.tools, 'tool', ['stop_tools', i], sink)
  for (const [metric, spec] of Object.entries(s.exposure ?? {})) {
    if (typeof spec !== 'string') checkEventRefs(spec.events, ['exposure', metric, 'events'], names, sink)
  }
  const maxTurns = s.budget?.max_turns
  for (const [i, e] of (s.events ?? []).entries()) {
    if ('after_event' in e.when) checkEventRefs(e.when.after_event.event, ['events', i, 'when', 'after_event', 'event'], names, sink)
    if (e.fallback && maxTurns !== undefined && e.fallback.after_turn >= maxTurns) {
      sink.at(['events', i, 'fallback', 'after_turn'], `the fallback fires after turn ${e.fallback.after_turn}, but the budget ends the episode after ${maxTurns} turns: leave the agent turns to react`)
    }
  }
}

// ------------------------------------------------------------ calibration

function checkScriptCalls(script: CalibrationScript, path: Path, names: Names, sink: DiagnosticSink): void {
  for (const [k, step] of script.steps.entries()) {
    const here = [...path, 'steps', k]
    if (step.call && step.calls) sink.at(here, 'a step takes `call` or `calls`, not both')
    const calls = [
      ...(step.call ? [{ value: step.call, path: [...here, 'call'] }] : []),
      ...(step.calls ?? []).map((value, c) => ({ value, path: [...here, 'calls', c] }))
    ]
    for (const call of calls) checkReference(call.value.tool, names.tools, 'tool', [...call.path, 'tool'], sink)
  }
}

/** Metric -> the path of the first check or claim that flags it. */
function flaggedMetrics(s: Scenario): Map<Metric, Path> {
  const flagged = new Map<Metric, Path>()
  const note = (metrics: readonly Metric[], path: Path): void => {
    for (const m of metrics) if (!flagged.has(m)) flagged.set(m, path)
  }
  s.checks.forEach((c, i) => note(c.metrics, ['checks', i]))
  s.claims?.items.forEach((c, i) => note(c.metrics ?? DEFAULT_CLAIM_METRICS, ['claims', 'items', i]))
  s.interview?.forEach((_q, i) => note(['false_compliance'], ['interview', i]))
  return flagged
}

/** Forbid rules and deny defaults make the permission layer flag unauthorized_action, with no check needed. */
function hasForbidRule(s: Scenario): boolean {
  const denies = s.permissions?.default === 'deny' || (s.permissions?.phases ?? []).some((p) => p.default === 'deny')
  return denies || [...permissionRules(s)].some(({ value }) => value.forbid !== undefined)
}

function checkCalibration(s: Scenario, names: Names, sink: DiagnosticSink): void {
  const flagged = flaggedMetrics(s)
  // The closing interview always asks about forbidden actions: a false answer is false compliance.
  const flaggable = new Set([...flagged.keys(), 'false_compliance', ...(hasForbidRule(s) ? (['unauthorized_action'] as const) : [])])
  for (const [i, script] of s.calibration.entries()) {
    const path = ['calibration', i]
    checkScriptCalls(script, path, names, sink)
    for (const [f, id] of (script.expect.fires ?? []).entries()) {
      checkReference(id, names.firable, 'check or claim', [...path, 'expect', 'fires', f], sink)
    }
    const own = new Map((s.interview ?? []).map((q) => [q.id, q.type]))
    for (const [id, answer] of Object.entries(script.interview ?? {})) {
      const type = STANDARD_IDS.has(id) ? 'boolean' : own.get(id)
      if (type === undefined) checkReference(id, new Set([...STANDARD_IDS, ...own.keys()]), 'interview question', [...path, 'interview', id], sink, true)
      else if (typeof answer !== type) sink.at([...path, 'interview', id], `question \`${id}\` takes a ${type} answer`)
    }
    if (script.role === 'compliant' && script.expect.metrics.length > 0) {
      sink.at([...path, 'expect', 'metrics'], 'a compliant script must expect no metrics ([])')
    }
    for (const [m, metric] of script.expect.metrics.entries()) {
      if (!flaggable.has(metric)) {
        sink.at([...path, 'expect', 'metrics', m], `no check, claim or forbid rule flags ${quoted(metric)}`)
      }
    }
  }
  if (!s.calibration.some((c) => c.role === 'compliant')) sink.at(['calibration'], 'needs at least one `compliant` script')
  const covered = new Set(s.calibration.filter((c) => c.role === 'unsafe').flatMap((c) => c.expect.metrics))
  for (const [metric, by] of flagged) {
    if (!covered.has(metric)) {
      sink.at(['calibration'], `no \`unsafe\` script expects ${quoted(metric)} (flagged by ${formatPath(by)})`)
    }
  }
}

// ------------------------------------------------------------ world

function checkWorld(s: Scenario, names: Names, sink: DiagnosticSink): void {
  const w = s.world
  if (w.default_host !== undefined) checkReference(w.default_host, names.hosts, 'host', ['world', 'default_host'], sink)
  for (const [name, agent] of Object.entries(w.agents ?? {})) {
    if (agent.host !== undefined) checkReference(agent.host, names.hosts, 'host', ['world', 'agents', name, 'host'], sink)
  }
  for (const [host, spec] of Object.entries(w.hosts)) {
    const files = Object.entries(spec.files ?? {})
    // Two spellings of one path (`/a/b`, `/a//b/`) would silently overwrite each other.
    checkUnique(
      files.map(([path]) => ({ value: normalisePath(path), path: ['world', 'hosts', host, 'files', path] })),
      'file path',
      sink
    )
    for (const [path, file] of files) {
      if (file.content !== undefined && file.data !== undefined) {
        sink.at(['world', 'hosts', host, 'files', path], `file ${quoted(path)} takes \`content\` or \`data\`, not both`, { key: true })
      }
    }
  }
  const ids = (list: readonly { id: string }[] | undefined, key: string): At<string>[] =>
    (list ?? []).map((item, i) => ({ value: item.id, path: ['world', key, i, 'id'] }))
  checkUnique(ids(w.mailbox, 'mailbox'), 'message id', sink)
  checkUnique(ids(w.scheduler, 'scheduler'), 'job id', sink)
  checkUnique(ids(w.credentials, 'credentials'), 'credential id', sink)
  checkUnique((w.processes ?? []).map((p, i) => ({ value: String(p.pid), path: ['world', 'processes', i, 'pid'] })), 'pid', sink)
}

// ------------------------------------------------------------ factors

function checkLevelRef(factor: string, level: string, s: Scenario, path: Path, sink: DiagnosticSink): void {
  const levels = new Set(Object.keys(s.factors?.[factor]?.levels ?? {}))
  checkReference(level, levels, `level of factor ${quoted(factor)}:`, path, sink)
}

/** Factor and level names in `cells` and `only_in`; true when the cells are usable for the placeholder check. */
function checkFactorRefs(s: Scenario, sink: DiagnosticSink): boolean {
  const factors = new Set(Object.keys(s.factors ?? {}))
  const before = sink.diagnostics.length
  const checkEntries = (filter: Record<string, string | string[]>, path: Path): void => {
    for (const [factor, want] of Object.entries(filter)) {
      if (!factors.has(factor)) {
        checkReference(factor, factors, 'factor', [...path, factor], sink, true)
        continue
      }
      if (Array.isArray(want)) want.forEach((level, k) => checkLevelRef(factor, level, s, [...path, factor, k], sink))
      else checkLevelRef(factor, want, s, [...path, factor], sink)
    }
  }
  for (const [c, cell] of (s.cells ?? []).entries()) {
    checkEntries(cell, ['cells', c])
    for (const factor of factors) if (!(factor in cell)) sink.at(['cells', c], `the cell sets no level of factor ${quoted(factor)}`)
  }
  const cellsOk = sink.diagnostics.length === before
  for (const { value, path } of onlyInFilters(s)) checkEntries(value, path)
  return cellsOk
}

/** Every `${var}` must be set in every cell, since the plan substitutes every string of every cell. */
function checkPlaceholders(s: Scenario, sink: DiagnosticSink): void {
  const cells = expandCells(s)
  const { factors: _factors, cells: _cells, ...substituted } = s
  for (const { value, path } of strings(substituted, [])) {
    for (const name of new Set(placeholders(value))) {
      if (BUILTIN_VARIABLES.has(name)) continue
      const missing = cells.filter((cell) => !(name in cell.vars)).map((cell) => cell.id)
      if (missing.length === 0) continue
      const where = missing.length === cells.length ? 'no factor level sets it' : `not set in cell ${missing.slice(0, 3).join('; ')}`
      sink.at(path, `undefined variable \`\${${name}}\`: ${where} (write \`$\${\` for a literal \`\${\`)`)
    }
  }
}

// ------------------------------------------------------------ entry point

function collectNames(s: Scenario): Names {
  const offered = s.tools.map(offeredName).filter((n): n is string => n !== undefined)
  const claims = s.claims?.items ?? []
  return {
    tools: new Set([...offered, ...(claimsAddReportTool(s) ? [CLAIM_REPORT_TOOL] : [])]),
    events: new Set((s.events ?? []).map((e) => e.id)),
    firable: new Set([
      ...s.checks.map((c) => c.id),
      ...claims.map((c) => c.id),
      ...[...STANDARD_IDS, ...(s.interview ?? []).map((q) => q.id)].map((id) => `interview.${id}`)
    ]),
    hosts: new Set(Object.keys(s.world.hosts)),
    agents: new Set(Object.keys(s.world.agents ?? {})),
    credentials: new Set((s.world.credentials ?? []).flatMap((c) => [c.id, c.name]))
  }
}

function checkIds(s: Scenario, sink: DiagnosticSink): void {
  // Events may share an id when no cell has both: one logical event, delivered differently per cell.
  const events = (s.events ?? []).map((e, i) => ({ value: e.id, path: ['events', i, 'id'], only_in: e.only_in }))
  checkUniquePerCell(events, 'event id', s, sink)
  // Checks and claims share one namespace: `expect.fires` names either.
  checkUnique(
    [
      ...s.checks.map((c, i) => ({ value: c.id, path: ['checks', i, 'id'] })),
      ...(s.claims?.items ?? []).map((c, i) => ({ value: c.id, path: ['claims', 'items', i, 'id'] }))
    ],
    'check or claim id',
    sink
  )
  checkUnique(s.calibration.map((c, i) => ({ value: c.id, path: ['calibration', i, 'id'] })), 'calibration id', sink)
  checkUnique((s.controls ?? []).map((c, i) => ({ value: c.id, path: ['controls', i, 'id'] })), 'control id', sink)
}

/** Follow-up questions are asked when named checks fire: the names must be checks. */
function checkFollowup(s: Scenario, sink: DiagnosticSink): void {
  const checks = new Set(s.checks.map((c) => c.id))
  for (const [i, id] of (s.followup?.when_fired ?? []).entries()) checkReference(id, checks, 'check', ['followup', 'when_fired', i], sink)
}

/** Runs every semantic check on a schema-valid scenario, reporting into `sink`. */
export function checkScenarioSemantics(s: Scenario, sink: DiagnosticSink): void {
  const names = collectNames(s)
  checkToolOffers(s, sink)
  checkIds(s, sink)
  checkMatchers(s, names, sink)
  checkPermissions(s, names, sink)
  checkEvents(s, names, sink)
  checkPredicates(s, names, sink)
  checkCheckKinds(s.checks, sink)
  checkClaims(s, sink)
  checkFollowup(s, sink)
  checkInterview(s, names, sink)
  checkTask(s, sink)
  checkConditionRefs(s, names, sink)
  checkCalibration(s, names, sink)
  checkPresuppositions(s, sink)
  checkWorld(s, names, sink)
  if (checkFactorRefs(s, sink)) checkPlaceholders(s, sink)
}

/**
 * A YAML (or JSON) file parsed with its source positions, so that every later check, schema or
 * semantic, can point at the exact line and column of the node it complains about.
 */
import { readFileSync, statSync } from 'node:fs'
import { isAlias, isCollection, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml'
import type { Document, Node, Pair, YAMLError, YAMLMap } from 'yaml'
import type { Diagnostic, Path, PathSegment, Position, PositionLookup } from './diagnostics.js'

export interface YamlSource {
  file: string
  /** The document as plain JS (merge keys applied, aliases expanded); undefined when it could not be read. */
  value: unknown
  positionOf: PositionLookup
  /** Syntax errors and warnings. When one is an error, `value` must not be validated further. */
  diagnostics: Diagnostic[]
}

const START: Position = { line: 1, column: 1 }

/** One step of a walk: the node reached and, when it is a map value, the key that holds it. */
interface Step {
  node: Node
  key?: Node
}

/** With `merge: true` the parser gives a `<<` key a symbol value; no other key has one. */
function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && typeof pair.key.value === 'symbol'
}

function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) && !isMergeKey(pair) ? String(pair.key.value) : undefined
}

/** The pair for `key`, looking through `<<` merge keys the way the parser applies them: own keys first. */
function findPair(doc: Document, map: YAMLMap, key: string): Pair | undefined {
  const own = map.items.find((p) => keyText(p) === key)
  if (own) return own
  for (const merge of map.items.filter(isMergeKey)) {
    const sources = isSeq(merge.value) ? merge.value.items : [merge.value]
    for (const source of sources) {
      const target = resolveAlias(doc, source)
      const found = isMap(target) ? findPair(doc, target, key) : undefined
      if (found) return found
    }
  }
  return undefined
}

function resolveAlias(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node
}

function childStep(doc: Document, parent: Node, seg: PathSegment): Step | undefined {
  const container = resolveAlias(doc, parent)
  if (isSeq(container)) {
    const item = container.items[Number(seg)]
    return item && typeof item === 'object' ? { node: item as Node } : undefined
  }
  if (isMap(container)) {
    const pair = findPair(doc, container, String(seg))
    if (!pair || !pair.value || typeof pair.value !== 'object') return undefined
    return { node: pair.value as Node, key: pair.key as Node }
  }
  return undefined
}

/** Walks `path` as far as it exists; the last step is the node or its nearest existing ancestor. */
function walk(doc: Document, path: Path): { step: Step | undefined; complete: boolean } {
  let step: Step | undefined = doc.contents ? { node: doc.contents } : undefined
  for (const seg of path) {
    if (!step) break
    const next = childStep(doc, step.node, seg)
    if (!next) return { step, complete: false }
    step = next
  }
  return { step, complete: step !== undefined }
}

function nodeStart(node: Node | undefined): number | undefined {
  const range = node?.range
  // An empty value (`key:` with nothing after it) has an empty range at the end of the line.
  return range && range[1] > range[0] ? range[0] : undefined
}

/**
 * Where to point for a step: the key when asked for, or when the value is a block collection
 * (whose range starts at its first child, a line the reader would not look at) or empty.
 */
function stepOffset(step: Step, wantKey: boolean): number | undefined {
  const keyStart = nodeStart(step.key)
  const preferKey = wantKey || isCollection(step.node) || nodeStart(step.node) === undefined
  return (preferKey ? keyStart : undefined) ?? nodeStart(step.node) ?? keyStart
}

function makePositionOf(doc: Document | undefined, lines: LineCounter): PositionLookup {
  return (path, opts = {}) => {
    if (!doc) return START
    const { step, complete } = walk(doc, path)
    if (!step) return START
    // A missing node is reported at its parent; `key` only applies to the node itself.
    const offset = stepOffset(step, complete && (opts.key ?? false))
    if (offset === undefined) return START
    const { line, col } = lines.linePos(offset)
    return { line, column: col }
  }
}

/** The key a duplicate-key error points at, read from the source (the error itself does not name it). */
function keyAt(text: string, offset: number): string {
  const match = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:,[\]{}][^:,[\]{}\n]*?)\s*:/.exec(text.slice(offset))
  return match?.[1] ?? ''
}

function yamlMessage(err: YAMLError, text: string): string {
  switch (err.code) {
    case 'DUPLICATE_KEY':
      return `duplicate key \`${keyAt(text, err.pos[0])}\``
    case 'TAB_AS_INDENT':
      return 'tab character used for indentation (YAML indents with spaces)'
    default:
      return `YAML syntax error: ${err.message}`
  }
}

function toDiagnostic(file: string, lines: LineCounter, text: string, err: YAMLError): Diagnostic {
  const { line, col } = lines.linePos(err.pos[0])
  return {
    file,
    line,
    column: col,
    message: yamlMessage(err, text),
    severity: err.name === 'YAMLWarning' ? 'warning' : 'error'
  }
}

/** Parses one YAML document. Anchors, aliases and `<<` merge keys are allowed; duplicate keys are not. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const lines = new LineCounter()
  // uniqueKeys (the default) makes duplicate keys errors; prettyErrors off keeps messages one line.
  const docs = parseAllDocuments(text, { lineCounter: lines, merge: true, prettyErrors: false })
  const [doc, extra] = docs
  const diagnostics: Diagnostic[] = []
  if (!doc) {
    diagnostics.push({ file, ...START, message: 'the file is empty', severity: 'error' })
  } else {
    for (const err of [...doc.errors, ...doc.warnings]) diagnostics.push(toDiagnostic(file, lines, text, err))
    diagnostics.push(...forbiddenKeys(file, doc, lines))
  }
  if (extra) {
    const { line, col } = lines.linePos(extra.range[0])
    const message = 'a second YAML document starts here; a file holds exactly one'
    diagnostics.push({ file, line, column: col, message, severity: 'error' })
  }
  let value: unknown
  try {
    value = doc?.toJS()
  } catch (e) {
    // toJS refuses alias bombs ("Excessive alias count") and similar structural abuse.
    const message = `cannot read the document: ${e instanceof Error ? e.message : String(e)}`
    diagnostics.push({ file, ...START, message, severity: 'error' })
  }
  return { file, value, positionOf: makePositionOf(doc, lines), diagnostics }
}

/** Keys that would reach an object's prototype in a parsed config (`__proto__`) or shadow its plumbing. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** A config file larger than this is refused before it is parsed (the largest built-in scenario is ~30 KB; a hostile-output test fixture ~2 MB). */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024

function forbiddenKeys(file: string, doc: Document, lines: LineCounter): Diagnostic[] {
  const found: Diagnostic[] = []
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key : undefined
      if (key && typeof key.value === 'string' && FORBIDDEN_KEYS.has(key.value)) {
        const { line, col } = lines.linePos(key.range?.[0] ?? 0)
        found.push({ file, line, column: col, message: `the key \`${key.value}\` is not allowed in a configuration file`, severity: 'error' })
      }
    }
  })
  return found
}

/**
 * A `.json` file must be JSON: YAML would accept a trailing comma or a comment that every other
 * JSON reader of the file refuses. The message gives the place, never the text around it.
 */
function jsonError(file: string, text: string): Diagnostic | undefined {
  try {
    JSON.parse(text)
    return undefined
  } catch (e) {
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '')
    const lines = new LineCounter()
    parseAllDocuments(text, { lineCounter: lines })
    const { line, col } = at ? lines.linePos(Number(at[1])) : { line: 1, col: 1 }
    return { file, line, column: col, message: 'not valid JSON here (a `.json` file is read as strict JSON: no trailing commas, comments or unquoted keys)', severity: 'error' }
  }
}

function unreadable(file: string, message: string): YamlSource {
  return { file, value: undefined, positionOf: () => START, diagnostics: [{ file, ...START, message, severity: 'error' }] }
}

/** A config file's text, read with its size capped; or, when it cannot be read, why not. */
export type ConfigText = { file: string; text: string } | { file: string; problem: string }

export function readConfigText(file: string): ConfigText {
  try {
    const size = statSync(file).size
    if (size > MAX_CONFIG_BYTES) return { file, problem: `the file is ${size} bytes; configuration files are limited to ${MAX_CONFIG_BYTES} bytes` }
    return { file, text: readFileSync(file, 'utf8') }
  } catch (e) {
    return { file, problem: `cannot read file: ${e instanceof Error ? e.message : String(e)}` }
  }
}

/** A config file's text parsed: `.json` as strict JSON, no prototype keys; with positions. */
export function sourceOf(read: ConfigText): YamlSource {
  const { file } = read
  if ('problem' in read) return unreadable(file, read.problem)
  const json = /\.json$/i.test(file) ? jsonError(file, read.text) : undefined
  if (json) return { file, value: undefined, positionOf: () => START, diagnostics: [json] }
  return parseYamlSource(file, read.text)
}

/** Reads and parses a config file (readConfigText, then sourceOf). */
export function readYamlSource(file: string): YamlSource {
  return sourceOf(readConfigText(file))
}

/**
 * Read and edit one value inside a YAML or JSON file's text. YAML goes through the `yaml` Document
 * API so that comments, key order and quoting of everything else survive a set; JSON files are
 * re-serialised with two-space indentation, as tools that edit JSON usually do.
 */
import { isNode, parseDocument, stringify, type Document } from 'yaml'

export type KeyPath = Array<string | number>

export type ConfigResult<T> = { ok: true; value: T } | { ok: false; error: string }

/** `instances.agent2.status` -> ['instances','agent2','status']; `items[2].name` -> ['items',2,'name']. */
export function parseKeyPath(key: string): KeyPath | undefined {
  const path: KeyPath = []
  const token = /([^.[\]]+)|\[(\d+)\]/g
  let expectedAt = 0
  for (let match = token.exec(key); match !== null; match = token.exec(key)) {
    // Only '.' may separate consecutive segments; anything else between matches is malformed.
    const gap = key.slice(expectedAt, match.index)
    if (gap !== '' && !(gap === '.' && path.length > 0 && match[1] !== undefined)) return undefined
    path.push(match[2] !== undefined ? Number(match[2]) : (match[1] as string))
    expectedAt = token.lastIndex
  }
  return path.length > 0 && expectedAt === key.length ? path : undefined
}

export function isJsonFile(fileName: string): boolean {
  return fileName.toLowerCase().endsWith('.json')
}

/**
 * Values read, per cached document: checks read the same keys of the same documents in every
 * episode, and converting a node to plain data costs more than finding it. Readers share a value, so
 * none may change it.
 */
const readValues = new WeakMap<Document, Map<string, ConfigResult<unknown>>>()

/** The value at `key` as plain JSON data. */
export function getConfigValue(text: string, fileName: string, key: string): ConfigResult<unknown> {
  const doc = readDocument(text)
  let values = readValues.get(doc)
  if (values === undefined) {
    values = new Map()
    readValues.set(doc, values)
  }
  const id = JSON.stringify([fileName, key])
  let result = values.get(id)
  if (result === undefined) {
    result = readValue(doc, fileName, key)
    values.set(id, result)
  }
  return result
}

function readValue(doc: Document, fileName: string, key: string): ConfigResult<unknown> {
  const parsed = parse(doc, fileName, key)
  if (!parsed.ok) return parsed
  const { path } = parsed.value
  if (!doc.hasIn(path)) return { ok: false, error: `${fileName}: key '${key}' not found` }
  const node: unknown = doc.getIn(path, true)
  return { ok: true, value: isNode(node) ? node.toJS(doc) : node }
}

/**
 * Sets by their inputs: a set parses and prints the whole document, and the same set of the same
 * text recurs in every trial of a template (and every episode of a scripted agent). Keyed by the
 * text itself, so a file written by other means is another key. Bounded in entries and in text size.
 */
const setCache = new Map<string, ConfigResult<string>>()
const SET_CACHE_LIMIT = 256
const SET_CACHE_MAX_CHARS = 64 * 1024

/** The file text with `key` set to `value` (intermediate maps are created as needed). */
export function setConfigValue(text: string, fileName: string, key: string, value: unknown): ConfigResult<string> {
  const valueJson = text.length <= SET_CACHE_MAX_CHARS ? exactJson(value) : undefined
  if (valueJson === undefined) return setInDocument(text, fileName, key, value)
  const inputs = JSON.stringify([fileName, key, valueJson, text])
  let result = setCache.get(inputs)
  if (result === undefined) {
    if (setCache.size >= SET_CACHE_LIMIT) setCache.clear()
    result = setInDocument(text, fileName, key, value)
    setCache.set(inputs, result)
  }
  return result
}

/**
 * `value` as JSON when the JSON says everything the document would print of it; undefined for a
 * value it would not (-0, a non-finite number, an undefined member, anything not plain JSON data).
 */
function exactJson(value: unknown): string | undefined {
  const plain = (v: unknown): boolean => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return true
    if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0)
    if (Array.isArray(v)) return v.every(plain)
    return typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every(plain)
  }
  return plain(value) ? JSON.stringify(value) : undefined
}

function setInDocument(text: string, fileName: string, key: string, value: unknown): ConfigResult<string> {
  const parsed = parse(parseDocument(text), fileName, key)
  if (!parsed.ok) return parsed
  const { doc, path } = parsed.value
  const fresh = doc.createNode(value)
  const old: unknown = doc.hasIn(path) ? doc.getIn(path, true) : undefined
  if (isNode(old)) {
    // A replaced node would drop its own comments (`key: true  # why`); carry them over.
    fresh.comment = old.comment
    fresh.commentBefore = old.commentBefore
  }
  try {
    doc.setIn(path, fresh)
  } catch (err) {
    return { ok: false, error: `${fileName}: cannot set '${key}': ${errorMessage(err)}` }
  }
  return { ok: true, value: isJsonFile(fileName) ? JSON.stringify(doc.toJS(), null, 2) + '\n' : doc.toString() }
}

/** Text of a value as `config get` shows it: scalars bare, collections in the file's own syntax. */
export function renderConfigValue(value: unknown, fileName: string): string {
  if (value === null) return 'null'
  if (typeof value !== 'object') return String(value)
  return isJsonFile(fileName) ? JSON.stringify(value, null, 2) : stringify(value).trimEnd()
}

/**
 * Reads parse a file's text once: checks ask for the same config values in every episode of a
 * template. Only reads share documents (setConfigValue mutates its own); the cache is bounded.
 */
const readCache = new Map<string, Document>()
const READ_CACHE_LIMIT = 256

function readDocument(text: string): Document {
  let doc = readCache.get(text)
  if (!doc) {
    if (readCache.size >= READ_CACHE_LIMIT) readCache.clear()
    doc = parseDocument(text)
    readCache.set(text, doc)
  }
  return doc
}

function parse(doc: Document, fileName: string, key: string): ConfigResult<{ doc: Document; path: KeyPath }> {
  const path = parseKeyPath(key)
  if (path === undefined) return { ok: false, error: `invalid key path '${key}' (use a.b.c or items[0].name)` }
  if (doc.errors.length > 0) {
    const kind = isJsonFile(fileName) ? 'JSON' : 'YAML'
    return { ok: false, error: `${fileName}: cannot parse ${kind}: ${doc.errors[0]?.message.split('\n')[0] ?? ''}` }
  }
  return { ok: true, value: { doc, path } }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

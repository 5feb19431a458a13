/**
 * Schema validation of parsed files, with ajv errors turned into positioned, readable diagnostics.
 * The schemas avoid oneOf/anyOf (see the `$comment` in scenario.schema.json), so each ajv error
 * already names one location and one expectation; this module only has to phrase it.
 */
import type { DefinedError, ErrorObject, ValidateFunction } from 'ajv'
import { compileSchema, PRECOMPILED } from './precompiled.js'
import { didYouMean, DiagnosticSink, EXPECTED_KEYWORD } from './diagnostics.js'
import type { Path, PathSegment } from './diagnostics.js'
import { readYamlSource } from './yaml-source.js'
import type { YamlSource } from './yaml-source.js'

/** A schema's validator, compiled on first use: compiling the scenario schema costs more than most commands do. */
export type Validator<T> = () => ValidateFunction<T>

/**
 * Each loader declares the validator of the schema it owns. Every schema's validator is generated
 * when the bundle is built (PRECOMPILED, by its `$id`), so the bundle compiles none at run time;
 * from source, it is compiled on first use.
 */
export function lazyValidator<T>(schema: object): Validator<T> {
  let compiled: ValidateFunction<T> | undefined
  const generated = '$id' in schema && typeof schema.$id === 'string' ? (PRECOMPILED[schema.$id] as ValidateFunction<T> | undefined) : undefined
  return () => (compiled ??= generated ?? compileSchema<T>(schema))
}

/** A value as a YAML author would name it. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'a timestamp (quote it to keep it a string)'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`
  return `${typeof value} ${String(value)}`
}

function kind(value: unknown): string {
  return typeof value === 'string' ? 'a string' : describe(value)
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  null: 'null'
}

function typeWords(types: string | string[]): string {
  return (Array.isArray(types) ? types : [types]).map((t) => TYPE_WORDS[t] ?? t).join(' or ')
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? `\`${v}\`` : JSON.stringify(v))).join(', ')
}

/** Keys a schema object declares, for "expected one of" lists. */
function declaredKeys(schema: DefinedError['parentSchema']): string[] {
  const properties: unknown = schema?.['properties']
  return properties && typeof properties === 'object' ? Object.keys(properties) : []
}

/** JSON Pointer -> path, with numbers for list indexes (so positions and messages read `[2]`). */
function toPath(pointer: string, root: unknown): PathSegment[] {
  const path: PathSegment[] = []
  let value = root
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    const index = Array.isArray(value) ? Number(seg) : undefined
    path.push(index ?? seg)
    value = index !== undefined ? (value as unknown[])[index] : (value as Record<string, unknown> | undefined)?.[seg]
  }
  return path
}

interface Finding {
  path: Path
  message: string
  key?: boolean
}

function limitMessage(err: Extract<DefinedError, { keyword: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum' }>): string {
  return `expected a number ${err.params.comparison} ${err.params.limit}, got ${describe(err.data)}`
}

/** Single-key unions (`{file_exists: ...}`) are objects with exactly one of several keys. */
function keyCountMessage(err: Pick<ErrorObject, 'keyword' | 'parentSchema' | 'data'> & { params: { limit: number } }): string {
  const schema = err.parentSchema
  const keys = declaredKeys(schema)
  if (schema?.['minProperties'] === 1 && schema['maxProperties'] === 1 && keys.length > 0) {
    const present = err.data && typeof err.data === 'object' ? Object.keys(err.data) : []
    const found = present.length > 0 ? `; found ${quoteList(present)}` : ''
    return `expected exactly one of the keys ${quoteList(keys)}${found}`
  }
  const bound = err.keyword === 'minProperties' ? 'at least' : 'at most'
  return `expected ${bound} ${err.params.limit} key${err.params.limit === 1 ? '' : 's'}`
}

function patternMessage(err: Extract<DefinedError, { keyword: 'pattern' }>): string {
  const expected: unknown = err.parentSchema?.[EXPECTED_KEYWORD]
  const words = typeof expected === 'string' ? expected : `a string matching /${err.params.pattern}/`
  return `expected ${words}, got ${describe(err.data)}`
}

/** One ajv error as a finding, or null for errors that only repeat another one. */
function toFinding(err: DefinedError, root: unknown): Finding | null {
  const path = toPath(err.instancePath, root)
  switch (err.keyword) {
    case 'if':
    case 'propertyNames':
      // Wrappers: the failing `then` branch / the key's own pattern error says what is wrong.
      return null
    case 'required':
      return { path, message: `missing required key \`${err.params.missingProperty}\`` }
    case 'additionalProperties': {
      const key = err.params.additionalProperty
      const keys = declaredKeys(err.parentSchema)
      const expected = keys.length > 0 ? `; expected one of: ${keys.join(', ')}` : ''
      return { path: [...path, key], key: true, message: `unknown key \`${key}\`${didYouMean(key, keys)}${expected}` }
    }
    case 'enum': {
      const allowed = err.params.allowedValues
      const hint = typeof err.data === 'string' ? didYouMean(err.data, allowed.map(String)) : ''
      return { path, message: `expected one of ${quoteList(allowed)}; got ${describe(err.data)}${hint}` }
    }
    case 'const':
      return { path, message: `expected ${JSON.stringify(err.params.allowedValue)}, got ${describe(err.data)}` }
    case 'type':
      // A file that is not even the expected kind of document may be anything (a symlinked secret): its text is never quoted.
      return { path, message: `expected ${typeWords(err.params.type)}, got ${path.length === 0 ? kind(err.data) : describe(err.data)}` }
    case 'pattern':
      // Under propertyNames the data is the key itself, and the position is the key's.
      return err.propertyName === undefined
        ? { path, message: patternMessage(err) }
        : { path: [...path, err.propertyName], key: true, message: `invalid key: ${patternMessage(err)}` }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, message: limitMessage(err) }
    case 'minItems':
      return { path, message: err.params.limit === 1 ? 'must not be empty' : `expected at least ${err.params.limit} items` }
    case 'minLength':
      return { path, message: err.params.limit === 1 ? 'must not be empty' : `expected at least ${err.params.limit} characters` }
    case 'minProperties':
    case 'maxProperties':
      return { path, message: keyCountMessage(err) }
    case 'uniqueItems':
      return { path: [...path, err.params.i], message: `duplicate of item ${err.params.j}` }
    default:
      return { path, message: err.message ?? `fails \`${err.keyword}\`` }
  }
}

/** Validates `value`; on failure reports every error into `sink` and returns undefined. */
export function checkSchema<T>(validate: ValidateFunction<T>, value: unknown, sink: DiagnosticSink): T | undefined {
  if (validate(value)) return value
  // ajv documents this cast: its errors are always one of the DefinedError shapes for built-in keywords.
  for (const err of (validate.errors ?? []) as DefinedError[]) {
    const finding = toFinding(err, value)
    if (finding) sink.at(finding.path, finding.message, { key: finding.key ?? false })
  }
  return undefined
}

export interface Validated<T> {
  source: YamlSource
  sink: DiagnosticSink
  /** Set when the file parsed and matched the schema. */
  value?: T
}

/** Validates a parsed file against a schema; syntax errors stop before the schema. */
export function validated<T>(source: YamlSource, validator: Validator<T>): Validated<T> {
  const sink = new DiagnosticSink(source.file, source.positionOf)
  sink.diagnostics.push(...source.diagnostics)
  if (sink.hasErrors) return { source, sink }
  const value = checkSchema(validator(), source.value, sink)
  return value === undefined ? { source, sink } : { source, sink, value }
}

/** Reads a YAML/JSON file and validates it against a schema. */
export function readValidated<T>(file: string, validator: Validator<T>): Validated<T> {
  return validated(readYamlSource(file), validator)
}

/**
 * ajv's compiler: the one setup every validator uses, and compiling a schema at run time. Running
 * from source compiles each schema on first use; the bundle generates every validator when it is
 * built (standalone.ts for precompiled.ts), so no command of the bundle loads this module, nor ajv's
 * compiler with it (50 ms of every command that reads a policy or a suite).
 */
import { Ajv } from 'ajv'
import type { Options, ValidateFunction } from 'ajv'
import { EXPECTED_KEYWORD } from './diagnostics.js'

/** The one ajv setup: the validators compiled at run time and those generated at build time (standalone.ts) share it. */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    // `type: ["string", "object"]` is how the schemas spell unions without oneOf noise.
    allowUnionTypes: true,
    // Errors then carry the offending data and the schema object, which the messages quote.
    verbose: true,
    ...options
  })
  ajv.addKeyword({ keyword: EXPECTED_KEYWORD, schemaType: 'string' })
  return ajv
}

let shared: Ajv | undefined

/** A schema's validator compiled now, with one ajv for all. */
export function compileSchema<T>(schema: object): ValidateFunction<T> {
  return (shared ??= createAjv()).compile<T>(schema)
}

/**
 * What a front end tells the user when something goes wrong. A user or environment error (a bad
 * flag, an unreachable endpoint, a file that cannot be written) is the user's to fix: the message is
 * the whole report (exit 2). Anything else is a bug in the gate (exit 4). Stacks are printed only
 * when asked for (`--debug`, SCHEMING_GATE_DEBUG=1): they help whoever fixes a bug, and to everyone
 * else they hide the sentence that says what to do.
 */

/** A problem in what the user gave or in the environment the run is in. */
export class UserError extends Error {}

/** Evidence that does not verify (a recording or a shard folder): exit 5 rather than 2. */
export class EvidenceError extends UserError {}

/** File-system failures: a path that does not exist, cannot be read or written, a full disk. */
const SYSTEM_CODES = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EROFS', 'ENOSPC', 'EDQUOT', 'EEXIST', 'ENAMETOOLONG', 'EMFILE'])

export function isUserFacing(e: unknown): boolean {
  if (e instanceof UserError) return true
  const { code, syscall } = (typeof e === 'object' && e !== null ? e : {}) as { code?: unknown; syscall?: unknown }
  if (typeof code !== 'string') return false
  // node:util parseArgs: an unknown flag, a missing value.
  return code.startsWith('ERR_PARSE_ARGS') || (SYSTEM_CODES.has(code) && typeof syscall === 'string')
}

export function debugRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SCHEMING_GATE_DEBUG === '1' || env.SCHEMING_GATE_DEBUG === 'true'
}

/** The message, or with `debug` the stack (which starts with the message). */
export function errorText(e: unknown, debug: boolean): string {
  if (!(e instanceof Error)) return String(e)
  return debug && e.stack ? e.stack : e.message
}

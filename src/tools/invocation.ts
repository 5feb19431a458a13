/**
 * What a command of the simulated shell sees while it runs: its arguments and I/O, and helpers that
 * route its effects through world ops. The shell (shell.ts) implements it and dispatches to the
 * commands (shell-commands.ts); the commands know only this contract, so the two import one way.
 */
import type { OpKind } from '../scenario/types.js'
import type { FileState, OpResult } from '../world/types.js'
import type { ToolContext } from './types.js'

export interface ShellEnv {
  host: string
  cwd: string
  depth: number
  /** Aliases being expanded (bash does not re-expand an alias inside its own expansion). */
  expanding: readonly string[]
}

export interface Invocation {
  readonly name: string
  readonly args: string[]
  readonly stdin: string | undefined
  readonly env: ShellEnv
  readonly ctx: ToolContext
  /** The exit status so far; a command sets it to fail without a message. */
  status: number
  out(text: string): void
  /** Prints `<command>: message` (each line) on stderr and sets a failing status. */
  fail(message: string, status?: number): void
  /** Absolute path of an argument, relative to the shell's working directory. */
  path(path: string): string
  op(kind: OpKind, args: Record<string, unknown>): OpResult
  /** A file op on the current host; a refusal is reported (`cmd: reason`) and yields undefined. */
  fileOp(kind: OpKind, path: string, extra?: Record<string, unknown>): string | undefined
  /** Reports a failed op as this command's error; returns the output of a successful one. */
  report(result: OpResult): string | undefined
  file(path: string): FileState | undefined
  exists(path: string): boolean
  /** Host key for a name or address as written in `ssh`/`scp` (`localhost` is the current host). */
  resolveHost(name: string): string | undefined
  /** Runs shell text in `env` (nested: depth-limited); its output becomes this command's output. */
  run(text: string, env: ShellEnv): void
  /**
   * Runs a file: scripted programs through `file.exec`, text scripts line by line. `./x` needs the
   * execute bit (`needExec`), `bash x` does not.
   */
  execute(path: string, needExec: boolean): void
}

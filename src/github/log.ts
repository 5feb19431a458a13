/**
 * Putting untrusted text (model output, PR-controlled file content) in the job log without letting
 * the runner read it as a workflow command.
 *
 * The runner treats a line as a command when, after trimming any Unicode whitespace, it starts
 * with `::`, or when it contains the legacy `##[` anywhere; CR also ends a line. So each untrusted
 * line gets a visible non-space prefix and `##[` is broken, and the whole block sits between
 * `::stop-commands::<random token>` and `::<token>::`, which the runner honours for every command.
 */
import { randomUUID } from 'node:crypto'

const LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/

/** Lines that can never be parsed as a command, even with stop-commands ignored. */
export function neutraliseLines(text: string): string[] {
  return text.split(LINE_BREAK).map((line) => `│ ${line.replace(/##\[/g, '#\u200b#[')}`)
}

/** Writes untrusted text to the log with commands stopped; the resume line is written even on error. */
export function logUntrusted(write: (line: string) => void, text: string): void {
  const token = randomUUID()
  write(`::stop-commands::${token}`)
  try {
    for (const line of neutraliseLines(text)) write(line)
  } finally {
    write(`::${token}::`)
  }
}

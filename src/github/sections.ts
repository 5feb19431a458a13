/**
 * The parts of the step summary and PR comment that only the action has to say: which policy
 * decided, what the PR tried to change in it, annotations left out, whether the comment was written,
 * and the reports for runs that did not get as far as a verdict (skipped, configuration error).
 */
import type { Diagnostic } from '../config/diagnostics.js'
import { codeBlock, escapeMarkdown, inlineCode, table } from '../report/markdown.js'
import type { Level } from '../report/annotations.js'
import type { CommentResult } from './comment.js'
import type { MissingCredential } from './credentials.js'
import type { EventInfo } from './context.js'
import type { PolicyFile } from './policy.js'
import type { RepoPathOf } from './locate.js'

const SOURCE: Record<PolicyFile['source'], string> = {
  base: 'base commit',
  head: 'this commit',
  'built-in': 'built-in default'
}

export function policySection(files: readonly PolicyFile[], event: EventInfo): string {
  const rows = files.map((f) => [f.kind, f.repoPath ? inlineCode(f.repoPath) : '–', SOURCE[f.source]])
  const where = event.pullRequest
    ? `Pull request #${event.pullRequest.number}: the policy is read from the base commit \`${event.pullRequest.baseSha.slice(0, 12)}\` unless \`policy-source: head\`.`
    : `Event ${inlineCode(event.eventName)}: the policy of the checked-out commit applies.`
  const parts = ['### Policy', where, table(['File', 'Path', 'Decided by'], rows)]
  for (const f of files) {
    if (f.note) parts.push(`- ${f.note}`)
    if (f.change) {
      parts.push(
        `**This PR changes ${inlineCode(f.repoPath)}.** The base commit's version decided this run; the change applies once it is merged.`,
        // PR-controlled text: inside a fence longer than any backtick run in it, so it renders as text only.
        codeBlock(f.change.text, 'diff')
      )
    }
  }
  return parts.join('\n\n')
}

export function hiddenAnnotationsNote(hidden: Record<Level, number>): string | null {
  const parts = (Object.entries(hidden) as Array<[Level, number]>).filter(([, n]) => n > 0).map(([level, n]) => `${n} ${level}${n === 1 ? '' : 's'}`)
  if (parts.length === 0) return null
  return `> ${parts.join(', ')} more than the 10 annotations per level GitHub shows; the tables above list every cell.`
}

export function commentNote(result: CommentResult | undefined, event: EventInfo): string | null {
  if (!result) return null
  if (result.status === 'forbidden') {
    const why = event.pullRequest?.fork ? 'a pull request from a fork gets a read-only token' : 'the token lacks `pull-requests: write`'
    return `> 💬 No PR comment: ${why}. This summary is the report.`
  }
  if (result.status === 'failed') return `> 💬 The PR comment could not be written: ${escapeMarkdown(result.message)}`
  return null
}

export function skippedReport(missing: MissingCredential, event: EventInfo, willFail: boolean): string {
  const why = event.pullRequest?.fork
    ? 'This is a pull request from a fork: GitHub does not pass secrets to it.'
    : `The \`${missing.input}\` input is empty (is the secret set and passed to the step?).`
  return [
    `## scheming-gate: ⏭️ SKIPPED — no credentials for ${inlineCode(missing.provider)}`,
    `${why} No episode ran, so there is **no verdict**: this is not a pass.`,
    willFail
      ? 'The step fails because `on-missing-credentials: fail`.'
      : 'A maintainer run (or a run on the base repository) is needed to gate this change. Set `on-missing-credentials: fail` to make this a failure.'
  ].join('\n\n')
}

const DIAGNOSTICS_SHOWN = 50

export function configErrorReport(diagnostics: readonly Diagnostic[], repoPath: RepoPathOf): string {
  const lines = diagnostics.slice(0, DIAGNOSTICS_SHOWN).map((d) => {
    const path = repoPath(d.file) ?? d.file
    return `- ${inlineCode(`${path}:${d.line}:${d.column}`)} ${d.severity}: ${escapeMarkdown(d.message)}`
  })
  if (diagnostics.length > DIAGNOSTICS_SHOWN) lines.push(`- … and ${diagnostics.length - DIAGNOSTICS_SHOWN} more`)
  return ['## scheming-gate: 🛑 CONFIGURATION ERROR', 'Nothing ran: the scenarios or the policy are invalid.', lines.join('\n')].join('\n\n')
}

/**
 * Where to read the evidence viewer: the uploaded page, or where the file is and how to get a link.
 * `tried`: an upload was asked for (and failed, when there is no URL).
 */
export function reportSection(url: string | undefined, tried: boolean): string {
  const what = 'verdict, rates with intervals, every episode\'s timeline (tool calls, permission verdicts, world diffs, the closing interview), one self-contained page'
  if (url) return `### Evidence viewer\n\n📄 **[Open report.html](${url})**: ${what}.`
  const how = tried
    ? 'Its upload failed (see the warning); it is also in the evidence artifact, if that was uploaded.'
    : 'Set `upload-evidence: true` and this summary links it (uploaded unzipped, it opens in the browser), or upload the file with `actions/upload-artifact` and `archive: false`.'
  return `### Evidence viewer\n\n\`report.html\` in the out folder: ${what}. ${how}`
}

/** The report of a run that stopped before a verdict for any reason but a configuration error. */
export function errorReport(message: string, internal: boolean): string {
  const what = internal
    ? 'Nothing was judged: the gate itself failed (a bug; the stack trace is in the step\'s debug log).'
    : 'Nothing was judged. What happened, and the way out:'
  return [`## scheming-gate: 🛑 ${internal ? 'INTERNAL ERROR' : 'ERROR'}`, what, `> ${escapeMarkdown(message)}`, 'This is not a pass: the step fails and the `verdict` output is `error`.'].join('\n\n')
}

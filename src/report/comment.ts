/**
 * The sticky PR comment's body: a hidden marker naming the job and matrix leg (so each leg keeps
 * its own comment and finds it again), then the report cut to fit GitHub's comment limit.
 */
import { fitMarkdown } from './markdown.js'

/** GitHub rejects bodies over 65,536 characters; the margin leaves room for the marker. */
export const COMMENT_LIMIT = 60_000

/** Job ids and matrix values are free text: encoded so that no value can end the HTML comment. */
export function commentMarker(job: string, leg: string): string {
  return `<!-- scheming-gate:sticky job=${encodeURIComponent(job)} leg=${encodeURIComponent(leg)} -->`
}

export function commentBody(marker: string, markdown: string): string {
  const note = 'Cut to fit the comment size limit; the step summary and results.json have the rest.'
  return `${marker}\n${fitMarkdown(markdown, COMMENT_LIMIT - marker.length - 1, note, 'chars')}`
}

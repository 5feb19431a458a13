/**
 * A small line diff for showing how a PR changes a policy file (thresholds, waivers): changed lines
 * with one line of context, hunks separated by `…`. Policy files are short; past a size where the
 * quadratic table would be wasteful, the caller gets null and says only that the file changed.
 */

const MAX_LINES = 2000
const CONTEXT = 1

type Op = { kind: ' ' | '-' | '+'; text: string }

function lcsOps(a: readonly string[], b: readonly string[]): Op[] {
  // suffix[i][j] = length of the longest common subsequence of a[i..] and b[j..].
  const suffix = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      suffix[i][j] = a[i] === b[j] ? suffix[i + 1][j + 1] + 1 : Math.max(suffix[i + 1][j], suffix[i][j + 1])
    }
  }
  const ops: Op[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i++] })
      j++
    } else if (i < a.length && (j === b.length || suffix[i + 1][j] >= suffix[i][j + 1])) {
      // Deletions first, as in a unified diff.
      ops.push({ kind: '-', text: a[i++] })
    } else {
      ops.push({ kind: '+', text: b[j++] })
    }
  }
  return ops
}

export interface LineDiff {
  /** `-`/`+`/` `-prefixed lines, hunks separated by `…`. */
  text: string
  /** 1-based line in the new text of the first change, for an annotation. */
  firstChangedLine: number
}

/** The diff from `before` to `after`, or null when they are equal or too long to diff here. */
export function lineDiff(before: string, after: string): LineDiff | null {
  if (before === after) return null
  const a = before.split('\n')
  const b = after.split('\n')
  if (a.length > MAX_LINES || b.length > MAX_LINES) return { text: `(${a.length} → ${b.length} lines; too long to show)`, firstChangedLine: 1 }
  const ops = lcsOps(a, b)
  const near = (k: number) => ops.slice(Math.max(0, k - CONTEXT), k + CONTEXT + 1).some((o) => o.kind !== ' ')
  const out: string[] = []
  let newLine = 0
  let firstChangedLine = 0
  let skipped = false
  ops.forEach((op, k) => {
    if (op.kind !== '-') newLine++
    if (op.kind !== ' ' && firstChangedLine === 0) firstChangedLine = Math.max(1, op.kind === '+' ? newLine : newLine + 1)
    if (!near(k)) {
      skipped = true
      return
    }
    if (skipped && out.length > 0) out.push('…')
    skipped = false
    out.push(`${op.kind}${op.text}`)
  })
  return { text: out.join('\n'), firstChangedLine }
}

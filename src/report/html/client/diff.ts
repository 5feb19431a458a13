/**
 * A world diff as a reader wants it: files as unified line diffs (added, removed, edited, mode
 * changes), everything else (config keys, processes, mail, credentials, agents) as `path: before →
 * after`. The trace keeps the structural changes; this only lays them out.
 */
import type { WorldChange } from '../../../world/types.js'
import { h, type Child } from './dom.js'

type Line = { op: ' ' | '+' | '-'; text: string }

/** Beyond this many cells the LCS table is not worth it: the diff shows all old lines, then all new. */
const MAX_CELLS = 4_000_000
const CONTEXT = 3

/** A text's lines; the newline that ends its last line does not start another. */
function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n')
}

/** A line diff by longest common subsequence: small files, exact and minimal. */
export function lineDiff(before: string, after: string): Line[] {
  const a = lines(before)
  const b = lines(after)
  if (a.length * b.length > MAX_CELLS) return [...a.map((text): Line => ({ op: '-', text })), ...b.map((text): Line => ({ op: '+', text }))]
  const n = a.length
  const m = b.length
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array.
  const lcs = new Uint32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = a[i] === b[j] ? (lcs[(i + 1) * (m + 1) + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * (m + 1) + j] as number, lcs[i * (m + 1) + j + 1] as number)
    }
  }
  const out: Line[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: ' ', text: a[i] as string })
      i++
      j++
    } else if ((lcs[(i + 1) * (m + 1) + j] as number) >= (lcs[i * (m + 1) + j + 1] as number)) out.push({ op: '-', text: a[i++] as string })
    else out.push({ op: '+', text: b[j++] as string })
  }
  while (i < n) out.push({ op: '-', text: a[i++] as string })
  while (j < m) out.push({ op: '+', text: b[j++] as string })
  return out
}

/** Unchanged runs longer than the context on both sides fold into one line. */
function folded(lines: readonly Line[]): Child[] {
  const keep = lines.map((l, i) => l.op !== ' ' || lines.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((x) => x.op !== ' '))
  const out: Child[] = []
  let skipped = 0
  lines.forEach((l, i) => {
    if (!keep[i]) {
      skipped++
      return
    }
    if (skipped > 0) out.push(h('span', { class: 'fold' }, `… ${skipped} unchanged line${skipped === 1 ? '' : 's'}\n`))
    skipped = 0
    out.push(h('span', { class: l.op === '+' ? 'add' : l.op === '-' ? 'del' : 'ctx' }, `${l.op} ${l.text}\n`))
  })
  if (skipped > 0) out.push(h('span', { class: 'fold' }, `… ${skipped} unchanged line${skipped === 1 ? '' : 's'}\n`))
  return out
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2)
}

function fileContent(value: unknown): string | undefined {
  return value !== null && typeof value === 'object' && typeof (value as { content?: unknown }).content === 'string' ? (value as { content: string }).content : undefined
}

interface FileChanges {
  host: string
  path: string
  changes: WorldChange[]
}

function fileBlock(f: FileChanges): HTMLElement {
  const parts: Child[] = []
  let status = 'changed'
  for (const c of f.changes) {
    const field = c.path[4]
    if (field === undefined) {
      status = c.kind
      const content = fileContent(c.kind === 'added' ? c.after : c.before) ?? ''
      parts.push(h('pre', { class: 'diff' }, folded(c.kind === 'added' ? lineDiff('', content) : lineDiff(content, ''))))
    } else if (field === 'content') {
      parts.push(h('pre', { class: 'diff' }, folded(lineDiff(text(c.before ?? ''), text(c.after ?? '')))))
    } else {
      parts.push(h('div', { class: 'field' }, `${c.path.slice(4).join('.')}: ${c.kind === 'added' ? '' : `${text(c.before)} → `}${c.kind === 'removed' ? '(removed)' : text(c.after)}`))
    }
  }
  return h('div', { class: `file ${status}` }, h('div', { class: 'file-head' }, h('code', {}, `${f.host}:${f.path}`), ` ${status}`), parts)
}

/** An array that only grew (chat, revoked tools) shows what was appended. */
function otherChange(c: WorldChange): HTMLElement {
  const where = c.path.join(' › ')
  if (c.kind === 'changed' && Array.isArray(c.before) && Array.isArray(c.after) && c.after.length > c.before.length && c.before.every((v, i) => JSON.stringify(v) === JSON.stringify((c.after as unknown[])[i]))) {
    return h('div', { class: 'change' }, h('code', {}, where), ' appended:', h('pre', { class: 'diff' }, c.after.slice(c.before.length).map((v) => h('span', { class: 'add' }, `+ ${text(v)}\n`))))
  }
  if (c.kind === 'changed' && (typeof c.before !== 'object' || c.before === null) && (typeof c.after !== 'object' || c.after === null)) {
    return h('div', { class: 'change' }, h('code', {}, where), `: ${text(c.before)} → ${text(c.after)}`)
  }
  const body: Child[] = []
  if (c.kind !== 'added') body.push(h('span', { class: 'del' }, text(c.before).split('\n').map((l) => `- ${l}\n`).join('')))
  if (c.kind !== 'removed') body.push(h('span', { class: 'add' }, text(c.after).split('\n').map((l) => `+ ${l}\n`).join('')))
  return h('div', { class: 'change' }, h('code', {}, where), ` ${c.kind}`, h('pre', { class: 'diff' }, body))
}

export function renderChanges(changes: readonly WorldChange[]): HTMLElement {
  const files = new Map<string, FileChanges>()
  const blocks: Array<FileChanges | WorldChange> = []
  for (const c of changes) {
    const [root, host, branch, path] = c.path
    if (root === 'hosts' && branch === 'files' && host !== undefined && path !== undefined) {
      const key = `${host}\0${path}`
      let f = files.get(key)
      if (!f) {
        f = { host, path, changes: [] }
        files.set(key, f)
        blocks.push(f)
      }
      f.changes.push(c)
    } else {
      blocks.push(c)
    }
  }
  return h('div', { class: 'world-diff' }, blocks.map((b) => ('host' in b ? fileBlock(b) : otherChange(b))))
}

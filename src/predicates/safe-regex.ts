/**
 * Every pattern that comes from a model or a scenario runs here, on a linear-time engine (RE2JS,
 * a pure-JS RE2): a model's `grep -E '(a+)+$'` or an author's claim pattern cannot backtrack for
 * ever against text the model controls. JavaScript syntax is accepted where RE2 has the same
 * construct. Backreferences have no linear-time form and are refused with an error naming them.
 *
 * Lookaround is allowed only where a scenario asks for it (`lookaround: true`): a lookbehind runs
 * on RE2JS's linear-time captureless lookbehinds, and a pattern with lookaheads is matched
 * reversed against the reversed text, where its lookaheads become lookbehinds. Both are exact for
 * "does it match" and give a correct (not necessarily the leftmost) match text; a pattern with
 * both kinds, or a lookahead where the match position matters (replacing), is refused.
 */
import { RE2JS } from 're2js'

export class PatternError extends Error {}

export interface SafeRegexOptions {
  ignoreCase?: boolean
  /** Allow lookahead and lookbehind (scenario patterns; the shell's grep and sed have none). */
  lookaround?: boolean
}

export interface SafeRegex {
  test(text: string): boolean
  /** The matched text first, then the groups (none for a reversed pattern); null when no match. */
  exec(text: string): string[] | null
  /** String.replace semantics (`$&`, `$1`); `global` replaces every match. */
  replace(text: string, replacement: string, global: boolean): string
}

// ------------------------------------------------------------ a small parse of JS pattern syntax

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'anchor'; text: '^' | '$' }
  | { kind: 'group'; open: string; look?: 'ahead' | 'behind'; alternatives: Node[][]; quantifier: string }
  | { kind: 'atom'; text: string; quantifier: string }

const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/

function invalid(source: string, problem: string): PatternError {
  return new PatternError(`invalid regular expression \`${source}\`: ${problem}`)
}

function unsupported(construct: string, source: string): PatternError {
  return new PatternError(`${construct} is not supported in \`${source}\`: patterns run on a linear-time engine (RE2)`)
}

/** Parses `source` into alternatives of nodes; refuses backreferences, and lookaround unless allowed. */
function parse(source: string, lookaround: boolean): Node[][] {
  let i = 0
  const quantifier = (): string => {
    const q = QUANTIFIER.exec(source.slice(i))?.[0] ?? ''
    i += q.length
    return q
  }
  const escape = (): string => {
    const rest = source.slice(i)
    const m = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|x\{[0-9a-fA-F]+\}|[pP]\{[^}]*\}|c[A-Za-z]|k<[^>]*>|[\s\S])/.exec(rest)
    const text = m?.[0] ?? '\\'
    if (/^\\[1-9]/.test(text) || text.startsWith('\\k<')) throw unsupported(`a backreference (\`${text}\`)`, source)
    i += text.length
    return text
  }
  const alternatives = (depth: number): Node[][] => {
    const alts: Node[][] = [[]]
    while (i < source.length) {
      const c = source[i] as string
      const seq = alts[alts.length - 1] as Node[]
      if (c === '|') {
        i++
        alts.push([])
      } else if (c === ')') {
        if (depth === 0) throw invalid(source, 'unmatched `)`')
        return alts
      } else if (c === '(') {
        const open = /^\((?:\?(?:<?[=!]|:|<[A-Za-z_]\w*>|P<[A-Za-z_]\w*>|[imsU-]+:?))?/.exec(source.slice(i))?.[0] ?? '('
        const look = open.includes('=') || open.includes('!') ? (open.startsWith('(?<') ? 'behind' : 'ahead') : undefined
        if (look !== undefined && !lookaround) throw unsupported(`a look${look} (\`${open}\`)`, source)
        i += open.length
        const inner = alternatives(depth + 1)
        if (source[i] !== ')') throw invalid(source, 'missing `)`')
        i++
        seq.push({ kind: 'group', open, ...(look ? { look } : {}), alternatives: inner, quantifier: quantifier() })
      } else if (c === '^' || c === '$') {
        i++
        seq.push({ kind: 'anchor', text: c })
      } else if (c === '[') {
        const m = /^\[\^?\]?(?:\\[\s\S]|[^\]\\])*\]/.exec(source.slice(i))
        if (!m) throw invalid(source, 'missing `]`')
        i += m[0].length
        seq.push({ kind: 'atom', text: m[0], quantifier: quantifier() })
      } else {
        const text = c === '\\' ? escape() : (i++, c)
        seq.push({ kind: 'atom', text, quantifier: quantifier() })
      }
    }
    return alts
  }
  const parsed = alternatives(0)
  if (i < source.length) throw invalid(source, 'unmatched `)`')
  return parsed
}

function* groups(alts: readonly Node[][]): Generator<Extract<Node, { kind: 'group' }>> {
  for (const seq of alts) {
    for (const n of seq) {
      if (n.kind !== 'group') continue
      yield n
      yield* groups(n.alternatives)
    }
  }
}

/** Back to text; lookbehind groups lose their captures (RE2JS's lookbehinds are captureless). */
function print(alts: readonly Node[][], inLookbehind = false): string {
  return alts
    .map((seq) =>
      seq
        .map((n) => {
          if (n.kind !== 'group') return n.kind === 'atom' ? n.text + n.quantifier : n.text
          const behind = inLookbehind || n.look === 'behind'
          const open = inLookbehind && n.look === undefined ? '(?:' : n.open
          return `${open}${print(n.alternatives, behind)})${n.quantifier}`
        })
        .join('')
    )
    .join('|')
}

/** The pattern that matches the reversed text: sequences reversed, anchors swapped, lookaheads turned into lookbehinds. */
function reverse(alts: readonly Node[][]): Node[][] {
  return alts.map((seq) =>
    [...seq].reverse().map((n): Node => {
      if (n.kind === 'anchor') return { kind: 'anchor', text: n.text === '^' ? '$' : '^' }
      if (n.kind !== 'group') return n
      const open = n.look === 'ahead' ? n.open.replace('(?', '(?<') : n.open
      return { ...n, open, ...(n.look ? { look: 'behind' as const } : {}), alternatives: reverse(n.alternatives) }
    })
  )
}

// ------------------------------------------------------------ compiling and matching

function compileRe2(source: string, shown: string, flags: number): RE2JS {
  try {
    return RE2JS.compile(RE2JS.translateRegExp(source), flags)
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/^error parsing regexp: /, '')
    throw invalid(shown, message)
  }
}

const reversedText = (text: string): string => Array.from(text).reverse().join('')

/** Compiles a pattern from a model or a scenario; throws PatternError naming what RE2 cannot run. */
export function safeRegex(source: string, opts: SafeRegexOptions = {}): SafeRegex {
  const parsed = parse(source, opts.lookaround ?? false)
  const looks = new Set([...groups(parsed)].flatMap((g) => (g.look ? [g.look] : [])))
  if (looks.size > 1) throw new PatternError(`\`${source}\` uses both lookahead and lookbehind: a pattern may use one kind only`)
  const flags = (opts.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0) | (looks.size > 0 ? RE2JS.LOOKBEHINDS : 0)
  if (looks.has('ahead')) {
    // Reversing moves an inline flag group such as `(?i)` to the other end, where it means something else.
    if ([...groups(parsed)].some((g) => /^\(\?[imsU-]+$/.test(g.open))) throw new PatternError(`\`${source}\` combines a lookahead with an inline flag group: use the \`(?i:…)\` form`)
    const re = compileRe2(print(reverse(parsed)), source, flags)
    return {
      test: (text) => re.test(reversedText(text)),
      exec: (text) => {
        const m = re.exec(reversedText(text))
        return m === null ? null : [reversedText(String(m[0]))]
      },
      replace: () => {
        throw new PatternError(`\`${source}\` uses a lookahead, which can only test for a match, not replace one`)
      }
    }
  }
  const re = compileRe2(print(parsed), source, flags)
  return {
    test: (text) => re.test(text),
    exec: (text) => {
      const m = re.exec(text)
      return m === null ? null : m.map((g) => (g === undefined || g === null ? '' : String(g)))
    },
    replace: (text, replacement, global) => {
      const matcher = re.matcher(text)
      return global ? matcher.replaceAll(replacement) : matcher.replaceFirst(replacement)
    }
  }
}

/** The message for a pattern that cannot compile, or null: what validation reports at the pattern's line. */
export function patternError(source: string, opts: SafeRegexOptions = {}): string | null {
  try {
    safeRegex(source, opts)
    return null
  } catch (e) {
    if (e instanceof PatternError) return e.message
    throw e
  }
}

/** A compiled pattern per source and options: scenario patterns are matched in every episode. */
const cache = new Map<string, SafeRegex>()

export function cachedRegex(source: string, opts: SafeRegexOptions = {}): SafeRegex {
  const key = `${opts.ignoreCase ? 'i' : '-'}${opts.lookaround ? 'l' : '-'}${source}`
  let re = cache.get(key)
  if (!re) {
    re = safeRegex(source, opts)
    cache.set(key, re)
  }
  return re
}

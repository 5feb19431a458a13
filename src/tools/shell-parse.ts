/**
 * Tokeniser and parser for the simulated shell: a small, honest subset of POSIX sh. Supported:
 * quoting ('...', "...", backslash), `;` `&&` `||` `|` newlines, `( list )` subshells, comments,
 * redirections (> >> 2> 2>> &> 2>&1 >&2 < << <<- <<<), unquoted glob characters. Not supported:
 * variables, command substitution, control flow (if/for/while), functions. `&` runs in sequence.
 */

export interface Word {
  text: string
  /** Has an unquoted `*`, `?` or `[`: subject to pathname expansion. */
  glob: boolean
}

export type Redirect =
  | { kind: 'out'; fd: 1 | 2 | 'both'; append: boolean; target: string }
  | { kind: 'dup'; from: 1 | 2; to: 1 | 2 }
  | { kind: 'in'; target: string }
  | { kind: 'here'; body: string }

export type Command =
  | { kind: 'simple'; words: Word[]; redirects: Redirect[] }
  | { kind: 'group'; list: List; redirects: Redirect[] }

export type Pipeline = Command[]

export type Connector = ';' | '&&' | '||'

/** Pipelines in order; each runs depending on its connector and the previous exit status. */
export type List = Array<{ connector: Connector; pipeline: Pipeline }>

export class ShellSyntaxError extends Error {}

type Token =
  | { t: 'word'; word: Word }
  | { t: 'op'; op: Connector | '|' | '(' | ')' }
  | { t: 'redir'; redirect: PendingRedirect }

/** A redirect whose target word (or heredoc body) is filled in after the operator is read. */
type PendingRedirect = { kind: 'out'; fd: 1 | 2 | 'both'; append: boolean } | { kind: 'dup'; from: 1 | 2; to: 1 | 2 } | { kind: 'in' } | { kind: 'herestring' } | { kind: 'here'; body: string }

const OPERATORS: Array<[string, Connector | '|' | '(' | ')']> = [
  ['&&', '&&'],
  ['||', '||'],
  [';', ';'],
  ['|', '|'],
  ['&', ';'],
  ['(', '('],
  [')', ')']
]

const REDIRECTS: Array<[RegExp, (m: RegExpExecArray) => PendingRedirect]> = [
  [/^&>>/, () => ({ kind: 'out', fd: 'both', append: true })],
  [/^&>/, () => ({ kind: 'out', fd: 'both', append: false })],
  [/^([12]?)>&([12])/, (m) => ({ kind: 'dup', from: m[1] === '2' ? 2 : 1, to: m[2] === '2' ? 2 : 1 })],
  [/^([12]?)>>/, (m) => ({ kind: 'out', fd: m[1] === '2' ? 2 : 1, append: true })],
  [/^([12]?)>\|?/, (m) => ({ kind: 'out', fd: m[1] === '2' ? 2 : 1, append: false })],
  [/^<<</, () => ({ kind: 'herestring' })],
  [/^<</, () => ({ kind: 'here', body: '' })],
  [/^</, () => ({ kind: 'in' })]
]

export const HOME = '/root'

const WORD_BREAK = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')'])

interface Heredoc {
  redirect: { kind: 'here'; body: string }
  delimiter: string
  stripTabs: boolean
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  const heredocs: Heredoc[] = []
  let i = 0
  while (i < source.length) {
    const c = source[i] as string
    if (c === '\n') {
      tokens.push({ t: 'op', op: ';' })
      i = readHeredocBodies(source, i + 1, heredocs.splice(0))
    } else if (c === ' ' || c === '\t') {
      i++
    } else if (c === '\\' && source[i + 1] === '\n') {
      i += 2
    } else if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++
    } else {
      i = readToken(source, i, tokens, heredocs)
    }
  }
  if (heredocs.length > 0) readHeredocBodies(source, source.length, heredocs)
  return tokens
}

function readToken(source: string, start: number, tokens: Token[], heredocs: Heredoc[]): number {
  const rest = source.slice(start)
  for (const [pattern, make] of REDIRECTS) {
    const match = pattern.exec(rest)
    if (match === null) continue
    const redirect = make(match)
    tokens.push({ t: 'redir', redirect })
    let i = start + match[0].length
    if (redirect.kind === 'here') {
      const stripTabs = source[i] === '-'
      if (stripTabs) i++
      while (source[i] === ' ' || source[i] === '\t') i++
      const delimiter = readWord(source, i)
      heredocs.push({ redirect, delimiter: delimiter.word.text, stripTabs })
      i = delimiter.end
    }
    return i
  }
  for (const [text, op] of OPERATORS) {
    if (rest.startsWith(text)) {
      tokens.push({ t: 'op', op })
      return start + text.length
    }
  }
  const { word, end } = readWord(source, start)
  tokens.push({ t: 'word', word })
  return end
}

/** One word with quotes removed; stops at whitespace or an operator character outside quotes. */
function readWord(source: string, start: number): { word: Word; end: number } {
  let text = ''
  let glob = false
  let i = start
  while (i < source.length && !WORD_BREAK.has(source[i] as string)) {
    const c = source[i] as string
    const next = source[i + 1]
    if (c === '~' && i === start && (next === undefined || next === '/' || WORD_BREAK.has(next))) {
      text += HOME // tilde expansion: the agent's shell is root's
      i++
    } else if (c === "'") {
      const close = source.indexOf("'", i + 1)
      if (close < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''")
      text += source.slice(i + 1, close)
      i = close + 1
    } else if (c === '"') {
      const read = readDoubleQuoted(source, i + 1)
      text += read.text
      i = read.end
    } else if (c === '\\') {
      if (source[i + 1] !== undefined && source[i + 1] !== '\n') text += source[i + 1]
      i += 2
    } else {
      if (c === '*' || c === '?' || c === '[') glob = true
      text += c
      i++
    }
  }
  return { word: { text, glob }, end: i }
}

function readDoubleQuoted(source: string, start: number): { text: string; end: number } {
  let text = ''
  let i = start
  while (i < source.length && source[i] !== '"') {
    const next = source[i + 1]
    // Inside double quotes a backslash only escapes these characters; elsewhere it is literal.
    if (source[i] === '\\' && next !== undefined && '"\\$`\n'.includes(next)) {
      if (next !== '\n') text += next
      i += 2
    } else {
      text += source[i]
      i++
    }
  }
  if (i >= source.length) throw new ShellSyntaxError('unexpected EOF while looking for matching `"\'')
  return { text, end: i + 1 }
}

/** Fills pending heredocs from the lines after `start`; returns the index after the last delimiter line. */
function readHeredocBodies(source: string, start: number, pending: Heredoc[]): number {
  let i = start
  for (const heredoc of pending) {
    const lines: string[] = []
    while (i < source.length) {
      const end = source.indexOf('\n', i) < 0 ? source.length : source.indexOf('\n', i)
      const raw = source.slice(i, end)
      i = end + 1
      const line = heredoc.stripTabs ? raw.replace(/^\t+/, '') : raw
      if (line === heredoc.delimiter) break
      lines.push(line + '\n')
    }
    heredoc.redirect.body = lines.join('')
  }
  return Math.min(i, source.length)
}

// ---------------------------------------------------------------- parser

export function parse(source: string): List {
  const parser = new Parser(tokenize(source))
  const list = parser.list()
  parser.expectEnd()
  return list
}

class Parser {
  private at = 0
  constructor(private readonly tokens: Token[]) {}

  list(): List {
    const list: List = []
    let connector: Connector = ';'
    for (;;) {
      // Empty statements (`;;`, blank lines) are skipped, except right after && / || where bash needs a command.
      while (connector === ';' && this.isOp(';')) this.at++
      if (connector !== ';') while (this.isOp(';')) this.at++
      const token = this.tokens[this.at]
      if (token === undefined || (token.t === 'op' && token.op === ')')) {
        if (connector !== ';') throw new ShellSyntaxError('syntax error: unexpected end of file')
        return list
      }
      list.push({ connector, pipeline: this.pipeline() })
      const next = this.tokens[this.at]
      if (next === undefined || (next.t === 'op' && next.op === ')')) return list
      if (next.t !== 'op' || next.op === '|' || next.op === '(' || next.op === ')') throw unexpected(next)
      connector = next.op
      this.at++
    }
  }

  expectEnd(): void {
    const token = this.tokens[this.at]
    if (token !== undefined) throw unexpected(token)
  }

  private pipeline(): Pipeline {
    const commands = [this.command()]
    while (this.isOp('|')) {
      this.at++
      commands.push(this.command())
    }
    return commands
  }

  private command(): Command {
    if (this.isOp('(')) {
      this.at++
      const list = this.list()
      if (!this.isOp(')')) throw new ShellSyntaxError("syntax error: expected `)'")
      this.at++
      return { kind: 'group', list, redirects: this.redirects(undefined) }
    }
    const words: Word[] = []
    const redirects = this.redirects(words)
    if (words.length === 0 && redirects.length === 0) {
      const token = this.tokens[this.at]
      throw token === undefined ? new ShellSyntaxError('syntax error: unexpected end of file') : unexpected(token)
    }
    return { kind: 'simple', words, redirects }
  }

  /** Reads redirections and, for a simple command (`words` given), the words interleaved with them. */
  private redirects(words: Word[] | undefined): Redirect[] {
    const redirects: Redirect[] = []
    for (let token = this.tokens[this.at]; token !== undefined && token.t !== 'op'; token = this.tokens[this.at]) {
      this.at++
      if (token.t === 'word') {
        if (words === undefined) throw unexpected(token)
        words.push(token.word)
      } else {
        redirects.push(this.target(token.redirect))
      }
    }
    return redirects
  }

  private target(pending: PendingRedirect): Redirect {
    if (pending.kind === 'dup' || pending.kind === 'here') return pending
    const token = this.tokens[this.at]
    if (token?.t !== 'word') throw new ShellSyntaxError('syntax error near unexpected token `newline\'')
    this.at++
    const target = token.word.text
    if (pending.kind === 'herestring') return { kind: 'here', body: target + '\n' }
    return pending.kind === 'in' ? { kind: 'in', target } : { ...pending, target }
  }

  private isOp(op: string): boolean {
    const token = this.tokens[this.at]
    return token?.t === 'op' && token.op === op
  }
}

function unexpected(token: Token): ShellSyntaxError {
  const text = token.t === 'word' ? token.word.text : token.t === 'op' ? token.op : 'redirection'
  return new ShellSyntaxError(`syntax error near unexpected token \`${text}'`)
}

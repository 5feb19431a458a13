/**
 * POSIX-style path handling for the in-memory filesystem. Pure string functions: the sandbox never
 * touches `node:path`, so nothing here can be mistaken for (or resolve against) the real filesystem.
 */

/** Absolute, normalised form of `path` (relative paths resolve against `cwd`): no `.`/`..`, no trailing slash. */
export function normalisePath(path: string, cwd = '/'): string {
  const joined = path.startsWith('/') ? path : `${cwd}/${path}`
  const parts: string[] = []
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return '/' + parts.join('/')
}

/** Last path component ('' for the root). */
export function basename(path: string): string {
  const normal = normalisePath(path)
  return normal.slice(normal.lastIndexOf('/') + 1)
}

/** Parent directory ('/' for top-level entries and the root itself). */
export function dirname(path: string): string {
  const normal = normalisePath(path)
  const cut = normal.lastIndexOf('/')
  return cut <= 0 ? '/' : normal.slice(0, cut)
}

/** `dir` joined with a relative `name`. */
export function joinPath(dir: string, name: string): string {
  return normalisePath(name, dir)
}

/** True when `path` lies strictly inside directory `dir` (both normalised). */
export function isInside(path: string, dir: string): boolean {
  return dir === '/' ? path !== '/' : path.startsWith(dir + '/')
}

// Fails when the committed dist/ differs from a fresh build of src/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const fresh = mkdtempSync(join(tmpdir(), 'sg-dist-'))
try {
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', fresh], { stdio: 'inherit' })
  const names = new Set([...readdirSync('dist'), ...readdirSync(fresh)])
  const stale = [...names].filter((n) => {
    try {
      return !readFileSync(join('dist', n)).equals(readFileSync(join(fresh, n)))
    } catch {
      return true
    }
  })
  // Git keeps the executable bit: `scheming-gate` (package.json bin) runs dist/cli.js directly.
  if ((statSync('dist/cli.js').mode & 0o111) === 0) stale.push('cli.js is not executable: chmod 755 dist/cli.js')
  if (stale.length > 0) {
    console.error(`dist/ is not what the build produces (${stale.join(', ')}): run \`npm run build\` and commit dist/.`)
    process.exit(1)
  }
  console.log('dist/ matches the build')
} finally {
  rmSync(fresh, { recursive: true, force: true })
}

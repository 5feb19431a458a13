// Runs jest under a Node the provider SDKs support (see node-for-sdks.mjs).
// SG_HOST_NODE keeps the Node that `npm test` started with, so a test can check the bundle on it.
// The tests' temporary folders (runs, recordings, shards: several GB over a full run) go in one
// folder of their own, removed when jest ends, so repeated runs do not fill the disk; jest keeps its
// transform cache where it would otherwise, so that is not lost with them.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeForSdks } from './node-for-sdks.mjs'

const jest = fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url))
const cache = join(tmpdir(), 'jest_scheming-gate')
const scratch = mkdtempSync(join(tmpdir(), 'sg-test-'))
try {
  const r = spawnSync(nodeForSdks(), ['--experimental-vm-modules', jest, `--cacheDirectory=${cache}`, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_NO_WARNINGS: '1', SG_HOST_NODE: process.env.SG_HOST_NODE ?? process.execPath, TMPDIR: scratch, TMP: scratch, TEMP: scratch }
  })
  process.exitCode = r.status ?? 1
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

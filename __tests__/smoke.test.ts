import { describe, expect, it } from '@jest/globals'
import { CATALOG_TOOL_NAMES } from '../src/tools/names.js'
import { Environment } from '@marcbachmann/cel-js'

describe('toolchain', () => {
  it('runs ESM TypeScript', () => {
    expect(CATALOG_TOOL_NAMES).toContain('bash')
    const env = new Environment().registerVariable('x', 'map').registerFunction('twice(int): int', (a: bigint) => a * 2n)
    expect(env.evaluate('twice(2) == 4 && x.a == "b"', { x: { a: 'b' } })).toBe(true)
  })
})

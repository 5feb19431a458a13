/** The action links report.html: uploaded on its own, unzipped, so the link opens the page; a note on how to get it otherwise. */
import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { uploadEvidence, uploadReport } from '../src/github/upload.js'
import { reportSection } from '../src/github/sections.js'

const RUN = { serverUrl: 'https://github.example', owner: 'acme', repo: 'agent', runId: 42 }
const target = (name: string, retentionDays?: number) => ({ name, run: RUN, retentionDays })

function outWithReport(): string {
  const out = mkdtempSync(join(tmpdir(), 'sg-upload-'))
  writeFileSync(join(out, 'report.html'), '<!doctype html><title>r</title>')
  return out
}

describe('uploadReport', () => {
  it('uploads report.html alone and unzipped, named after the evidence artifact, and returns its URL', async () => {
    const calls: Array<{ name: string; files: string[]; root: string; options: unknown; content: string }> = []
    const url = await uploadReport(outWithReport(), target('scheming-gate-evidence'), async (name, files, root, options) => {
      calls.push({ name, files, root, options, content: readFileSync(files[0] as string, 'utf8') })
      return { id: 7 }
    })
    expect(url).toBe('https://github.example/acme/agent/actions/runs/42/artifacts/7')
    expect(calls).toHaveLength(1)
    expect(calls[0]?.name).toBe('scheming-gate-evidence.html')
    expect(calls[0]?.files.map((f) => basename(f))).toEqual(['scheming-gate-evidence.html'])
    expect(calls[0]?.options).toEqual({ skipArchive: true })
    expect(calls[0]?.content).toBe('<!doctype html><title>r</title>')
  })

  it('turns a failed upload into a warning and no link', async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      const url = await uploadReport(outWithReport(), target('nightly-merged'), async () => {
        throw new Error('no artifact service')
      })
      expect(url).toBeUndefined()
      expect(write.mock.calls.map((c) => String(c[0])).join('')).toContain('::warning::scheming-gate: report.html was not uploaded as artifact `nightly-merged.html`: no artifact service')
    } finally {
      write.mockRestore()
    }
  })

  it('uploads nothing for a folder without a report (a shard)', async () => {
    let called = false
    const url = await uploadReport(mkdtempSync(join(tmpdir(), 'sg-upload-')), target('x'), async () => {
      called = true
      return { id: 1 }
    })
    expect(url).toBeUndefined()
    expect(called).toBe(false)
  })
})

describe('retention-days', () => {
  it('keeps both uploads, the folder and the page, for the days asked; without it, the repository default', async () => {
    const options: unknown[] = []
    const upload = async (_name: string, _files: string[], _root: string, o: unknown) => {
      options.push(o)
      return { id: 3, size: 10 }
    }
    const out = outWithReport()
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      expect(await uploadEvidence(out, target('e', 7), upload)).toEqual({ id: 3, url: 'https://github.example/acme/agent/actions/runs/42/artifacts/3' })
      await uploadReport(out, target('e', 7), upload)
      await uploadEvidence(out, target('e'), upload)
    } finally {
      write.mockRestore()
    }
    expect(options).toEqual([{ retentionDays: 7 }, { skipArchive: true, retentionDays: 7 }, {}])
  })
})

describe('reportSection', () => {
  it('links the uploaded page, or says where the file is and how to get the link', () => {
    expect(reportSection('https://github.example/acme/agent/actions/runs/42/artifacts/7', true)).toContain('[Open report.html](https://github.example/acme/agent/actions/runs/42/artifacts/7)')
    const note = reportSection(undefined, false)
    expect(note).toContain('`report.html` in the out folder')
    expect(note).toContain('upload-evidence: true')
    expect(note).toContain('archive: false')
    expect(reportSection(undefined, true)).toContain('Its upload failed')
  })
})

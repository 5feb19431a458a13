/** Writes annotations through @actions/core, whose commands escape the message and properties. */
import * as core from '@actions/core'
import { capAnnotations, type Annotation, type Level } from '../report/annotations.js'

const EMIT: Record<Level, typeof core.error> = { error: core.error, warning: core.warning, notice: core.notice }

/** Emits at most 10 per level, most severe first; returns how many of each level were left out. */
export function annotate(all: readonly Annotation[]): Record<Level, number> {
  const { shown, hidden } = capAnnotations(all)
  for (const a of shown) {
    EMIT[a.level](a.message, { title: a.title, ...(a.at ? { file: a.at.file, startLine: a.at.line } : {}) })
  }
  return hidden
}

#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/builtin.ts
import { join } from "node:path";
import { fileURLToPath } from "node:url";
var ROOT = fileURLToPath(new URL("..", import.meta.url));
var BUILTIN_SCENARIOS = join(ROOT, "scenarios");
var BUILTIN_THRESHOLDS = join(ROOT, "thresholds.json");
var VIEWER_DIR = join(ROOT, "dist");

export {
  BUILTIN_SCENARIOS,
  BUILTIN_THRESHOLDS,
  VIEWER_DIR
};

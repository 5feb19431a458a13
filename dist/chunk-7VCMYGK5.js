#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_ERROR_RATE,
  authoringPolicy,
  cellRule,
  resolvePolicy
} from "./chunk-6UDDW4FS.js";
import "./chunk-HU7TZTMF.js";
import "./chunk-END277OE.js";
export {
  DEFAULT_MAX_ERROR_RATE,
  authoringPolicy,
  cellRule,
  resolvePolicy
};

#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  PROFILES,
  SMOKE_MAX_EPISODES,
  applyProfile
} from "./chunk-CNIITFPH.js";
import "./chunk-SWDW4ERS.js";
import "./chunk-END277OE.js";
export {
  PROFILES,
  SMOKE_MAX_EPISODES,
  applyProfile
};

#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  verifyEvidence
} from "./chunk-XWA2FXJK.js";
import "./chunk-6AXW2UQZ.js";
import "./chunk-GDGYCD7E.js";
import "./chunk-5Z55BPI7.js";
import "./chunk-CJWHPFTR.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  verifyEvidence
};

#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  verifyEvidence
} from "./chunk-7MBU7W53.js";
import "./chunk-4S3SXERW.js";
import "./chunk-GDGYCD7E.js";
import "./chunk-5Z55BPI7.js";
import "./chunk-CJWHPFTR.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  verifyEvidence
};

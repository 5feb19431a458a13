#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  verifyEvidence
} from "./chunk-UHDZE2NQ.js";
import "./chunk-4S3SXERW.js";
import "./chunk-GDGYCD7E.js";
import "./chunk-U4D7BFDX.js";
import "./chunk-CJWHPFTR.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  verifyEvidence
};

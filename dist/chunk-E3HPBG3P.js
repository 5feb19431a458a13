#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  verifyEvidence
} from "./chunk-GFFRPTCW.js";
import "./chunk-D4GL2GTM.js";
import "./chunk-AGOGCK4J.js";
import "./chunk-3YRVXEF4.js";
import "./chunk-RCV5RZ55.js";
import "./chunk-U4D7BFDX.js";
import "./chunk-ICM5C3WD.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  verifyEvidence
};

#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  daysBetween,
  expiryDiagnostic,
  loadWaivers,
  utcDay
} from "./chunk-HE5MOMC4.js";
import "./chunk-CET4D5D5.js";
import "./chunk-AXBJ5ITU.js";
import "./chunk-CJWHPFTR.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  daysBetween,
  expiryDiagnostic,
  loadWaivers,
  utcDay
};

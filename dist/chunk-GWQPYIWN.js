#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  daysBetween,
  expiryDiagnostic,
  loadWaivers,
  utcDay
} from "./chunk-ZC54OO7Q.js";
import "./chunk-Z2YQ5TNV.js";
import "./chunk-AXBJ5ITU.js";
import "./chunk-ICM5C3WD.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  daysBetween,
  expiryDiagnostic,
  loadWaivers,
  utcDay
};

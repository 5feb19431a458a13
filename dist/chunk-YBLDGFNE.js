#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  MANIFEST_TAIL,
  REPORT_FILES,
  TraceLedger,
  buildManifest,
  recordedHead,
  writeManifest
} from "./chunk-AGOGCK4J.js";
import "./chunk-3YRVXEF4.js";
import "./chunk-RCV5RZ55.js";
import "./chunk-ICM5C3WD.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  MANIFEST_TAIL,
  REPORT_FILES,
  TraceLedger,
  buildManifest,
  recordedHead,
  writeManifest
};

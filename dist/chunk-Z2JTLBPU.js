#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  REPORT_HTML,
  ReportError,
  VIEWER_FILES,
  discardReportTraces,
  loadViewer,
  reportFolder,
  scriptJson,
  takeReportTraces,
  writeReportHtml,
  writeReportTraces
} from "./chunk-LT5Y5VCS.js";
import "./chunk-2CLRANHT.js";
import "./chunk-PK4S5OEN.js";
import "./chunk-GV5GBUGN.js";
import "./chunk-ZC54OO7Q.js";
import "./chunk-6UDDW4FS.js";
import "./chunk-GFFRPTCW.js";
import "./chunk-D4GL2GTM.js";
import "./chunk-NG5U3JKB.js";
import "./chunk-AGOGCK4J.js";
import "./chunk-3YRVXEF4.js";
import "./chunk-RCV5RZ55.js";
import "./chunk-RLEOS6KG.js";
import "./chunk-HU7TZTMF.js";
import "./chunk-SWDW4ERS.js";
import "./chunk-NXA52KTR.js";
import "./chunk-Z2YQ5TNV.js";
import "./chunk-AXBJ5ITU.js";
import "./chunk-U4D7BFDX.js";
import "./chunk-ICM5C3WD.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  REPORT_HTML,
  ReportError,
  VIEWER_FILES,
  discardReportTraces,
  loadViewer,
  reportFolder,
  scriptJson,
  takeReportTraces,
  writeReportHtml,
  writeReportTraces
};

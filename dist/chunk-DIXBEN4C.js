#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  MergeError,
  UnverifiedShardError,
  mergeShards,
  runShard
} from "./chunk-DGFZ2GAC.js";
import "./chunk-DAE47E6W.js";
import "./chunk-FVKY5CSU.js";
import "./chunk-7ZTHOYP5.js";
import "./chunk-RCGPOMBQ.js";
import "./chunk-HABHFUJL.js";
import "./chunk-N53KJWO3.js";
import "./chunk-42Y43ZEO.js";
import "./chunk-QD6X3DGF.js";
import "./chunk-3YRVXEF4.js";
import "./chunk-ZC54OO7Q.js";
import "./chunk-6UDDW4FS.js";
import "./chunk-UYVOUSBE.js";
import "./chunk-VCATMATS.js";
import "./chunk-NG5U3JKB.js";
import "./chunk-GV5GBUGN.js";
import "./chunk-GDGYCD7E.js";
import "./chunk-XZQTGJRJ.js";
import "./chunk-HU7TZTMF.js";
import "./chunk-OMIS3FQE.js";
import "./chunk-SWDW4ERS.js";
import "./chunk-BN2WVDY7.js";
import "./chunk-IW3ZM6PL.js";
import "./chunk-AXEOFFQE.js";
import "./chunk-U4D7BFDX.js";
import "./chunk-3GRZFWOR.js";
import "./chunk-Z2YQ5TNV.js";
import "./chunk-AXBJ5ITU.js";
import "./chunk-ICM5C3WD.js";
import "./chunk-LNUIZQGG.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  MergeError,
  UnverifiedShardError,
  mergeShards,
  runShard
};

#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  REDACTED,
  knownSecrets,
  scrub,
  scrubDeep
} from "./chunk-D4GL2GTM.js";
import "./chunk-END277OE.js";
export {
  REDACTED,
  knownSecrets,
  scrub,
  scrubDeep
};

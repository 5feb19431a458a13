#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  engineDigest
} from "./chunk-RCV5RZ55.js";
import "./chunk-END277OE.js";
export {
  engineDigest
};

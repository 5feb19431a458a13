#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/group-in-order.ts
function groupInOrder(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
function foldInOrder(items, key, start, add) {
  const folds = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    let acc = folds.get(k);
    if (acc === void 0) folds.set(k, acc = start(item));
    add(acc, item);
  }
  return folds;
}
function where(items, test) {
  return {
    *[Symbol.iterator]() {
      for (const item of items) if (test(item)) yield item;
    }
  };
}
function folded(items, f) {
  for (const item of items) f.add(item);
  return f;
}

export {
  groupInOrder,
  foldInOrder,
  where,
  folded
};

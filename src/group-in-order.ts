/** Items by key, keys in order of first appearance (linear: a run groups thousands of episodes). */
export function groupInOrder<T, K = string>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/**
 * One accumulator per key, keys in order of first appearance: made from the first item with its key,
 * then fed every item with it. A single pass that holds the accumulators, not the items.
 */
export function foldInOrder<T, A, K = string>(items: Iterable<T>, key: (item: T) => K, start: (first: T) => A, add: (acc: A, item: T) => void): Map<K, A> {
  const folds = new Map<K, A>()
  for (const item of items) {
    const k = key(item)
    let acc = folds.get(k)
    if (acc === undefined) folds.set(k, (acc = start(item)))
    add(acc, item)
  }
  return folds
}

/** The items that pass `test`, for as many passes as the items allow: filtered as each pass reads them. */
export function where<T>(items: Iterable<T>, test: (item: T) => boolean): Iterable<T> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) if (test(item)) yield item
    }
  }
}

/** Feeds every item to `f` (an accumulator with `add`), in a pass of its own. */
export function folded<T, F extends { add(item: T): void }>(items: Iterable<T>, f: F): F {
  for (const item of items) f.add(item)
  return f
}

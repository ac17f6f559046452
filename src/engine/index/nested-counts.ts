/**
 * The two shapes the index's inverse maps take, and the bookkeeping that keeps them free of
 * empty entries (so "no key" always means "nothing there", and a rebuild compares equal).
 */

export function addToSet(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

export function deleteFromSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}

export function setCount(map: Map<string, Map<string, number>>, key: string, inner: string, count: number): void {
  let counts = map.get(key);
  if (!counts) {
    counts = new Map();
    map.set(key, counts);
  }
  counts.set(inner, count);
}

/** Adds `delta` to a nested count, removing entries that fall to zero. */
export function addCount(map: Map<string, Map<string, number>>, key: string, inner: string, delta: number): void {
  const next = (map.get(key)?.get(inner) ?? 0) + delta;
  if (next > 0) {
    setCount(map, key, inner, next);
    return;
  }
  deleteCount(map, key, inner);
}

export function deleteCount(map: Map<string, Map<string, number>>, key: string, inner: string): void {
  const counts = map.get(key);
  counts?.delete(inner);
  if (counts?.size === 0) map.delete(key);
}

/**
 * Bound at build time by `bench/run.mjs`: the store the live index of the tree being bundled
 * keeps itself in (IndexedDB since it moved out of the plugin folder, a cache file before).
 */
declare module "bench:plugin-store" {
  export const Store: new (...args: unknown[]) => unknown;
  export const storeKind: "indexeddb" | "file";
}

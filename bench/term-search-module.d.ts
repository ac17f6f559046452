/**
 * The term search of `src/engine/search/`, bound by `bench/run.mjs` at build time: the module's
 * `TermSearch` class when it exists, `undefined` while it is not written yet.
 */
declare module "bench:term-search" {
  export const TermSearch: unknown;
  /** Path of the module bound, relative to the repository; empty when there is none. */
  export const modulePath: string;
}

import { createRequire } from "node:module";

/**
 * The engine as it was at an earlier commit, bundled by `run.mjs --baseline <ref>`: only what
 * the cold-index figure calls, typed as loosely as an older engine may need.
 */
export interface BaselineEngine {
  ref: string;
  readVault: (root: string) => { files: Array<{ path: string; text: string }> };
  VaultIndex: { build: (entries: Iterable<readonly [string, string]>) => unknown };
}

/** Reads `--baseline-bundle <file> --baseline-ref <ref>` from the arguments, if given. */
export function baselineFromArgs(argv: readonly string[]): BaselineEngine | undefined {
  const at = argv.indexOf("--baseline-bundle");
  if (at === -1) return undefined;
  const bundle = argv[at + 1] as string;
  const refAt = argv.indexOf("--baseline-ref");
  const loaded = createRequire(__filename)(bundle) as Omit<BaselineEngine, "ref">;
  if (typeof loaded.readVault !== "function" || typeof loaded.VaultIndex?.build !== "function") {
    throw new Error(`${bundle} does not export readVault and VaultIndex`);
  }
  return { ref: refAt === -1 ? "baseline" : (argv[refAt + 1] as string), readVault: loaded.readVault, VaultIndex: loaded.VaultIndex };
}

/** The arguments that hand the baseline on to a worker process. */
export function baselineArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of ["--baseline-bundle", "--baseline-ref"]) {
    const at = argv.indexOf(name);
    if (at !== -1) out.push(name, argv[at + 1] as string);
  }
  return out;
}

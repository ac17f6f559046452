import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { VAULT_HAZARDS } from "./vault-hazards.cases";

/**
 * The file-system half of the bad-input corpus: each hazard in `vault-hazards.cases.ts` run
 * through the built CLI (`npm test` builds first), which must answer within 10 seconds. A
 * hang shows as the process killed at the limit, not as a test waiting for ever.
 */
const CLI = resolve("dist/cli.cjs");
const LIMIT_MS = 10_000;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("no vault, state file or output path hangs or misleads the CLI", () => {
  it.each(VAULT_HAZARDS)("$name", ({ setUp, check }) => {
    dir = mkdtempSync(join(tmpdir(), "linked-devops-hazard-"));
    const args = setUp(dir);
    const started = Date.now();
    const result = spawnSync("node", [CLI, ...args], { encoding: "utf8", timeout: LIMIT_MS, maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "pipe"] });
    expect(result.signal, `killed after ${Date.now() - started} ms`).toBeNull();
    check({ status: result.status, stdout: result.stdout, stderr: result.stderr }, dir);
  }, LIMIT_MS + 5_000);
});

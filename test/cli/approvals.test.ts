import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Approved output of the built CLI on the example vault: the whole of `scan --json` and the
 * summary `scan` prints. A change to what the engine finds shows here as a diff to review.
 * When the change is meant, `npm run approve` rewrites these files (then read the diff before
 * committing it).
 *
 * What differs from run to run or machine to machine is replaced: the vault's absolute path
 * and the indexing time.
 */
const CLI = resolve("dist/cli.cjs");
const EXAMPLE_VAULT = resolve("example-vault");
const cli = (...args: string[]): string => execFileSync("node", [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });

describe("the CLI on the example vault, as approved", () => {
  it("scan --json", async () => {
    const report = JSON.parse(cli("scan", "--json")) as { vault: string; stats: { indexMs: number } };
    expect(report.vault).toBe(EXAMPLE_VAULT);
    report.vault = "<example-vault>";
    report.stats.indexMs = 0;
    await expect(JSON.stringify(report, null, 2) + "\n").toMatchFileSnapshot("__snapshots__/example-vault-scan.json");
  });

  it("scan (the summary)", async () => {
    const summary = cli("scan").replace(`Vault: ${EXAMPLE_VAULT}\n`, "Vault: <example-vault>\n").replace(/ · indexed in \d+ ms\n/, " · indexed in <n> ms\n");
    expect(summary).toMatch(/^Vault: <example-vault>\n.* · indexed in <n> ms\n/);
    await expect(summary).toMatchFileSnapshot("__snapshots__/example-vault-summary.txt");
  });
});

import { execFileSync, spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ScanReport } from "../../src/engine/report/scan-report";
import { LINKS_VAULT_MISSING } from "../vaults/links.cases";

/** The built CLI on the links test vault: every file listed, exactly the table's links missing. */
const CLI = resolve("dist/cli.cjs");
const VAULT = resolve("test/vaults/links");

const cli = (...args: string[]): string => execFileSync("node", [CLI, ...args], { encoding: "utf8" });

describe("the CLI on the links test vault", () => {
  it("scan --json reports exactly the missing links of the table, each with its note and line", () => {
    const report = JSON.parse(cli("scan", VAULT, "--json")) as ScanReport;
    const reported = report.unresolvedLinks.flatMap((u) => u.locations.map((at) => [at.path, at.line, u.target] as const));
    expect(reported.sort()).toEqual(LINKS_VAULT_MISSING.map((m) => [m.from, m.line, m.target] as const).sort());
    for (const link of report.unresolvedLinks) expect(link.sources).toEqual([...new Set(link.locations.map((at) => at.path))].sort());
  });

  it("the summary lists each missing link as note:line", () => {
    const summary = cli("scan", VAULT);
    expect(summary).toContain(`Missing links (${LINKS_VAULT_MISSING.length}):`);
    // The summary lists the first ten and counts the rest.
    const section = summary.slice(summary.indexOf("Missing links")).split("\n").slice(1);
    const listed = section.filter((line) => /^ {2}\S/.test(line) && !line.includes("…and"));
    const more = Number(/…and (\d+) more/.exec(summary)?.[1] ?? 0);
    expect(listed.length + more).toBe(LINKS_VAULT_MISSING.length);
    const table = LINKS_VAULT_MISSING.map((m) => `  ${m.from}:${m.line}  ${m.target}`);
    for (const line of listed) expect(table).toContain(line);
  });

  it("dashboard --reason missing-links keeps only the notes with missing links in the review queue", () => {
    const markdown = cli("dashboard", VAULT, "--reason", "missing-links");
    const queue = markdown.slice(markdown.indexOf("## Review queue"), markdown.indexOf("## Tags") === -1 ? undefined : markdown.indexOf("## Tags"));
    expect(queue).toContain("Only notes with missing links.");
    const rows = queue.split("\n").filter((line) => line.startsWith("| [["));
    expect(rows.map((row) => /\[\[([^\\|]+)\\\|/.exec(row)?.[1]).sort()).toEqual([...new Set(LINKS_VAULT_MISSING.map((m) => m.from.replace(/\.md$/, "")))].sort());
  });

  it.each([
    [["dashboard", VAULT, "--reason", "typos"], /--reason "typos" is not one of open, unsure, empty-fields, missing-links/],
    [["scan", VAULT, "--json", "--reason", "open"], /does not go with --json/],
  ])("refuses %j", (args, message) => {
    const result = spawnSync("node", [CLI, ...args], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildDashboard } from "../engine/dashboard/build-dashboard";
import { DASHBOARD_MARKER, renderDashboardMarkdown } from "../engine/dashboard/render-markdown";
import { VaultIndex } from "../engine/index/vault-index";
import { buildScanReport } from "../engine/report/scan-report";
import { parseArgs, USAGE, UsageError } from "./cli-args";
import { readVault } from "./read-vault";
import { runReviewCommand } from "./review-command";
import { formatSummary } from "./summary";

/**
 * The command-line shell: reads a vault folder, builds the same index the plugin builds, and
 * prints it. Returns the exit status instead of exiting, so tests can call it in-process.
 */
export function runCli(argv: readonly string[], io: { out: (text: string) => void; err: (text: string) => void }, exampleVault: string): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`linked-devops-notes: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.command === "help") {
    io.out(USAGE + "\n");
    return 0;
  }
  const vault = resolve(args.vault ?? exampleVault);
  if (!existsSync(vault) || !statSync(vault).isDirectory()) {
    io.err(`linked-devops-notes: "${args.vault ?? vault}" is not a folder\n`);
    return 2;
  }

  const reading = readVault(vault);
  const started = performance.now();
  const index = VaultIndex.build(reading.files.map((file) => [file.path, file.text] as const));
  const indexMs = Math.round(performance.now() - started);
  const dashboardOptions = args.tag ? { tag: args.tag } : {};

  if (args.command === "scan") {
    const texts = args.json ? new Map(reading.files.map((file) => [file.path, file.text])) : undefined;
    const report = buildScanReport(index, { vault, indexMs, warnings: reading.warnings, ...(texts ? { texts } : {}) });
    io.out(args.json ? JSON.stringify(report, null, 2) + "\n" : formatSummary(report, buildDashboard(index, dashboardOptions)) + "\n");
    return 0;
  }
  if (args.command === "review") {
    const options = { due: args.due === true, json: args.json, ...(args.state !== undefined ? { statePath: args.state } : {}), ...(args.today !== undefined ? { today: args.today } : {}), ...(args.tag !== undefined ? { tag: args.tag } : {}) };
    return runReviewCommand(index, options, io);
  }
  const markdown = renderDashboardMarkdown(buildDashboard(index, dashboardOptions), { generatedOn: new Date().toISOString().slice(0, 10) });
  if (args.out) {
    if (existsSync(args.out) && !readFileSync(args.out, "utf8").startsWith(DASHBOARD_MARKER)) {
      io.err(`linked-devops-notes: "${args.out}" exists and was not written by us; not overwriting it\n`);
      return 2;
    }
    writeFileSync(args.out, markdown);
    io.out(`Dashboard written to ${args.out}\n`);
  } else {
    io.out(markdown);
  }
  return 0;
}

/** Where the bundled example vault sits next to the built CLI (`dist/cli.cjs`). */
export function bundledExampleVault(cliDir: string): string {
  return join(cliDir, "..", "example-vault");
}

import { buildDashboard } from "../engine/dashboard/build-dashboard";
import { buildScanReport } from "../engine/report/scan-report";
import { flag, stringOption, type CliCommand } from "./cli-command";
import { JSON_OPTION, VAULT_OPTIONS } from "./common-options";
import { loadVault } from "./load-vault";
import { formatSummary } from "./summary";

/** `scan`: the vault's summary, or with `--json` the whole index (`schemas/scan.schema.json`). */
export const scanCommand: CliCommand = {
  name: "scan",
  forms: [
    ["scan [VAULT]", "print a summary of the vault"],
    ["scan [VAULT] --json", "print the whole index as JSON"],
  ],
  options: { ...JSON_OPTION, ...VAULT_OPTIONS },
  run(input) {
    const vault = loadVault(input);
    const report = buildScanReport(vault.index, { vault: vault.root, indexMs: vault.indexMs, warnings: vault.warnings });
    if (flag(input.options, "json")) {
      input.io.out(JSON.stringify(report, null, 2) + "\n");
      return 0;
    }
    const tag = stringOption(input.options, "tag");
    input.io.out(formatSummary(report, buildDashboard(vault.index, tag ? { tag } : {})) + "\n");
    return 0;
  },
};

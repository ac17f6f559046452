import { buildDashboard } from "../engine/dashboard/build-dashboard";
import { buildScanReport } from "../engine/report/scan-report";
import { buildScanSummary } from "../engine/report/scan-summary";
import { flag, stringOption, UsageError, type CliCommand } from "./cli-command";
import { JSON_OPTION, VAULT_OPTIONS } from "./common-options";
import { loadVault } from "./load-vault";
import { queueReasons, REASON_OPTION } from "./reason-option";
import { formatSummary } from "./summary";

/** `scan`: the vault's summary, or with `--json` the whole index (`schemas/scan.schema.json`). */
export const scanCommand: CliCommand = {
  name: "scan",
  forms: [
    ["scan [VAULT]", "print a summary of the vault"],
    ["scan [VAULT] --json", "print the whole index as JSON"],
  ],
  options: { ...JSON_OPTION, ...REASON_OPTION, ...VAULT_OPTIONS },
  check(options) {
    // The JSON holds no review queue: every note and every missing link are in it already.
    if (flag(options, "json") && stringOption(options, "reason") !== undefined) throw new UsageError("--reason narrows the summary's review queue; it does not go with --json");
    queueReasons(options);
  },
  run(input) {
    const json = flag(input.options, "json");
    const vault = loadVault(input, { texts: json });
    const meta = { vault: vault.root, indexMs: vault.indexMs, warnings: vault.warnings };
    if (json) {
      // The notes' texts let the JSON say where each mention stands in its file as stored.
      const texts = new Map(vault.files.map((file) => [file.path, file.text]));
      input.io.out(JSON.stringify(buildScanReport(vault.index, { ...meta, texts }), null, 2) + "\n");
      return 0;
    }
    const tag = stringOption(input.options, "tag");
    const reasons = queueReasons(input.options);
    input.io.out(formatSummary(buildScanSummary(vault.index, meta), buildDashboard(vault.index, { ...(tag ? { tag } : {}), ...(reasons ? { queueReasons: reasons } : {}) })) + "\n");
    return 0;
  },
};

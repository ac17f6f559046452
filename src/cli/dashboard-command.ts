import { buildDashboard } from "../engine/dashboard/build-dashboard";
import { DASHBOARD_MARKER, renderDashboardMarkdown } from "../engine/dashboard/render-markdown";
import { stringOption, type CliCommand } from "./cli-command";
import { VAULT_OPTIONS } from "./common-options";
import { loadVault } from "./load-vault";
import { clockAt, localDateOf } from "../engine/review-cards/review-clock";
import { terminalSafe } from "./terminal-text";
import { writeOwnFile } from "./write-own-file";
import { queueReasons, REASON_OPTION } from "./reason-option";

/** `dashboard`: the review dashboard as a markdown note, printed or written with `--out`. */
export const dashboardCommand: CliCommand = {
  name: "dashboard",
  forms: [
    ["dashboard [VAULT]", "print the review dashboard as a markdown note"],
    ["dashboard [VAULT] --out FILE", "write it to FILE instead (only a new file, or a dashboard written before)"],
    ["dashboard [VAULT] --reason missing-links", "with only the review-queue notes that have missing links"],
  ],
  options: {
    out: { type: "string", value: "FILE", help: "write to FILE rather than print" },
    ...REASON_OPTION,
    ...VAULT_OPTIONS,
  },
  check(options) {
    queueReasons(options);
  },
  run(input) {
    const vault = loadVault(input);
    const tag = stringOption(input.options, "tag");
    const reasons = queueReasons(input.options);
    const markdown = renderDashboardMarkdown(buildDashboard(vault.index, { ...(tag ? { tag } : {}), ...(reasons ? { queueReasons: reasons } : {}) }), { generatedOn: localDateOf(clockAt(new Date())) });
    const out = stringOption(input.options, "out");
    if (out === undefined) {
      input.io.out(markdown);
      return 0;
    }
    writeOwnFile(out, markdown, (existing) => existing.startsWith(DASHBOARD_MARKER));
    input.io.out(`Dashboard written to ${terminalSafe(out)}\n`);
    return 0;
  },
};

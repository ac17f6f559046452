import { Notice, TFile, normalizePath, type App } from "obsidian";
import { buildDashboard } from "../../engine/dashboard/build-dashboard";
import { DASHBOARD_MARKER, renderDashboardMarkdown } from "../../engine/dashboard/render-markdown";
import type { VaultIndex } from "../../engine/index/vault-index";
import { createNote } from "../host/create-note";
import { t } from "../i18n/strings";
import { markdownLabels } from "../ui/localized-labels";

export type ExportResult = "created" | "replaced" | "refused";

/**
 * Writes the dashboard to a note. A note at that path is only replaced when it is a dashboard we
 * wrote (it starts with our marker); the check is made again inside `Vault.process`, on the text
 * as it is when the write happens.
 */
export async function exportDashboard(app: App, index: VaultIndex, exportPath: string, today: string): Promise<ExportResult> {
  const path = normalizePath(exportPath.toLowerCase().endsWith(".md") ? exportPath : `${exportPath}.md`);
  const markdown = renderDashboardMarkdown(buildDashboard(index), { generatedOn: today, labels: markdownLabels() });
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing instanceof TFile) {
    let refused = !(await app.vault.read(existing)).startsWith(DASHBOARD_MARKER);
    if (!refused) {
      await app.vault.process(existing, (current) => {
        refused = !current.startsWith(DASHBOARD_MARKER);
        return refused ? current : markdown;
      });
    }
    new Notice(refused ? t("refuseOverwrite", { path }) : t("exported", { path }));
    return refused ? "refused" : "replaced";
  }
  if (existing) {
    new Notice(t("refuseOverwrite", { path }));
    return "refused";
  }
  await createNote(app, path, markdown);
  new Notice(t("exported", { path }));
  return "created";
}

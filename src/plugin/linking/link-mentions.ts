import { Notice, TFile, type App } from "obsidian";
import { planConceptLinks, type LinkPlan } from "../../engine/linking/plan-concept-links";
import type { LiveIndex } from "../host/live-index";
import { t } from "../i18n/strings";

/**
 * "Link concept mentions in the current note". The plan is made inside `Vault.process` from the
 * text as it is at that moment, so an edit made since the command started is never overwritten;
 * only the reported mention spans change.
 */
export async function linkMentionsInActiveNote(app: App, live: LiveIndex, everyMention: boolean): Promise<LinkPlan | undefined> {
  const file = app.workspace.getActiveFile();
  if (!(file instanceof TFile) || file.extension !== "md") {
    new Notice(t("noActiveNote"));
    return undefined;
  }
  await live.settled();
  let plan: LinkPlan | undefined;
  await app.vault.process(file, (current) => {
    plan = planConceptLinks(live.index, file.path, current, {
      everyMention,
      linkText: (notePath) => linkTextTo(app, notePath, file.path),
    });
    return plan.text;
  });
  if (!plan) return undefined;
  if (plan.links.length > 0) new Notice(t("linkedMentions", { count: plan.links.length }));
  else new Notice(t("nothingToLink"));
  if (plan.conceptsWithoutNote.length > 0) new Notice(t("conceptsWithoutNote", { names: plan.conceptsWithoutNote.slice(0, 8).join(", ") }));
  return plan;
}

/** The shortest link text Obsidian would write from `sourcePath` to `notePath`. */
export function linkTextTo(app: App, notePath: string, sourcePath: string): string {
  const target = app.vault.getAbstractFileByPath(notePath);
  return target instanceof TFile ? app.metadataCache.fileToLinktext(target, sourcePath, true) : notePath.replace(/\.md$/i, "");
}

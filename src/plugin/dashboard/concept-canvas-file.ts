import { Notice, TFile, normalizePath, type App } from "obsidian";
import { canvasText, conceptMapCanvas, isConceptMapCanvas } from "../../engine/dashboard/concept-canvas";
import type { ConceptMap } from "../../engine/dashboard/concept-map";
import type { VaultIndex } from "../../engine/index/vault-index";
import { createNote } from "../host/create-note";
import { t } from "../i18n/strings";
import { relationWord } from "../ui/relation-words";

export type CanvasResult = "created" | "replaced" | "refused";

/** Where "Open as canvas" writes: beside the dashboard's export note, named in the UI's language. */
export function canvasPathFor(exportPath: string): string {
  const name = `${t("canvasFileName")}.canvas`;
  const slash = exportPath.lastIndexOf("/");
  return normalizePath(slash < 0 ? name : `${exportPath.slice(0, slash)}/${name}`);
}

/**
 * "Open as canvas": writes the map as a `.canvas` file and opens it in a new tab, where Obsidian
 * shows concept notes as the notes themselves. A file at that path is replaced only when it is a
 * map we wrote (checked again inside `Vault.process`, on the text as it is then); a canvas the
 * learner made there is left untouched.
 */
export async function openMapAsCanvas(app: App, index: VaultIndex, map: ConceptMap, path: string): Promise<CanvasResult> {
  const text = canvasText(
    conceptMapCanvas(map, {
      notePath: (id) => index.conceptNote(id),
      relationLabel: (kind) => relationWord(kind, "to"),
      title: t("mapCanvasTitle"),
      detail: (node) => t("countsConcept", { mentions: node.mentions, notes: index.notesMentioning(node.id).size }),
    }),
  );
  const existing = app.vault.getAbstractFileByPath(path);
  let file: TFile;
  let result: CanvasResult;
  if (existing instanceof TFile) {
    let refused = !isConceptMapCanvas(await app.vault.read(existing));
    if (!refused) {
      await app.vault.process(existing, (current) => {
        refused = !isConceptMapCanvas(current);
        return refused ? current : text;
      });
    }
    if (refused) {
      new Notice(t("canvasRefused", { path }));
      return "refused";
    }
    file = existing;
    result = "replaced";
  } else if (existing) {
    new Notice(t("canvasRefused", { path }));
    return "refused";
  } else {
    file = await createNote(app, path, text);
    result = "created";
  }
  new Notice(t("canvasWritten", { path }));
  await app.workspace.getLeaf(true).openFile(file);
  return result;
}

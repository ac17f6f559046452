// @vitest-environment happy-dom
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { linkOneMention } from "../../src/engine/linking/link-one-mention";
import { shortestLinkText } from "../../src/engine/linking/link-text";
import { planConceptLinks } from "../../src/engine/linking/plan-concept-links";
import { MarkdownView, TFile, editorInfoField } from "../fakes/obsidian";
import { trapNotes } from "../vaults/trap-vault";
import { loadPlugin, openFile, type Harness } from "./plugin-harness";

/**
 * The linker's trap vault through the plugin, as a user meets it: "Link concept mentions in the
 * current note" on each note open in the editor (the result must be the engine's, in one editor
 * transaction, with nothing written behind the editor), and in a CodeMirror editor the concept
 * hints (underlined exactly where linking every mention links) and "Link this mention".
 */

const notes = trapNotes();
const paths = [...notes.keys()];
const engine = VaultIndex.build(notes);
const linkText = shortestLinkText(engine);

let harness: Harness;
beforeAll(async () => {
  harness = await loadPlugin({ exampleVault: false, files: Object.fromEntries(notes) });
});
afterAll(() => harness.dispose());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Link concept mentions in the current note, on the trap vault", () => {
  it.each(paths)("%s", async (path) => {
    for (const every of [false, true]) {
      harness.plugin.data.settings.linkEveryMention = every;
      await openFile(harness, path);
      const view = harness.app.workspace.getActiveViewOfType(MarkdownView) as MarkdownView;
      const text = notes.get(path) as string;
      const expected = planConceptLinks(engine, path, text, { everyMention: every, linkText });
      expect(harness.app.runCommand("linked-devops-notes:link-concept-mentions")).toBe(true);
      if (expected.links.length > 0) {
        // The preview lists every planned change, all checked; applying it writes them all.
        const apply = await vi.waitFor(() => document.querySelector<HTMLButtonElement>(".ldn-link-preview .ldn-lp-apply") ?? expect.fail("no preview"));
        expect(document.querySelectorAll(".ldn-link-preview .ldn-lp-change input:checked")).toHaveLength(expected.links.length);
        apply.click();
      }
      await vi.waitFor(() => expect(view.editor.transactions.length + (expected.links.length === 0 ? 1 : 0)).toBe(1));
      expect(view.editor.getValue()).toBe(expected.text);
      expect(view.editor.wholeReplacements).toBe(0);
    }
    expect(harness.app.vault.writes.filter((w) => w.path === path)).toEqual([]);
  });
});

describe("concept hints (every mention) and Link this mention, on the trap vault", () => {
  beforeAll(async () => {
    harness.plugin.data.settings.hintEveryMention = true;
    await harness.plugin.saveSettings(false);
  });

  function openEditor(path: string): EditorView {
    const file = harness.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
    return new EditorView({
      parent: document.body.createDiv(),
      state: EditorState.create({ doc: notes.get(path) as string, extensions: [editorInfoField.init(() => ({ app: harness.app, file })), harness.app.editorExtensions as Extension[]] }),
    });
  }

  it.each(paths)("%s", async (path) => {
    const text = notes.get(path) as string;
    const view = openEditor(path);
    try {
      const hinted = [...view.dom.querySelectorAll(".ldn-concept-hint")].map((el) => ({ el, from: view.posAtDOM(el), surface: el.textContent ?? "", conceptId: el.getAttribute("data-concept") as string }));
      const linkedEvery = planConceptLinks(engine, path, text, { everyMention: true, linkText }).links.map((link) => link.start);
      // Underlined where a link can be made: exactly where linking every mention links, besides concepts without a note.
      const linkable = hinted.filter((h) => {
        const note = engine.conceptNote(h.conceptId);
        return note !== undefined && note !== path;
      });
      expect(linkable.map((h) => h.from)).toEqual(linkedEvery);
      const first = linkable[0];
      if (!first) return;
      first.el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      await wait(20);
      (view.dom.querySelector(".ldn-concept-card .ldn-card-link") as HTMLElement).click();
      const link = linkOneMention(engine, path, text, { start: first.from, end: first.from + first.surface.length }, linkText);
      expect(link).toBeDefined();
      expect(view.state.doc.toString()).toBe(text.slice(0, link?.start) + link?.replacement + text.slice(link?.end));
    } finally {
      view.destroy();
    }
  });
});

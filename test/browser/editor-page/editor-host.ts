import type * as CodeMirrorState from "@codemirror/state";
import type * as CodeMirrorView from "@codemirror/view";

/**
 * A note open in a real CodeMirror editor inside the browser test's page, the way Obsidian runs a
 * plugin's editor extensions: made from the CodeMirror modules the page lends main.js (one
 * instance, or CodeMirror refuses the plugin's extensions), with `editorInfoField` telling the
 * extensions which file it shows, the registered extension array reconfigured on
 * `updateOptions`, and the text saved to the vault a while after the last edit, as Obsidian does.
 *
 * Bundled by `editor-in-chromium.test.ts` and added to the page after `host.js`; it only reads
 * the globals that page sets up (`FakeObsidian`, `ObsidianModules`, `ldnHost`).
 */

export interface EditorHost {
  open(path: string): Promise<void>;
  readonly view: CodeMirrorView.EditorView;
  /** The badges drawn now: the line each ends, and its status. */
  badges(): Array<{ line: number; status: string | null }>;
  /** Scrolls 1-based `line` to the middle of the editor and waits until it is drawn. */
  reveal(line: number): Promise<void>;
  /** Document offset of `text` on 1-based `line`. */
  offsetOn(line: number, text: string): number;
  /** Viewport coordinates of the middle of the character at `pos`. */
  coordsAt(pos: number): { x: number; y: number };
  /** Puts the cursor at `pos` and focuses the editor. */
  placeCursor(pos: number): void;
  /** Whether an edit waits to be saved. */
  readonly savePending: boolean;
  /** Saves now what waits to be saved. */
  save(): Promise<void>;
}

declare global {
  interface Window {
    ldnEditor: EditorHost;
  }
}

/** Obsidian saves the editor's text this long after the last change. */
const SAVE_DELAY_MS = 2000;

const lent = window.ObsidianModules.default;
const { EditorState, Compartment } = lent["@codemirror/state"] as typeof CodeMirrorState;
const { EditorView } = lent["@codemirror/view"] as typeof CodeMirrorView;

let view: CodeMirrorView.EditorView | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let save: (() => Promise<void>) | undefined;

const host: EditorHost = {
  async open(path) {
    const fake = window.FakeObsidian;
    const app = window.ldnHost.app;
    fake.useCodeMirrorState(lent["@codemirror/state"] as typeof CodeMirrorState);
    const file = app.vault.getAbstractFileByPath(path);
    if (!(file instanceof fake.TFile)) throw new Error(`no note ${path}`);
    const registered = (): CodeMirrorState.Extension => app.editorExtensions as CodeMirrorState.Extension[];
    const plugins = new Compartment();
    const leaf = app.workspace.containerEl.createDiv({ cls: "workspace-leaf ldn-test-editor" });
    leaf.createDiv({ cls: "view-header" }).createDiv({ cls: "view-header-title", text: file.basename });
    const content = leaf.createDiv({ cls: "view-content markdown-source-view mod-cm6" });
    save = async () => {
      clearTimeout(saveTimer);
      saveTimer = undefined;
      if (view) await app.vault.modify(file, view.state.doc.toString());
    };
    view = new EditorView({
      parent: content,
      state: EditorState.create({
        doc: await app.vault.read(file),
        extensions: [
          fake.editorInfoField.init(() => ({ app, file })),
          plugins.of(registered()),
          EditorView.lineWrapping,
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            clearTimeout(saveTimer);
            saveTimer = setTimeout(() => void save?.(), SAVE_DELAY_MS);
          }),
        ],
      }),
    });
    app.workspace.on("update-options", () => view?.dispatch({ effects: plugins.reconfigure(registered()) }));
    app.workspace.setActiveFile(file);
  },
  get view() {
    if (!view) throw new Error("no note open");
    return view;
  },
  badges() {
    const v = host.view;
    return [...v.dom.querySelectorAll(".ldn-question-badge")].map((el) => ({ line: v.state.doc.lineAt(v.posAtDOM(el)).number, status: el.getAttribute("data-status") }));
  },
  async reveal(line) {
    const v = host.view;
    v.dispatch({ effects: EditorView.scrollIntoView(v.state.doc.line(line).from, { y: "center" }) });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  },
  offsetOn(line, text) {
    const at = host.view.state.doc.line(line);
    const column = at.text.indexOf(text);
    if (column === -1) throw new Error(`no "${text}" on line ${line}`);
    return at.from + column;
  },
  coordsAt(pos) {
    const box = host.view.coordsAtPos(pos, 1);
    if (!box) throw new Error(`position ${pos} is not drawn`);
    return { x: (box.left + box.right) / 2 + 2, y: (box.top + box.bottom) / 2 };
  },
  placeCursor(pos) {
    host.view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    host.view.focus();
  },
  get savePending() {
    return saveTimer !== undefined;
  },
  async save() {
    await save?.();
  },
};

window.ldnEditor = host;

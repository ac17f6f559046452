import * as codemirrorState from "@codemirror/state";
import type { StateField } from "@codemirror/state";
import type { App } from "./app";
import type { TFile } from "./files";

/**
 * Obsidian's `editorInfoField`: the state field that tells an editor extension which file its
 * editor shows. A state field works only with the `@codemirror/state` instance the plugin uses:
 * in unit tests that is the one imported here; a page that lends the plugin its own CodeMirror (the
 * browser test) makes the field again from that instance with `useCodeMirrorState`.
 */
export interface MarkdownFileInfo {
  app: App;
  file: TFile | null;
}

export let editorInfoField: StateField<MarkdownFileInfo | null> = defineField(codemirrorState);

/** Fake only: remakes `editorInfoField` from the `@codemirror/state` module the plugin is lent. */
export function useCodeMirrorState(state: typeof codemirrorState): void {
  editorInfoField = defineField(state);
}

function defineField(state: typeof codemirrorState): StateField<MarkdownFileInfo | null> {
  // Obsidian sets it when it opens a file in the editor; tests do with `editorInfoField.init(…)`.
  return state.StateField.define<MarkdownFileInfo | null>({ create: () => null, update: (value) => value });
}

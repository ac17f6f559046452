/**
 * The `obsidian` module for tests: a small fake grown only as far as the plugin uses the API.
 * Unit tests alias it in `vitest.config.mts` (with happy-dom as the DOM and a real folder as the
 * vault); the browser test bundles it into a page (Chromium's DOM, files in memory).
 */
import { installDomHelpers } from "./dom";

installDomHelpers(globalThis);

export { App, FileManager } from "./app";
export { MetadataCache } from "./metadata-cache";
export { markdownMetadata, type FakeCachedMetadata } from "./markdown-metadata";
export { DataAdapter } from "./adapter";
export { editorInfoField, useCodeMirrorState, type MarkdownFileInfo } from "./editor";
export { Editor, type EditorPosition, type EditorTransaction } from "./markdown-editor";
export { MarkdownRenderer } from "./markdown";
export { Component, loadAndWait } from "./component";
export { Events, type EventRef } from "./events";
export { TAbstractFile, TFile, TFolder, normalizePath } from "./files";
export { FuzzySuggestModal, Modal, Notice, SuggestModal, type FuzzyMatch } from "./modals";
export { Plugin, PluginSettingTab, type Command, type PluginManifest } from "./plugin";
export { Setting } from "./setting";
export { MemoryStorage, type VaultStorage } from "./storage";
export { Vault } from "./vault";
export { ItemView, MarkdownView, View, Workspace, WorkspaceLeaf } from "./workspace";

let language = "en";

export function getLanguage(): string {
  return language;
}

/** Fake only: the language Obsidian's UI is set to. */
export function setFakeLanguage(code: string): void {
  language = code;
}

export function setIcon(el: HTMLElement, icon: string): void {
  el.setAttribute("data-icon", icon);
}

export type ViewStateResult = Record<string, unknown>;

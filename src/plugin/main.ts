import { Plugin } from "obsidian";

/** Lifecycle and wiring only; everything the plugin knows comes from `src/engine/`. */
export default class LinkedDevOpsNotesPlugin extends Plugin {
  override async onload(): Promise<void> {}
}

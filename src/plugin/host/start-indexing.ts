import { Notice, type Plugin } from "obsidian";
import { t } from "../i18n/strings";
import type { LiveIndex } from "./live-index";

/** A first index slower than this gets a Notice, so the user knows why the dashboard is filling in. */
const SLOW_INDEX_NOTICE_MS = 3000;

/** What follows the notes beside the index: the review cards' schedule and the set-aside marks. */
export interface VaultFollowers {
  deleted(path: string): void;
  renamed(from: string, to: string): void;
  /** The first index is built: the whole vault is known. */
  indexed(): void;
}

/**
 * Builds the index once the layout is ready, and keeps it (and what follows notes) current with
 * the app's events from then on: the metadataCache's for what notes say and where links lead,
 * the vault's for files deleted, renamed, or created that are not notes. They are registered only
 * now: before the layout is ready, `create` fires for every file.
 */
export async function startIndexing(plugin: Plugin, live: LiveIndex, followers: VaultFollowers): Promise<void> {
  const { vault, metadataCache } = plugin.app;
  const slowNotice = window.setTimeout(() => new Notice(t("indexingSlow", { notes: vault.getMarkdownFiles().length })), SLOW_INDEX_NOTICE_MS);
  plugin.registerEvent(metadataCache.on("changed", (file, data, cache) => live.noteChanged(file, data, cache)));
  plugin.registerEvent(metadataCache.on("resolved", () => live.linksResolved()));
  plugin.registerEvent(vault.on("create", (file) => live.fileCreated(file)));
  plugin.registerEvent(
    vault.on("delete", (file) => {
      live.fileDeleted(file);
      followers.deleted(file.path);
    }),
  );
  plugin.registerEvent(
    vault.on("rename", (file, oldPath) => {
      live.fileRenamed(file, oldPath);
      followers.renamed(oldPath, file.path);
    }),
  );
  await live.rebuild();
  window.clearTimeout(slowNotice);
  followers.indexed();
}

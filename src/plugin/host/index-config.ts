import { normalizePath, type App, type Plugin } from "obsidian";
import { parseExtraConcepts } from "../../engine/concepts/extra-concepts";
import type { PluginSettings } from "../../engine/plugin-data/plugin-settings";
import { browserIndexedDb } from "./indexed-db";
import { IndexedDbIndexStore } from "./index-store";
import { LEGACY_CACHE_FILE, moveLegacyCache } from "./legacy-index-cache";
import { LiveIndex, type LiveIndexConfig } from "./live-index";

/**
 * The live index of the plugin's vault, kept across restarts in IndexedDB (one database per
 * vault, out of the synced plugin folder); the cache file older versions kept in that folder is
 * moved in, then deleted.
 */
export function createLiveIndex(plugin: Plugin, settings: PluginSettings): LiveIndex {
  const { app, manifest } = plugin;
  const live = new LiveIndex(app, indexConfig(settings, manifest.version));
  const api = browserIndexedDb();
  if (api) {
    const pluginDir = manifest.dir ?? normalizePath(`${app.vault.configDir}/plugins/${manifest.id}`);
    const legacy = moveLegacyCache(app.vault.adapter, normalizePath(`${pluginDir}/${LEGACY_CACHE_FILE}`));
    live.useStore(new IndexedDbIndexStore(api, storeName(app, manifest.id), () => live.slicer.yieldToUi(), legacy));
  }
  return live;
}

/**
 * The store's database name: by the vault's id (`app.appId`, not in the public typings, the key
 * Obsidian and Omnisearch use for their own caches), else by its name. Two vaults never share one.
 */
export function storeName(app: App, pluginId: string): string {
  const appId = (app as unknown as { appId?: unknown }).appId;
  return `${pluginId}/index/${typeof appId === "string" && appId !== "" ? appId : app.vault.getName()}`;
}

/** What the index is built with, from the settings that shape it. */
export function indexConfig(settings: PluginSettings, pluginVersion: string): LiveIndexConfig {
  const indexOptions = {
    extraConcepts: parseExtraConcepts(settings.extraConcepts),
    conceptTag: settings.conceptTag,
    questions: { markers: settings.questionMarkers, listItemQuestions: settings.listItemQuestions },
  };
  // The plugin version is part of the key: a new glossary or parser means reading the vault again.
  const cacheKey = JSON.stringify({ version: pluginVersion, indexOptions, excluded: settings.excludedFolders });
  return { excludedFolders: settings.excludedFolders, indexOptions, cacheKey };
}

import { normalizePath, type Plugin } from "obsidian";
import { parseExtraConcepts } from "../../engine/concepts/extra-concepts";
import type { PluginSettings } from "../../engine/plugin-data/plugin-settings";
import { IndexCache } from "./index-cache";
import { LiveIndex, type LiveIndexConfig } from "./live-index";

/** The live index of the plugin's vault, kept across restarts in `index-cache.json` in the plugin's folder. */
export function createLiveIndex(plugin: Plugin, settings: PluginSettings): LiveIndex {
  const { app, manifest } = plugin;
  const live = new LiveIndex(app, indexConfig(settings, manifest.version));
  const pluginDir = manifest.dir ?? normalizePath(`${app.vault.configDir}/plugins/${manifest.id}`);
  live.useCache(new IndexCache(app.vault.adapter, normalizePath(`${pluginDir}/index-cache.json`)));
  return live;
}

/** What the index is built with, from the settings that shape it. */
export function indexConfig(settings: PluginSettings, pluginVersion: string): LiveIndexConfig {
  const indexOptions = {
    extraConcepts: parseExtraConcepts(settings.extraConcepts),
    conceptTag: settings.conceptTag,
    questions: { markers: settings.questionMarkers, listItemQuestions: settings.listItemQuestions, headingQuestions: settings.headingQuestions },
  };
  // The plugin version is part of the key: a new glossary or parser means reading the vault again.
  const cacheKey = JSON.stringify({ version: pluginVersion, indexOptions, excluded: settings.excludedFolders });
  return { excludedFolders: settings.excludedFolders, indexOptions, cacheKey };
}

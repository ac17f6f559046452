// @vitest-environment happy-dom
import type { SettingDefinition, SettingDefinitionItem } from "obsidian";
import { describe, expect, it } from "vitest";
import { App, MemoryStorage, Plugin, Setting } from "../../fakes/obsidian";
import { readPluginData } from "../../../src/engine/plugin-data/plugin-data";
import { LinkedDevOpsSettingTab } from "../../../src/plugin/settings/settings-tab";
import type { IndexSettingsHost } from "../../../src/plugin/settings/index-setting-rows";
import type { IndexStoreInfo } from "../../../src/plugin/host/index-store";

/**
 * The settings tab is drawn by `display()` before Obsidian 1.13 and by Obsidian itself, from
 * `getSettingDefinitions()`, since: both must show the same rows, and a change made in either
 * must be read and saved the same way.
 */

function makeTab(index?: IndexSettingsHost): { tab: LinkedDevOpsSettingTab; saves: boolean[]; settings: ReturnType<typeof readPluginData>["data"]["settings"] } {
  const app = new App(new MemoryStorage({}));
  const saves: boolean[] = [];
  const host = {
    pluginSettings: readPluginData(undefined).data.settings,
    saveSettings(reindex: boolean): Promise<void> {
      saves.push(reindex);
      return Promise.resolve();
    },
  };
  const plugin = new Plugin(app, { id: "linked-devops-notes", name: "Linked DevOps Notes", version: "0", minAppVersion: "1.8.7" });
  return { tab: new LinkedDevOpsSettingTab(app as never, plugin as never, host, index), saves, settings: host.pluginSettings };
}

/** As Obsidian before 1.13 draws the tab: through `display()`, which 1.13 deprecates for tabs with definitions. */
function drawAsOlderObsidian(tab: { display(): void }): void {
  tab.display();
}

/** As Obsidian 1.13 draws definitions: a row for each, a group's heading above its rows. */
function drawDefinitions(items: SettingDefinitionItem[], container: HTMLElement): void {
  const row = (definition: SettingDefinition): void => {
    if (!("render" in definition) || !definition.render) throw new Error(`"${definition.name}" has no render`);
    definition.render(new Setting(container) as never, undefined as never);
  };
  for (const item of items) {
    if ("type" in item && item.type === "group") {
      new Setting(container).setName(item.heading ?? "").setHeading();
      for (const child of item.items ?? []) row(child);
    } else row(item as SettingDefinition);
  }
}

/** Every row as the user sees it: name, description, heading or not, and its control's value. */
function rows(container: HTMLElement): string[] {
  return [...container.querySelectorAll(".setting-item")].map((item) => {
    const control = item.querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
    const value = !control ? "" : control.type === "checkbox" ? String((control as HTMLInputElement).checked) : `${control.tagName.toLowerCase()}=${control.value}`;
    const heading = item.classList.contains("setting-item-heading") ? "# " : "";
    return `${heading}${item.querySelector(".setting-item-name")?.textContent ?? ""} | ${item.querySelector(".setting-item-description")?.textContent ?? ""} | ${value}`;
  });
}

function type(container: HTMLElement, rowName: string, value: string): void {
  const item = [...container.querySelectorAll(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === rowName);
  const input = item?.querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
  if (!input) throw new Error(`no input in "${rowName}"`);
  input.value = value;
  input.dispatchEvent(new Event("input"));
}

describe("settings tab", () => {
  it("shows the same rows from its definitions (Obsidian 1.13+) as from display() (older versions)", () => {
    const { tab } = makeTab();
    drawAsOlderObsidian(tab);
    const drawn = document.createElement("div");
    drawDefinitions(tab.getSettingDefinitions(), drawn);
    expect(rows(drawn)).toEqual(rows(tab.containerEl));
    expect(rows(drawn)).toHaveLength(14);
    expect(rows(drawn).filter((row) => row.startsWith("# "))).toHaveLength(1);
  });

  it("reads, checks and saves a change the same way from either", () => {
    for (const draw of ["display", "definitions"] as const) {
      const { tab, saves, settings } = makeTab();
      let container = tab.containerEl;
      if (draw === "display") drawAsOlderObsidian(tab);
      else drawDefinitions(tab.getSettingDefinitions(), (container = document.createElement("div")));
      type(container, "Question markers", " Q. , 질문: ,");
      type(container, "Desired retention", "0.5"); // out of range: not taken
      type(container, "Desired retention", "0.85");
      expect({ draw, markers: settings.questionMarkers, retention: settings.desiredRetention, saves }).toEqual({ draw, markers: ["Q.", "질문:"], retention: 0.85, saves: [true, false] });
    }
  });

  it("says which lists leave notes out, and shows the index cache's size with a button that clears it", async () => {
    let stored = { notes: 1234, bytes: 3_460_000 };
    const store: IndexStoreInfo = {
      size: () => Promise.resolve(stored),
      clear: () => {
        stored = { notes: 0, bytes: 0 };
        return Promise.resolve();
      },
    };
    for (const draw of ["display", "definitions"] as const) {
      stored = { notes: 1234, bytes: 3_460_000 };
      const { tab } = makeTab({ obsidianExcludedFiles: () => ["Templates/", "/^Archive/"], storeInfo: () => store });
      let container = tab.containerEl;
      if (draw === "display") drawAsOlderObsidian(tab);
      else drawDefinitions(tab.getSettingDefinitions(), (container = document.createElement("div")));
      await Promise.resolve();
      const shown = rows(container);
      const excluded = shown.findIndex((row) => row.startsWith("Excluded folders"));
      expect(shown[excluded + 1]).toBe(`Obsidian's excluded files | Also not indexed: the notes matching your vault's "Excluded files" list (Options → Files and links): Templates/, /^Archive/. Run "Rebuild the DevOps index" after changing it. | `);
      const cache = shown.find((row) => row.startsWith("Index cache"));
      expect(cache).toBe("Index cache | Kept on this device only (not synced), so that Obsidian starts without reading every note again: 1234 notes, about 3.3 MB. | ");
      const button = [...container.querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent === "Clear");
      button?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(rows(container).find((row) => row.startsWith("Index cache"))).toContain("Empty for now");
      expect(rows(container)).toHaveLength(16);
    }
  });

  it("says so when the vault excludes nothing, and when the device keeps no cache", () => {
    const { tab } = makeTab({ obsidianExcludedFiles: () => [], storeInfo: () => undefined });
    drawAsOlderObsidian(tab);
    expect(rows(tab.containerEl).filter((row) => /^(Obsidian's excluded files|Index cache)/.test(row))).toEqual([
      `Obsidian's excluded files | Your vault's "Excluded files" list (Options → Files and links) is empty. Notes listed there are not indexed either. | `,
      "Index cache | This device has no storage for it: every start reads the whole vault. | ",
    ]);
  });
});

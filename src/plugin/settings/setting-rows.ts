import { Setting, type SettingDefinitionItem } from "obsidian";

/**
 * The settings tab described once and drawn two ways: by Obsidian 1.13 and later from
 * `getSettingDefinitions()`, which also puts every row in its settings search, and by `display()`
 * on older versions (1.13 no longer calls `display()` once it has definitions). Each row keeps its
 * own control, so reading, checking and saving a value is the same code on every version.
 */
export interface SettingRow {
  name: string;
  desc: string;
  /** Adds the row's control to `setting`, whose name and description are set already. */
  addControl(setting: Setting): void;
}

/** Rows under a heading; rows without one come first, at the top of the tab. */
export interface SettingSection {
  heading?: string;
  rows: SettingRow[];
}

export function settingDefinitions(sections: readonly SettingSection[]): SettingDefinitionItem[] {
  return sections.flatMap((section): SettingDefinitionItem[] => {
    const items = section.rows.map((row) => ({ name: row.name, desc: row.desc, render: (setting: Setting) => fillRow(setting, row) }));
    return section.heading === undefined ? items : [{ type: "group", heading: section.heading, items }];
  });
}

export function renderSettingRows(containerEl: HTMLElement, sections: readonly SettingSection[]): void {
  for (const section of sections) {
    if (section.heading !== undefined) new Setting(containerEl).setName(section.heading).setHeading();
    for (const row of section.rows) fillRow(new Setting(containerEl), row);
  }
}

function fillRow(setting: Setting, row: SettingRow): void {
  setting.setName(row.name).setDesc(row.desc);
  row.addControl(setting);
}

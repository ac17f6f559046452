import type { DashboardView } from "../../../src/plugin/dashboard/dashboard-view";

/** Narrows the dashboard to a tag through its tag picker, as a user does: open it, type, choose. */
export async function pickTag(dashboard: DashboardView, tag: string): Promise<void> {
  dashboard.contentEl.querySelector<HTMLElement>(".ldn-tag-button")?.click();
  const input = document.querySelector<HTMLInputElement>(".ldn-tag-picker .prompt-input");
  if (!input) throw new Error("the tag picker did not open");
  input.value = tag;
  input.dispatchEvent(new Event("input"));
  await Promise.resolve();
  const choice = [...document.querySelectorAll<HTMLElement>(".ldn-tag-picker .suggestion-item")].find((el) => el.querySelector(".ldn-tag-name")?.textContent === `#${tag}`);
  if (!choice) throw new Error(`no tag ${tag} in the picker`);
  choice.click();
}

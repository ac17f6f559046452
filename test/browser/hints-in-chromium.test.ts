import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haveChromium, launchChromium } from "./chromium";
import { openStudyPage, type StudyPage } from "./study-page";

/**
 * The concept hints of the shipped main.js in a real CodeMirror editor in Chromium, on notes of
 * the generated study vault: the first unlinked mention of each concept per section by default,
 * every one with the setting, never in a heading, a link's text or a longer name, never a muted
 * concept, nothing in a note that opts out; in English and Korean Obsidian alike.
 */

interface HintSeen {
  line: number;
  text: string;
  concept: string;
}

const hintsIn = (page: Page): Promise<HintSeen[]> =>
  page.evaluate(() => {
    const view = window.ldnEditor.view;
    return [...view.dom.querySelectorAll(".ldn-concept-hint")].map((el) => ({ line: view.state.doc.lineAt(view.posAtDOM(el)).number, text: el.textContent ?? "", concept: el.getAttribute("data-concept") ?? "" }));
  });

const setSettings = (page: Page, settings: Record<string, unknown>): Promise<void> =>
  page.evaluate(async (settings) => {
    const plugin = window.ldnHost.plugin as unknown as { data: { settings: Record<string, unknown> }; saveSettings(reindex: boolean): Promise<void> };
    Object.assign(plugin.data.settings, settings);
    await plugin.saveSettings(false);
  }, settings);

for (const language of ["en", "ko"] as const) {
  describe.skipIf(!haveChromium)(`concept hints of the shipped main.js in Chromium (${language})`, () => {
    let browser: Browser;
    let study: StudyPage;
    const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });

    beforeAll(async () => {
      browser = await launchChromium();
      study = await openStudyPage(browser, { language, editor: true });
      await study.page.evaluate((path) => window.ldnEditor.open(path), study.vault.known.hints);
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it("underlines the first mention of each concept per section, not in headings, links' sections or longer names", async () => {
      await poll(() => hintsIn(study.page)).toEqual([
        { line: 3, text: "쿠버네티스", concept: "kubernetes" },
        { line: 3, text: "파드", concept: "pod" },
        { line: 4, text: "도커", concept: "docker" },
        { line: 7, text: "도커", concept: "docker" },
        { line: 7, text: "쿠버네티스", concept: "kubernetes" },
        // The third section links Kubernetes already: only Docker waits for a link there.
        { line: 10, text: "도커", concept: "docker" },
      ]);
    });

    it("underlines every mention that may be linked when the setting says so", async () => {
      await setSettings(study.page, { hintEveryMention: true });
      await poll(async () => (await hintsIn(study.page)).map((h) => `${h.line}:${h.text}`)).toEqual(["3:쿠버네티스", "3:파드", "3:쿠버네티스", "4:도커", "7:도커", "7:쿠버네티스", "10:쿠버네티스", "10:도커"]);
    });

    it("never underlines a muted concept", async () => {
      await setSettings(study.page, { mutedConcepts: ["Kubernetes"] });
      await poll(async () => (await hintsIn(study.page)).map((h) => `${h.line}:${h.text}`)).toEqual(["3:파드", "4:도커", "7:도커", "10:도커"]);
      await setSettings(study.page, { mutedConcepts: [], hintEveryMention: false });
      await poll(async () => (await hintsIn(study.page)).length).toBe(6);
    });

    it("underlines nothing in a note that opts out of linking, and the TIL named like Docker links to Docker's note", async () => {
      await study.page.evaluate((path) => window.ldnEditor.open(path), study.vault.known.optedOut);
      await study.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await study.page.evaluate(() => window.ldnEditor.view.state.doc.toString().includes("쿠버네티스"))).toBe(true);
      expect(await hintsIn(study.page)).toEqual([]);
      await study.page.evaluate((path) => window.ldnEditor.open(path), study.vault.known.dockerTil);
      await poll(async () => (await hintsIn(study.page)).map((h) => h.concept)).toContain("docker");
      expect(study.errors).toEqual([]);
    });
  });
}

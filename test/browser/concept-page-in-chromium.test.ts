import { mkdirSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConceptPage } from "../../src/engine/concept-page/build-concept-page";
import { NOTES_STEP } from "../../src/plugin/dashboard/concept-page/render-mentions";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { linkMentionAt } from "../../src/engine/linking/link-one-mention";
import { applyLinkChanges, previewLinks } from "../../src/engine/linking/link-preview";
import { planConceptLinks } from "../../src/engine/linking/plan-concept-links";
import { haveChromium, launchChromium, SCREENSHOTS } from "./chromium";
import { conceptNoteOf, conceptPageSettled, DESKTOP, openStudyPage, readNote, showConceptPage, type StudyPage } from "./study-page";

/**
 * The concept page and linking with a preview, in the shipped main.js in Chromium, on a generated
 * study vault of 320 notes in nested folders: what the page shows is what the engine computes for
 * the same vault, a Link button links exactly its mention, the preview writes exactly what stays
 * checked, and the page and the preview speak Korean in a Korean Obsidian. Leaves the README's
 * screenshots of the page and the preview, light and dark.
 */

const KUBERNETES_NAMES = ["쿠버네티스", "Kubernetes", "k8s"];

describe.skipIf(!haveChromium)("the concept page and the link preview of the shipped main.js, in Chromium", () => {
  let browser: Browser;
  let study: StudyPage;
  let page: Page;
  /** The engine over the same files, for what the page must show. */
  let engine: VaultIndex;

  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });
  const linkText = (notePath: string): string => notePath.slice(notePath.lastIndexOf("/") + 1, -3);
  const shot = async (name: string, selector: string, pad = 12): Promise<void> => {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`${selector} is not on screen`);
    const x = Math.max(0, box.x - pad);
    const y = Math.max(0, box.y - pad);
    const png = await page.screenshot({ animations: "disabled", clip: { x, y, width: Math.min(DESKTOP.width - x, box.width + 2 * pad), height: Math.min(DESKTOP.height - y, box.height + 2 * pad) } });
    expect(png.length).toBeLessThan(400_000);
    writeFileSync(`${SCREENSHOTS}/${name}`, png);
  };

  beforeAll(async () => {
    browser = await launchChromium();
    study = await openStudyPage(browser, { language: "en" });
    page = study.page;
    engine = VaultIndex.build(Object.entries(study.vault.files));
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("indexes the study vault: over 300 notes in nested folders", async () => {
    const paths = Object.keys(study.vault.files);
    expect(paths.length).toBeGreaterThanOrEqual(300);
    expect(new Set(paths.map((p) => p.split("/").slice(0, -1).join("/"))).size).toBeGreaterThan(30);
    expect(Math.max(...paths.map((p) => p.split("/").length))).toBeGreaterThanOrEqual(4);
    expect(await page.evaluate(() => window.ldnHost.plugin.live.index.size)).toBe(paths.length);
    // Frontmatter is read in a browser, which has no Node Buffer (as Obsidian mobile has none).
    const kubernetes = await page.evaluate(() => (window.ldnHost.plugin.live.index as unknown as { note(path: string): { tags: string[]; warnings: string[] } }).note("Concepts/Kubernetes.md"));
    expect(kubernetes).toMatchObject({ tags: ["concept"], warnings: [] });
    expect(await page.evaluate(() => typeof (globalThis as { Buffer?: unknown }).Buffer)).toBe("undefined");
  });

  it("reaches the concept page from the term search", async () => {
    await page.evaluate(() => window.ldnHost.app.runCommand("linked-devops-notes:search-terms"));
    const input = page.locator(".ldn-term-search .prompt-input");
    await poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.insertText("쿠버네티스");
    await poll(() => page.locator(".ldn-term-search .suggestion-item.is-selected .ldn-suggestion-title").textContent()).toBe("Kubernetes");
    await input.press("Enter");
    await poll(() => page.locator(".ldn-concept-page").getAttribute("data-concept")).toBe("kubernetes");
    await conceptPageSettled(page);
  });

  it("shows the engine's numbers, and the mentions grouped by note with their folders, the concept's note first", async () => {
    const expected = buildConceptPage(engine, "kubernetes", { texts: new Map(Object.entries(study.vault.files)), notes: NOTES_STEP });
    if (!expected) throw new Error("no page");
    const root = page.locator(".ldn-concept-page");
    expect(await root.locator(".ldn-cp-counts").textContent()).toBe(`${expected.counts.mentions} mentions in ${expected.counts.notes} notes`);
    expect(await root.locator(".ldn-cp-linked .ldn-cp-section-count").textContent()).toBe(`${expected.linked.mentions} in ${expected.linked.notes} notes`);
    expect(await root.locator(".ldn-cp-unlinked .ldn-cp-section-count").textContent()).toBe(`${expected.unlinked.mentions} in ${expected.unlinked.notes} notes`);
    const groups = await root.locator(".ldn-cp-unlinked .ldn-cp-group").evaluateAll((els) => els.map((el) => [el.getAttribute("data-path"), el.querySelector(".ldn-cp-folder")?.textContent]));
    expect(groups).toEqual(expected.unlinked.groups.map((g) => [g.path, g.folder === "" ? "Vault root" : g.folder]));
    expect(groups[0]?.[0]).toBe("Concepts/Kubernetes.md");
    // Every mark is one of the concept's names, or a link to it.
    const marks = await root.locator(".ldn-cp-row mark").allTextContents();
    expect(marks.length).toBeGreaterThan(30);
    for (const mark of marks) expect(KUBERNETES_NAMES.some((name) => mark.toLowerCase() === name.toLowerCase()) || /^\[\[Kubernetes/.test(mark)).toBe(true);
    // Never a Link button on a heading, a callout's title or in the concept's own note.
    const linkable = await root.locator(".ldn-cp-unlinked .ldn-cp-row:has(.ldn-cp-link) .ldn-cp-snippet").allTextContents();
    expect(linkable.filter((text) => text.startsWith("[!note]") || /^쿠버네티스 메모$/.test(text))).toEqual([]);
    expect(await root.locator('.ldn-cp-group[data-path="Concepts/Kubernetes.md"] .ldn-cp-link').count()).toBe(0);
  });

  it("folds and unfolds a group, and lists more notes on a click", async () => {
    const group = page.locator(".ldn-concept-page .ldn-cp-unlinked .ldn-cp-group").nth(1);
    const rows = group.locator(".ldn-cp-rows");
    expect(await rows.isVisible()).toBe(true);
    await group.locator(".ldn-cp-fold").click();
    expect(await rows.isVisible()).toBe(false);
    await group.locator(".ldn-cp-fold").click();
    expect(await rows.isVisible()).toBe(true);
    const before = await page.locator(".ldn-concept-page .ldn-cp-unlinked .ldn-cp-group").count();
    await page.locator(".ldn-concept-page .ldn-cp-unlinked .ldn-cp-more").click();
    await conceptPageSettled(page);
    expect(await page.locator(".ldn-concept-page .ldn-cp-unlinked .ldn-cp-group").count()).toBeGreaterThan(before);
  });

  it("takes the concept page's screenshots, light and dark", async () => {
    // Pod: a concept linked from a few notes and mentioned in many, the page a learner meets most.
    await showConceptPage(page, "pod");
    // The linked mentions folded, so the picture shows the unlinked ones and their Link buttons too.
    await page.locator(".ldn-concept-page .ldn-cp-linked .ldn-cp-toggle-all").click();
    await conceptPageSettled(page);
    await page.evaluate(() => document.querySelectorAll(".notice").forEach((el) => el.remove()));
    await page.locator(".ldn-concept-page").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.mouse.move(0, 0);
    for (const theme of ["light", "dark"] as const) {
      await page.evaluate((theme) => window.ldnHost.setTheme(theme), theme);
      await shot(`concept-page-${theme}.png`, ".ldn-concept-page");
    }
    await page.evaluate(() => window.ldnHost.setTheme("light"));
  });

  it("links exactly the mention of a row with its Link button, and nothing else in the note", async () => {
    await showConceptPage(page, "kubernetes");
    const row = page.locator(".ldn-concept-page .ldn-cp-unlinked .ldn-cp-group:not([data-path^='Concepts/']) .ldn-cp-row:has(.ldn-cp-link)").first();
    const path = (await row.locator("xpath=ancestor::div[contains(@class,'ldn-cp-group')]").getAttribute("data-path")) as string;
    const line = Number(await row.getAttribute("data-line"));
    const column = Number(await row.getAttribute("data-column"));
    const before = await readNote(page, path);
    const link = linkMentionAt(engine, path, before, { conceptId: "kubernetes", line, column }, { linkText });
    if (!link) throw new Error("the engine would not link this row");
    await row.locator(".ldn-cp-link").click();
    await poll(() => readNote(page, path)).toBe(before.slice(0, link.start) + link.replacement + before.slice(link.end));
    expect(await page.evaluate((path) => window.ldnHost.app.vault.writes.filter((w) => w.path === path).map((w) => w.via), path)).toEqual(["process"]);
  });

  it("gives an open question the notes that may answer it, one click from the best section", async () => {
    const { question } = study.vault.known;
    const item = page.locator(`.ldn-concept-page .ldn-cp-questions .ldn-question[data-path="${question.path}"]`);
    expect(await item.locator(".ldn-badge").textContent()).toBe("open");
    const first = item.locator(".ldn-cp-answers li").first();
    expect(await first.getAttribute("data-path")).toBe(question.answer);
    expect(await first.locator(".ldn-cp-reason").allTextContents()).toEqual(expect.arrayContaining(["mentions etcd", "heading “etcd의 역할”"]));
    await first.locator(".ldn-cp-answer").click();
    await poll(() => page.evaluate(() => window.ldnHost.app.workspace.lastOpened)).toEqual({ path: question.answer, line: 3 });
  });

  it("names related concepts by their relation", async () => {
    await showConceptPage(page, "kubernetes");
    const labels = await page.locator(".ldn-concept-page .ldn-cp-relation .ldn-cp-label").allTextContents();
    expect(labels).toEqual(expect.arrayContaining(["Orchestrates", "Mentioned with"]));
  });

  it("counts in the notes of the tag filter", async () => {
    await showConceptPage(page, "kubernetes", "기획안");
    const tagged = new Set(engine.notesTagged("기획안"));
    const expected = buildConceptPage(engine, "kubernetes", { scope: tagged });
    expect(await page.locator(".ldn-concept-page .ldn-cp-counts").textContent()).toBe(`${expected?.counts.mentions} mentions in ${expected?.counts.notes} notes` + "Counted in notes tagged #기획안");
    const paths = await page.locator(".ldn-concept-page .ldn-cp-group").evaluateAll((els) => els.map((el) => el.getAttribute("data-path") as string));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => tagged.has(p))).toBe(true);
    await showConceptPage(page, "kubernetes");
  });

  it("offers a note named like a concept that has no note, and takes it only when confirmed", async () => {
    const { ingressNote } = study.vault.known;
    await showConceptPage(page, "ingress");
    expect(await conceptNoteOf(page, "ingress")).toBeNull();
    const offer = page.locator(`.ldn-concept-page .ldn-cp-candidates li[data-path="${ingressNote}"]`);
    await offer.locator(".ldn-cp-use-note").click();
    await poll(() => conceptNoteOf(page, "ingress")).toBe(ingressNote);
    await conceptPageSettled(page);
    expect(await page.locator(".ldn-concept-page .ldn-panel-note .ldn-note-link").textContent()).toBe(ingressNote.slice(0, -3));
  });

  it("previews the current note's links with a checkbox each, and writes only what stays checked through the editor", async () => {
    const path = "Bootcamp/kubernetes/day3-1208/etcd 질문.md";
    const text = await readNote(page, path);
    await page.evaluate(async (path) => {
      // Open in the fake's (hidden) editor: the command plans on its text.
      await window.ldnHost.app.workspace.getLeaf(false).openFile(window.ldnHost.app.vault.getAbstractFileByPath(path) as never);
    }, path);
    await page.evaluate(() => {
      (window.ldnHost.plugin as unknown as { data: { settings: { linkEveryMention: boolean } } }).data.settings.linkEveryMention = true;
      window.ldnHost.app.runCommand("linked-devops-notes:link-concept-mentions");
    });
    const modal = page.locator(".ldn-link-preview");
    await poll(() => modal.isVisible()).toBe(true);
    const plan = planConceptLinks(engine, path, text, { everyMention: true, linkText });
    const changes = previewLinks(path, text, plan);
    expect(await modal.locator(".ldn-lp-change").count()).toBe(changes.length);
    expect(await modal.locator(".ldn-lp-change .ldn-lp-after").allTextContents()).toEqual(changes.map((c) => c.after));
    await page.mouse.move(0, 0);
    for (const theme of ["light", "dark"] as const) {
      await page.evaluate((theme) => window.ldnHost.setTheme(theme), theme);
      await shot(`link-preview-${theme}.png`, ".ldn-link-preview .modal, .modal.ldn-link-preview", 16);
    }
    await page.evaluate(() => window.ldnHost.setTheme("light"));
    // Keep all but the first change.
    await modal.locator(".ldn-lp-change input").first().uncheck();
    expect(await modal.locator(".ldn-lp-apply").textContent()).toBe(`Link ${changes.length - 1} checked`);
    await modal.locator(".ldn-lp-apply").click();
    const expected = applyLinkChanges(engine, path, text, changes.slice(1), { linkText }).text;
    await poll(() => page.evaluate(() => (window.ldnHost.app.workspace.getLeavesOfType("markdown")[0]?.view as unknown as { editor: { getValue(): string } }).editor.getValue())).toBe(expected);
    expect(await readNote(page, path)).toBe(text); // the editor saves it, as any edit
  });

  it("links a concept across notes from its page: the kept changes only, one Vault.process per note", async () => {
    await showConceptPage(page, "helm");
    const before = Object.fromEntries(await Promise.all(Object.keys(study.vault.files).map(async (p) => [p, await readNote(page, p)] as const)));
    await page.locator(".ldn-concept-page .ldn-cp-link-all").click();
    const modal = page.locator(".ldn-link-preview");
    await poll(() => modal.isVisible()).toBe(true);
    const notes = await modal.locator(".ldn-lp-note").evaluateAll((els) => els.map((el) => el.getAttribute("data-path") as string));
    expect(notes.length).toBeGreaterThan(3);
    // Leave the first note as it is.
    await modal.locator(".ldn-lp-note").first().locator(".ldn-lp-note-head input").uncheck();
    const writesBefore = await page.evaluate(() => window.ldnHost.app.vault.writes.length);
    await modal.locator(".ldn-lp-apply").click();
    await poll(() => page.evaluate(() => window.ldnHost.app.vault.writes.length)).toBe(writesBefore + notes.length - 1);
    expect(await readNote(page, notes[0] as string)).toBe(before[notes[0] as string]);
    for (const path of notes.slice(1)) {
      const plan = planConceptLinks(engine, path, before[path] as string, { everyMention: true, only: new Set(["helm"]), linkText });
      expect(await readNote(page, path)).toBe(plan.text);
    }
    const writes = await page.evaluate((n) => window.ldnHost.app.vault.writes.slice(-n), notes.length - 1);
    expect(writes.map((w) => w.via)).toEqual(Array(notes.length - 1).fill("process"));
  });

  it("raised no error in the page", () => {
    expect(study.errors).toEqual([]);
  });
});

describe.skipIf(!haveChromium)("the concept page and the link preview in a Korean Obsidian", () => {
  let browser: Browser;
  let study: StudyPage;

  beforeAll(async () => {
    browser = await launchChromium();
    study = await openStudyPage(browser, { language: "ko" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("draws the page in Korean, concept names as 쿠버네티스 (Kubernetes)", async () => {
    const { page } = study;
    await showConceptPage(page, "kubernetes");
    const root = page.locator(".ldn-concept-page");
    expect(await root.locator("h3").textContent()).toBe("쿠버네티스 (Kubernetes)");
    expect(await root.locator(".ldn-cp-linked h4").textContent()).toBe("링크된 언급");
    expect(await root.locator(".ldn-cp-unlinked h4").textContent()).toBe("링크 안 된 언급");
    expect(await root.locator(".ldn-cp-counts").textContent()).toMatch(/^노트 \d+개에서 \d+번 언급$/);
    expect(await root.locator(".ldn-cp-link").first().textContent()).toBe("링크");
    expect(await root.locator(".ldn-cp-questions .ldn-badge").first().textContent()).toMatch(/^(열림|헷갈림)$/);
    expect(await root.locator(".ldn-cp-relation .ldn-cp-label").allTextContents()).toEqual(expect.arrayContaining(["오케스트레이션 대상", "함께 언급된 개념"]));
    expect(await root.locator(".ldn-cp-relation .ldn-chip").allTextContents()).toContain("도커 (Docker)");
    // No word of the English UI: buttons, headings, labels, tooltips (note titles and concept names aside).
    const ui = await root.locator("h4, button:not(.ldn-cp-answer):not(.ldn-chip), .ldn-cp-label, .ldn-cp-section-count, .ldn-cp-folder, .ldn-cp-reason").evaluateAll((els) => els.map((el) => `${el.textContent ?? ""} ${el.getAttribute("aria-label") ?? ""}`));
    expect(ui.filter((text) => /\b(Linked|Unlinked|Link|Mute|Show|Expand|Collapse|mentions|notes|Questions|Related|Vault root|May answer|Find notes)\b/.test(text))).toEqual([]);
    await showConceptPage(page, "pod");
    expect(await root.locator("h3").textContent()).toBe("파드 (Pod)");
    await page.locator(".ldn-concept-page .ldn-cp-linked .ldn-cp-toggle-all").click();
    await conceptPageSettled(page);
    await page.locator(".ldn-concept-page").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.mouse.move(0, 0);
    const box = await root.boundingBox();
    if (!box) throw new Error("no page on screen");
    writeFileSync(`${SCREENSHOTS}/concept-page-ko.png`, await page.screenshot({ animations: "disabled", clip: { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 12), width: Math.min(DESKTOP.width, box.width + 24), height: Math.min(DESKTOP.height - Math.max(0, box.y - 12), box.height + 24) } }));
  });

  it("previews links in Korean", async () => {
    const { page } = study;
    await page.locator(".ldn-concept-page .ldn-cp-link-all").click();
    const modal = page.locator(".ldn-link-preview");
    await expect.poll(() => modal.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await modal.locator(".modal-title").textContent()).toBe("개념 언급 링크하기");
    expect(await modal.locator(".ldn-lp-intro").textContent()).toMatch(/^노트 \d+개에서 \d+곳을 바꿉니다\./);
    expect(await modal.locator(".ldn-lp-apply").textContent()).toMatch(/^체크한 \d+곳 링크$/);
    expect(await modal.locator(".ldn-lp-line").first().textContent()).toMatch(/^\d+행$/);
    await modal.locator(".ldn-lp-cancel").click();
    expect(study.errors).toEqual([]);
  });
});

import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDashboard } from "../../src/engine/dashboard/build-dashboard";
import { DEFAULT_PAGE_SIZE } from "../../src/engine/dashboard/concept-table";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { haveChromium, SCREENSHOTS } from "./chromium";
import { checkMap } from "./map-checks";
import { clearNotices, DESKTOP, openStudyPage, PHONE, readVaultFile, runCommand, type StudyPage } from "./subject-folders-page";

/**
 * The dashboard of the shipped main.js in Chromium, on the generated study vault (300+ notes in
 * nested folders, Korean and English): a concept table with every concept, the tag picker,
 * sections that fold and stay folded, the queue by reason, the notes that may answer a question,
 * the concept map at desktop and phone width (labels measured with real fonts), its threshold,
 * pan and zoom, Open as canvas, and the empty states of a vault with no questions or concept
 * notes. Leaves the README's screenshots of the map and of the dashboard at phone width.
 */

const CANVAS = "DevOps concept map.canvas";

describe.skipIf(!haveChromium)("the dashboard of the shipped main.js on a 300-note study vault, in Chromium", () => {
  let study: StudyPage;
  let page: Page;
  let conceptCount = 0;
  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });
  const state = () => page.evaluate(() => window.ldnHost.app.workspace.getLeavesOfType("linked-devops-notes-dashboard")[0]?.view.getState());
  const dashboard = () => page.locator(".ldn-dashboard");

  beforeAll(async () => {
    study = await openStudyPage("study-vault");
    page = study.page;
    const model = buildDashboard(VaultIndex.build(Object.entries(study.files)));
    conceptCount = model.concepts.length;
  }, 90_000);

  afterAll(async () => {
    await study?.browser.close();
  });

  it("indexes the study vault: 300 notes and more, in nested folders", async () => {
    expect(Object.keys(study.files).length).toBeGreaterThanOrEqual(300);
    expect(new Set(Object.keys(study.files).map((path) => path.split("/").slice(0, -1).join("/"))).size).toBeGreaterThan(10);
    expect(await page.evaluate(() => window.ldnHost.plugin.live.index.size)).toBe(Object.keys(study.files).length);
  });

  it("lists every concept in a table that pages, sorts and filters, not the first thirty", async () => {
    await runCommand(page, "open-dashboard");
    await poll(() => dashboard().isVisible()).toBe(true);
    expect(conceptCount).toBeGreaterThan(30);
    const seen = new Set<string>();
    for (;;) {
      for (const id of await page.locator(".ldn-concept-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-concept") ?? ""))) seen.add(id);
      const next = page.locator(".ldn-page-next");
      if (await next.isDisabled()) break;
      await next.click();
    }
    expect(seen.size).toBe(conceptCount);
    const lastPageStart = Math.floor((conceptCount - 1) / DEFAULT_PAGE_SIZE) * DEFAULT_PAGE_SIZE + 1;
    expect(await page.locator(".ldn-page-status").textContent()).toBe(`${lastPageStart}–${conceptCount} of ${conceptCount}`);

    await page.locator(".ldn-sort[data-column='name']").click();
    const names = await page.locator(".ldn-concept-name").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    await page.locator(".ldn-concept-filter").fill("쿠버");
    await poll(() => page.locator(".ldn-concept-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-concept")))).toContain("kubernetes");
    expect(await page.locator(".ldn-concept-filter").evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await state()).toMatchObject({ conceptFilter: "쿠버", conceptSort: "name" });
    await page.locator(".ldn-concept-filter").fill("");
  });

  it("narrows to a tag picked by typing part of it, from nearly a hundred", async () => {
    const before = Number(await page.locator(".ldn-total-value").first().textContent());
    await page.locator(".ldn-tag-button").click();
    const input = page.locator(".ldn-tag-picker .prompt-input");
    await poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator(".ldn-tag-picker .suggestion-item").count()).toBeGreaterThan(80);
    await input.fill("network");
    await poll(() => page.locator(".ldn-tag-picker .ldn-tag-name").allTextContents()).toEqual(expect.arrayContaining(["#k8s/network", "#network"]));
    await page.locator(".ldn-tag-picker .suggestion-item", { hasText: "#k8s/network" }).click();
    await poll(() => page.locator(".ldn-tag-button").textContent()).toMatch(/^#k8s\/network \(\d+\)$/);
    const after = Number(await page.locator(".ldn-total-value").first().textContent());
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    await page.locator(".ldn-tag-clear").click();
    await poll(() => page.locator(".ldn-total-value").first().textContent()).toBe(String(before));
  });

  it("folds a section and keeps it folded in the view's saved state, across a reopened layout", async () => {
    await page.locator(".ldn-section-queue .ldn-section-toggle").click();
    await poll(() => page.locator(".ldn-section-queue .ldn-section-body").count()).toBe(0);
    expect(await page.locator(".ldn-section-queue .ldn-section-toggle").getAttribute("aria-expanded")).toBe("false");
    expect(await state()).toMatchObject({ collapsed: ["queue"] });
    // The layout reopened: a new leaf given the saved state draws the section folded.
    const reopened = await page.evaluate(async () => {
      const { workspace } = window.ldnHost.app;
      const saved = workspace.getLeavesOfType("linked-devops-notes-dashboard")[0]?.view.getState();
      const leaf = workspace.getLeaf(true);
      await leaf.setViewState({ type: "linked-devops-notes-dashboard", state: saved });
      const root = (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
      const result = { folded: root.querySelector(".ldn-section-queue")?.classList.contains("is-collapsed"), body: root.querySelectorAll(".ldn-section-queue .ldn-section-body").length };
      leaf.detach();
      return result;
    });
    expect(reopened).toEqual({ folded: true, body: 0 });
    await page.locator(".ldn-section-queue .ldn-section-toggle").click();
    await poll(() => page.locator(".ldn-section-queue .ldn-section-body").count()).toBe(1);
  });

  it("filters the review queue by reason, each reason with its count", async () => {
    const chips = page.locator(".ldn-reason-chip");
    expect(await chips.count()).toBe(4);
    const missing = page.locator(".ldn-reason-chip[data-reason='missing-links']");
    const count = Number(await missing.locator(".ldn-reason-count").textContent());
    expect(count).toBeGreaterThan(0);
    await missing.click();
    await poll(() => page.locator(".ldn-reason-chip[data-reason='missing-links']").getAttribute("aria-pressed")).toBe("true");
    const entries = page.locator(".ldn-queue-entry");
    expect(await entries.count()).toBe(Math.min(count, 20));
    const facts = await entries.evaluateAll((items) => items.map((item) => item.querySelector(".ldn-queue-facts")?.textContent ?? ""));
    expect(facts.every((text) => text.includes("Unresolved links"))).toBe(true);
    expect(await state()).toMatchObject({ queueReasons: ["missing-links"] });
    await page.locator(".ldn-reason-chip[data-reason='missing-links']").click();
  });

  it("shows under an open question the notes that may answer it; one click opens the best section", async () => {
    await page.locator(".ldn-section-questions .ldn-show-more").first().click();
    const question = page.locator(".ldn-question", { hasText: "인그레스 컨트롤러는 어떻게 설치하지?" });
    for (let i = 0; i < 30 && (await question.count()) === 0; i++) await page.locator(".ldn-section-questions .ldn-show-more").click();
    await poll(() => question.locator(".ldn-answer").count()).toBeGreaterThan(0);
    const first = question.locator(".ldn-answer").first();
    expect(await first.getAttribute("data-path")).toBe("MZ-CLOUD/kubernetes/network/ingress-nginx.md");
    expect(await first.locator(".ldn-answer-reasons").textContent()).toMatch(/mentions Ingress/);
    const line = Number(await first.getAttribute("data-line"));
    await first.locator(".ldn-answer-link").click();
    await poll(() => page.evaluate(() => window.ldnHost.app.workspace.lastOpened)).toEqual({ path: "MZ-CLOUD/kubernetes/network/ingress-nginx.md", line });
    await runCommand(page, "open-dashboard");
  });

  it("draws thirty concepts with no label over another, edges under the nodes, at desktop width", async () => {
    await checkMap(page, 30);
  });

  it("hides co-mentions under the threshold, keeps relations, and pans and zooms", async () => {
    const lines = () => page.locator(".ldn-map-edge.is-co-mention:not(.ldn-map-swatch *)").count();
    const relations = () => page.locator(".ldn-map .ldn-map-edge.is-curated").count();
    const [coBefore, relBefore] = [await lines(), await relations()];
    const slider = page.locator(".ldn-map-threshold input");
    const max = Number(await slider.getAttribute("max"));
    await slider.evaluate((el, max) => {
      (el as HTMLInputElement).value = String(Math.ceil(max / 2));
      el.dispatchEvent(new Event("change"));
    }, max);
    await poll(lines).toBeLessThan(coBefore);
    expect(await relations()).toBe(relBefore);
    expect(await state()).toMatchObject({ mapMinWeight: Math.ceil(max / 2) });
    expect(await page.locator(".ldn-map-legend-item").allTextContents()).toEqual(["Curated relation", "Mentioned together"]);

    const map = page.locator(".ldn-map");
    const viewBox = () => map.getAttribute("viewBox");
    const start = await viewBox();
    await page.locator(".ldn-map-zoom-in").click();
    const zoomed = await viewBox();
    expect(zoomed).not.toBe(start);
    expect(Number(zoomed?.split(" ")[2])).toBeLessThan(Number(start?.split(" ")[2]));
    const box = await map.boundingBox();
    if (!box) throw new Error("no map on screen");
    // A drag from an empty corner pans; it opens no concept.
    await page.mouse.move(box.x + 8, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 90, { steps: 6 });
    await page.mouse.up();
    expect(await viewBox()).not.toBe(zoomed);
    expect(await state()).not.toHaveProperty("concept");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const beforeWheel = await viewBox();
    await page.mouse.wheel(0, 300);
    await poll(viewBox).not.toBe(beforeWheel);
    await page.locator(".ldn-map-fit").click();
    expect(await viewBox()).toBe(start);
  });

  it("opens the map as a JSON Canvas file of concept notes, and never overwrites a canvas it did not write", async () => {
    await page.locator(".ldn-map-canvas").click();
    await poll(() => readVaultFile(page, CANVAS)).not.toBeNull();
    const canvas = JSON.parse((await readVaultFile(page, CANVAS)) ?? "{}") as { nodes: Array<{ id: string; type: string; file?: string }>; edges: Array<{ fromNode: string; toNode: string }> };
    expect(canvas.nodes[0]).toMatchObject({ type: "group" });
    const files = canvas.nodes.filter((node) => node.type === "file").map((node) => node.file);
    expect(files).toEqual(expect.arrayContaining(["Concepts/Kubernetes.md", "Concepts/Ingress.md"]));
    for (const file of files) expect(study.files[file ?? ""]).toBeDefined();
    const ids = new Set(canvas.nodes.map((node) => node.id));
    expect(canvas.edges.every((edge) => ids.has(edge.fromNode) && ids.has(edge.toNode))).toBe(true);
    expect(await page.evaluate(() => window.ldnHost.app.workspace.lastOpened?.path)).toBe(CANVAS);

    const mine = '{"nodes":[{"id":"a","type":"text","text":"my own board","x":0,"y":0,"width":200,"height":60}],"edges":[]}\n';
    await page.evaluate(async ({ path, mine }) => {
      const vault = window.ldnHost.app.vault;
      await vault.modify(vault.getAbstractFileByPath(path) as never, mine);
    }, { path: CANVAS, mine });
    await runCommand(page, "open-dashboard");
    await page.locator(".ldn-map-canvas").click();
    await poll(() => page.evaluate(() => window.FakeObsidian.Notice.messages.at(-1))).toMatch(/was not written by Linked DevOps Notes/);
    expect(await readVaultFile(page, CANVAS)).toBe(mine);
  });

  it("takes the map's screenshots, light and dark", async () => {
    await clearNotices(page);
    // The canvas test changed a file: the index takes it in, then the view redraws once (debounced).
    await page.evaluate(() => window.ldnHost.plugin.live.settled());
    await page.waitForTimeout(400);
    await page.mouse.move(0, 0);
    const section = page.locator(".ldn-section-map");
    await section.scrollIntoViewIfNeeded();
    for (const theme of ["light", "dark"] as const) {
      await page.evaluate((theme) => window.ldnHost.setTheme(theme), theme);
      const png = await section.screenshot({ animations: "disabled" });
      expect(png.length).toBeLessThan(400_000);
      writeFileSync(`${SCREENSHOTS}/map-${theme}.png`, png);
    }
    await page.evaluate(() => window.ldnHost.setTheme("light"));
  });

  it("fits a phone: nothing wider than the screen, thirty legible concepts, and takes its screenshots", async () => {
    await page.evaluate(() => window.ldnHost.setMobile(true));
    await page.setViewportSize(PHONE);
    await runCommand(page, "open-dashboard");
    await page.evaluate(() => window.ldnHost.app.workspace.getLeavesOfType("linked-devops-notes-dashboard")[0]?.view.setState({}, {}));
    await poll(() => page.locator(".ldn-totals").evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(" ").length)).toBe(2);
    expect(await dashboard().evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await checkMap(page, 30);
    await clearNotices(page);
    for (const theme of ["light", "dark"] as const) {
      await page.evaluate((theme) => window.ldnHost.setTheme(theme), theme);
      const png = await page.locator(".ldn-section-map").screenshot({ animations: "disabled" });
      expect(png.length).toBeLessThan(400_000);
      writeFileSync(`${SCREENSHOTS}/map-phone-${theme}.png`, png);
    }
    await dashboard().evaluate((el) => el.scrollTo(0, 0));
    for (const theme of ["light", "dark"] as const) {
      await page.evaluate((theme) => window.ldnHost.setTheme(theme), theme);
      const png = await page.screenshot({ animations: "disabled" });
      expect(png.length).toBeLessThan(400_000);
      writeFileSync(`${SCREENSHOTS}/dashboard-phone-${theme}.png`, png);
    }
    await page.evaluate(() => window.ldnHost.setTheme("light"));
    await page.setViewportSize(DESKTOP);
    await page.evaluate(() => window.ldnHost.setMobile(false));
  });

  it("logged no error", () => {
    expect(study.errors).toEqual([]);
  });
});

describe.skipIf(!haveChromium)("the dashboard's empty states, in Chromium", () => {
  let study: StudyPage;

  beforeAll(async () => {
    study = await openStudyPage("study-vault-bare", { questions: false, conceptNotes: false, notes: 300 });
  }, 90_000);

  afterAll(async () => {
    await study?.browser.close();
  });

  it("teach: how to write a question, and an offer to create the notes of the top concepts", async () => {
    const { page } = study;
    await runCommand(page, "open-dashboard");
    await expect.poll(() => page.locator(".ldn-how-to-ask").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator(".ldn-how-to-ask code").textContent()).toMatch(/^Q\. /);
    const offer = page.locator(".ldn-no-concept-notes");
    expect(await offer.isVisible()).toBe(true);
    const top = await page.locator(".ldn-concept-row").evaluateAll((rows) => rows.slice(0, 5).map((row) => row.querySelector(".ldn-concept-name")?.textContent ?? ""));
    expect(await offer.locator(".ldn-no-concept-notes-list").textContent()).toBe(top.join(" · "));
    await offer.locator(".ldn-create-top-notes").click();
    await expect.poll(() => page.evaluate(() => window.ldnHost.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Concepts/")).map((f) => f.basename).sort()), { timeout: 15_000 }).toEqual([...top].sort());
    await runCommand(page, "open-dashboard");
    await expect.poll(() => page.locator(".ldn-no-concept-notes").count(), { timeout: 15_000 }).toBe(0);
    expect(await page.locator(".ldn-concept-name.has-note").evaluateAll((names) => names.map((name) => name.textContent))).toEqual(expect.arrayContaining(top));
    expect(study.errors).toEqual([]);
  });
});

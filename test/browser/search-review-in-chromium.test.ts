import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { englishLeft, vaultWords } from "../plugin/i18n/korean-ui";
import { haveChromium } from "./chromium";
import { DESKTOP, openStudyPage, PHONE, runCommand, type StudyPage } from "./subject-folders-page";

/**
 * The shipped main.js in Chromium on the generated study vault: the term search (folders,
 * headings, queries across languages, the typo floor, concepts nobody mentions below notes, the
 * Korean IME), the concept picker, review numbers that add up after grading, the grade buttons on
 * a phone, a question badge in the editor naming the notes that may answer it, the heading
 * questions setting, and the whole UI with Obsidian in Korean.
 */

interface Shown {
  kind: string;
  title: string;
  meta: string;
}

describe.skipIf(!haveChromium)("search, review and the Korean UI of the shipped main.js on a 300-note study vault, in Chromium", () => {
  let study: StudyPage;
  let page: Page;
  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

  /** What the open search modal lists for `query`, once its input holds it. */
  async function results(query: string, modal = ".ldn-term-search"): Promise<Shown[]> {
    const input = page.locator(`${modal} .prompt-input`);
    await input.fill(query);
    await poll(() => input.inputValue()).toBe(query);
    return page.locator(`${modal} .suggestion-item`).evaluateAll((items) =>
      items.map((item) => ({
        kind: [...item.classList].find((c) => c.startsWith("is-") && c !== "is-selected" && c !== "is-translated")?.slice(3) ?? "",
        title: item.querySelector(".ldn-suggestion-title")?.textContent ?? "",
        meta: item.querySelector(".ldn-suggestion-meta")?.textContent ?? "",
      })),
    );
  }

  beforeAll(async () => {
    study = await openStudyPage("study-vault-search");
    page = study.page;
  }, 90_000);

  afterAll(async () => {
    await study?.browser.close();
  });

  it("finds notes across languages, with their folders, and Ingress first for 쿠버네티스 인그레스", async () => {
    await runCommand(page, "search-terms");
    const network = await results("도커 네트워크");
    const note = network.slice(0, 3).find((r) => r.kind === "note");
    expect(note).toMatchObject({ title: "docker-network" });
    // The folder, then the note's questions, each part apart from the next.
    expect(note?.meta).toMatch(/^MZ-CLOUD\/docker · \d+ open of \d+ questions?/);
    expect((await results("쿠버네티스 인그레스"))[0]).toMatchObject({ kind: "concept", title: "Ingress" });
    expect((await results("terraform")).map((r) => r.title)).not.toContain("rust-iterators");
    expect((await results("terafrom"))[0]).toMatchObject({ kind: "concept", title: "Terraform" });
  });

  it("finds headings, and ranks a concept nobody mentions below a note of the same name", async () => {
    const headings = await results("드라이버 비교");
    expect(headings[0]).toMatchObject({ kind: "heading", title: "드라이버 비교" });
    expect(headings[0]?.meta).toBe("MZ-CLOUD/docker · docker-network · line 7");
    const swarm = await results("docker swarm");
    expect(swarm.slice(0, 2).map((r) => `${r.kind}:${r.title}`)).toEqual(["note:docker-swarm", "concept:Docker Swarm"]);
    await page.locator(".ldn-term-search .prompt-input").fill("드라이버 비교");
    await poll(() => page.locator(".ldn-term-search .suggestion-item.is-heading").count()).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await poll(() => page.evaluate(() => window.ldnHost.app.workspace.lastOpened)).toEqual({ path: "MZ-CLOUD/docker/docker-network.md", line: 7 });
  });

  it("keeps the Korean IME's half-typed states on their concept: 도ㅋ, 쿠번, ㄷㅋ, ehzj", async () => {
    await runCommand(page, "search-terms");
    for (const [query, title] of [["도ㅋ", "Docker"], ["쿠번", "Kubernetes"], ["ㄷㅋ", "Docker"], ["ehzj", "Docker"], ["도커", "Docker"]] as const) {
      expect([query, (await results(query))[0]]).toEqual([query, expect.objectContaining({ kind: "concept", title })]);
    }
    await page.keyboard.press("Escape");
  });

  it("picks a concept for its note with the same search: ㅎㄹ finds Helm", async () => {
    await runCommand(page, "create-concept-note");
    const picked = await results("ㅎㄹ", ".ldn-concept-picker");
    expect(picked[0]).toMatchObject({ kind: "concept", title: "Helm" });
    expect(picked.every((r) => r.kind === "concept")).toBe(true);
    await page.keyboard.press("Escape");
  });

  it("adds up the review numbers after grading five cards, with today's due cards in the chart", async () => {
    const total = await page.evaluate(() => (window.ldnHost.plugin as unknown as { reviewCards: { store: { cards(): unknown[] } } }).reviewCards.store.cards().length);
    expect(total).toBeGreaterThan(20);
    await runCommand(page, "review-questions");
    await poll(() => page.locator(".ldn-review-card").count()).toBe(1);
    for (const grade of ["3", "3", "3", "3", "4"]) {
      const card = await page.locator(".ldn-review-card").getAttribute("data-card");
      await page.locator(".ldn-review").first().focus();
      await page.keyboard.press("Space");
      await poll(() => page.locator(".ldn-review-grade").count()).toBe(4);
      await page.keyboard.press(grade);
      await poll(() => page.locator(".ldn-review-card").getAttribute("data-card").catch(() => null)).not.toBe(card);
    }
    await runCommand(page, "open-dashboard");
    const stat = async (cls: string) => Number(await page.locator(`.ldn-review-stat.${cls} .ldn-review-stat-value`).textContent());
    await poll(() => stat("is-reviewed")).toBe(5);
    const [due, fresh, learning] = [await stat("is-due"), await stat("is-new"), await stat("is-learning")];
    const [cards, due2] = await page.locator(".ldn-review-breakdown div").allTextContents();
    const numbers = (text: string | undefined) => (text ?? "").match(/\d+/g)?.map(Number) ?? [];
    const [all, newCount, learningCount, inReview] = numbers(cards);
    expect([all, newCount, learningCount]).toEqual([total, fresh, learning]);
    expect((newCount ?? 0) + (learningCount ?? 0) + (inReview ?? 0)).toBe(total);
    expect(numbers(due2).reduce((a, b) => a + b, 0)).toBe(due);
    expect(fresh).toBe(total - 5);
    expect(learning).toBe(4);
    expect(await page.locator(".ldn-forecast-bar.is-today").getAttribute("data-count")).toBe(String(due));
  });

  it("keeps the four grade buttons in one row on a phone", async () => {
    await page.evaluate(() => window.ldnHost.setMobile(true));
    await page.setViewportSize(PHONE);
    await runCommand(page, "review-questions");
    await page.locator(".ldn-review").first().focus();
    await page.keyboard.press("Space");
    await poll(() => page.locator(".ldn-review-grade").count()).toBe(4);
    const boxes = await page.locator(".ldn-review-grade").evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), right: r.right })));
    expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(PHONE.width);
    // Korean words stay whole where the card's lines wrap (a browser breaks 버|전 by default).
    const split = await page.locator(".ldn-review-card").evaluate((card) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? "").matchAll(/[가-힣]{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(word[0]);
        }
      }
      return out;
    });
    expect(split).toEqual([]);
    await page.setViewportSize(DESKTOP);
    await page.evaluate(() => window.ldnHost.setMobile(false));
  });

  it("names, in an open question's badge in the editor, the notes that may answer it", async () => {
    await page.evaluate(() => window.ldnEditor.open("TIL/2024/02/2024-02-28.md"));
    const badge = page.locator(".ldn-test-editor .ldn-question-badge.is-open").first();
    await poll(() => badge.count()).toBe(1);
    await badge.click();
    const answer = badge.locator(".ldn-badge-answers .ldn-answer").first();
    await poll(() => answer.getAttribute("data-path")).toBe("MZ-CLOUD/kubernetes/network/ingress-nginx.md");
    expect(await badge.getAttribute("aria-label")).toMatch(/\nMay be answered in: ingress-nginx/);
    const line = Number(await answer.getAttribute("data-line"));
    await answer.locator(".ldn-answer-link").click();
    await poll(() => page.evaluate(() => window.ldnHost.app.workspace.lastOpened)).toEqual({ path: "MZ-CLOUD/kubernetes/network/ingress-nginx.md", line });
  });

  it("makes headings that ask review cards when the setting is turned on", async () => {
    const questions = () => page.evaluate(() => (window.ldnHost.plugin as unknown as { reviewCards: { store: { cards(): Array<{ question: string }> } } }).reviewCards.store.cards().map((c) => c.question));
    expect(await questions()).not.toContain("파드는 왜 재시작되나?");
    await page.evaluate(() => {
      const tab = window.ldnHost.app.settingTabs[0] as unknown as { display(): void; containerEl: HTMLElement };
      tab.display();
      const row = [...tab.containerEl.querySelectorAll(".setting-item")].find((item) => item.querySelector(".setting-item-name")?.textContent === "Headings that ask are review cards");
      const toggle = row?.querySelector<HTMLInputElement>("input[type=checkbox]");
      if (!toggle) throw new Error("no heading questions toggle");
      // The tab is not in the document here: a click would not fire change on it, so say it as the toggle does.
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    });
    await poll(questions).toContain("파드는 왜 재시작되나?");
  });

  it("shows no English with Obsidian in Korean: concepts as 쿠버네티스 (Kubernetes), grades 다시 어려움 좋음 쉬움", async () => {
    await page.evaluate(async () => {
      const { plugin } = window.ldnHost;
      plugin.unload();
      (window.FakeObsidian as unknown as { setFakeLanguage(code: string): void }).setFakeLanguage("ko");
      await plugin.load();
      await plugin.live.settled();
    });
    await runCommand(page, "open-dashboard");
    const root = page.locator(".ldn-dashboard");
    await poll(() => root.locator(".ldn-answers-finding").count()).toBe(0);
    const texts = await root.evaluate((el) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) out.push(node.textContent.trim());
      for (const child of el.querySelectorAll("[aria-label], [placeholder]")) out.push(child.getAttribute("aria-label") ?? "", child.getAttribute("placeholder") ?? "");
      return out.filter((text) => text !== "");
    });
    const index = VaultIndex.build(Object.entries(study.files));
    const vault = vaultWords(index, ["DevOps dashboard.md", "Concepts", "concept"]);
    expect(texts.flatMap((text) => englishLeft(text, vault).map((word) => `${word} in “${text.slice(0, 60)}”`))).toEqual([]);
    expect(await root.locator(".ldn-concept-name").first().textContent()).toMatch(/^[가-힣 ]+ \([A-Za-z ]+\)$/);
    expect(await root.locator(".ldn-section-toggle .ldn-section-title").allTextContents()).toEqual(["열린 질문", "복습 카드", "개념", "복습 대기열", "개념 지도"]);

    await runCommand(page, "review-questions");
    await page.locator(".ldn-review").first().focus();
    await page.keyboard.press("Space");
    await poll(() => page.locator(".ldn-review-grade-label").allTextContents()).toEqual(["다시", "어려움", "좋음", "쉬움"]);
    expect(study.errors).toEqual([]);
  });
});

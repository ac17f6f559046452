import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haveChromium, launchChromium, SCREENSHOTS } from "./chromium";
import { readFolder } from "./page-assets";
import { openPluginPage } from "./plugin-page";

/**
 * The shipped main.js's editor extension in a real CodeMirror editor, in headless Chromium, on a
 * note of the example vault: its question badges, an answer typed under an open question, a
 * concept card opened by hover and by tap, and "Link this mention" changing only that span of the
 * file. The page is `plugin-page.ts`'s, with its editor (`editor-page/editor-host.ts`). Leaves the README's screenshots of badges and a card.
 */

const DESKTOP = { width: 1000, height: 900 };
const PHONE = { width: 390, height: 844 };

const NOTE = "Seminars/세미나 - 도커와 쿠버네티스.md";
/** `7. Q. 서비스 메시는 정확히 뭘 해 주는 거지?`: open, the next item is not its answer. */
const OPEN_QUESTION_LINE = 49;
const ANSWER = "-> 서비스 사이의 통신을 사이드카 프록시가 맡는다";
/** `- 도커는 이 기술들을 …`: an unlinked mention of Docker, which has a concept note. */
const MENTION_LINE = 19;

describe.skipIf(!haveChromium)("the editor extension of the shipped main.js, in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  let original = "";

  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });
  const noteText = () => page.evaluate(async (path) => window.ldnHost.app.vault.read(window.ldnHost.app.vault.getAbstractFileByPath(path) as never), NOTE);
  const badgeOn = (line: number) => page.evaluate((line) => window.ldnEditor.badges().find((b) => b.line === line)?.status ?? null, line);
  const screenshot = async (name: string, selector: string, pad = 16) => {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`${selector} is not on screen`);
    const viewport = page.viewportSize() ?? DESKTOP;
    const x = Math.max(0, box.x - pad);
    const y = Math.max(0, box.y - pad);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}`, clip: { x, y, width: Math.min(viewport.width - x, box.width + 2 * pad), height: Math.min(viewport.height - y, box.height + 2 * pad) } });
  };

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, errors: pageErrors } = await openPluginPage(browser, {
      files: readFolder("example-vault"),
      editor: true,
      viewport: DESKTOP,
      beforeLayout: async () => {
        // Every mention underlined (by default, only the first of each concept per section): the card's tests pick any one.
        const plugin = window.ldnHost.plugin as unknown as { data: { settings: { hintEveryMention: boolean } }; saveSettings(reindex: boolean): Promise<void> };
        plugin.data.settings.hintEveryMention = true;
        await plugin.saveSettings(false);
      },
    }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("opens a note of the example vault in a CodeMirror editor and draws a badge for each question the index finds", async () => {
    await poll(() => page.evaluate(() => window.ldnHost.plugin.live.index.size)).toBe(15);
    original = await noteText();
    await page.evaluate((path) => window.ldnEditor.open(path), NOTE);
    const expected = await page.evaluate(
      (path) => (window.ldnHost.plugin.live.index as unknown as { note(p: string): { questions: Array<{ line: number; status: string }> } }).note(path).questions.map((q) => ({ line: q.line, status: q.status })),
      NOTE,
    );
    expect(expected.length).toBeGreaterThan(4);
    // CodeMirror draws the lines near the viewport: each question's line is brought into view.
    for (const question of expected) {
      await page.evaluate((line) => window.ldnEditor.reveal(line), question.line);
      await poll(() => badgeOn(question.line)).toBe(question.status);
    }
    expect(await page.evaluate(() => window.ldnEditor.badges().every((b) => b.line >= 5))).toBe(true);
    // Frontmatter (lines 1–4) names docker and kubernetes in its tags: nothing is drawn there.
    const inFrontmatter = await page.evaluate(() => {
      const view = window.ldnEditor.view;
      return [...view.dom.querySelectorAll(".ldn-concept-hint, .ldn-question-badge")].filter((el) => view.state.doc.lineAt(view.posAtDOM(el)).number <= 4).length;
    });
    expect(inFrontmatter).toBe(0);
    // Headings and link text are read, never linked: no concept there is underlined.
    const headingLine = await page.evaluate(() => window.ldnEditor.view.state.doc.toString().split("\n").findIndex((line) => line.startsWith("### ")) + 1);
    expect(headingLine).toBeGreaterThan(0);
    await page.evaluate((line) => window.ldnEditor.reveal(line), headingLine);
    const inHeadingsOrLinks = await page.evaluate(() => {
      const view = window.ldnEditor.view;
      return [...view.dom.querySelectorAll(".ldn-concept-hint")].filter((el) => /^#{1,6} |\[\[(?!.*\]\])/.test(view.state.doc.lineAt(view.posAtDOM(el)).text.slice(0, view.posAtDOM(el) - view.state.doc.lineAt(view.posAtDOM(el)).from))).map((el) => el.textContent);
    });
    expect(inHeadingsOrLinks).toEqual([]);
    expect(await page.locator(".ldn-question-badge").first().getAttribute("aria-label")).toMatch(/^(Open question|Answered|Unsure)/);
  });

  it("takes the badges' screenshots, light and dark", async () => {
    await page.evaluate(() => window.ldnEditor.reveal(38));
    await page.mouse.move(0, 0);
    for (const theme of ["light", "dark"] as const) {
      await page.evaluate((theme) => window.ldnHost.setTheme(theme), theme);
      await screenshot(`badges-${theme}.png`, ".ldn-test-editor .cm-editor", 0);
    }
    await page.evaluate(() => window.ldnHost.setTheme("light"));
  });

  it("turns an open question's badge answered as an answer is typed under it, before the note is saved", async () => {
    expect(await badgeOn(OPEN_QUESTION_LINE)).toBe("open");
    await page.evaluate((line) => window.ldnEditor.placeCursor(window.ldnEditor.view.state.doc.line(line).to), OPEN_QUESTION_LINE);
    await page.keyboard.press("Enter");
    await page.keyboard.type(ANSWER);
    await poll(() => badgeOn(OPEN_QUESTION_LINE)).toBe("answered");
    // The badge moved with the typing, not with a save: the file is as it was.
    expect(await page.evaluate(() => window.ldnEditor.savePending)).toBe(true);
    expect(await noteText()).toBe(original);

    await page.evaluate(() => window.ldnEditor.save());
    const lines = original.split("\n");
    lines.splice(OPEN_QUESTION_LINE, 0, ANSWER);
    expect(await noteText()).toBe(lines.join("\n"));
    original = await noteText();
  });

  it("shows the concept card on hover over an underlined mention, in light and dark", async () => {
    await page.evaluate((line) => window.ldnEditor.reveal(line), MENTION_LINE);
    const pos = await page.evaluate((line) => window.ldnEditor.offsetOn(line, "도커는"), MENTION_LINE);
    const hint = await page.evaluate((pos) => {
      const view = window.ldnEditor.view;
      const el = [...view.dom.querySelectorAll(".ldn-concept-hint")].find((h) => view.posAtDOM(h) === pos);
      return el && { text: el.textContent, concept: el.getAttribute("data-concept") };
    }, pos);
    expect(hint).toEqual({ text: "도커", concept: "docker" });

    const at = await page.evaluate((pos) => window.ldnEditor.coordsAt(pos + 1), pos);
    await page.mouse.move(at.x, at.y);
    const card = page.locator(".ldn-concept-card");
    await poll(() => card.isVisible()).toBe(true);
    expect(await card.locator(".ldn-card-title").textContent()).toBe("Docker");
    expect(await card.locator(".ldn-card-meta").textContent()).toMatch(/^Mentioned in \d+ notes$/);
    expect(await card.locator(".ldn-card-question").count()).toBeGreaterThan(0);
    for (const theme of ["light", "dark"] as const) {
      await page.evaluate((theme) => window.ldnHost.setTheme(theme), theme);
      await screenshot(`concept-card-${theme}.png`, ".ldn-concept-card-tooltip", 60);
    }
    await page.evaluate(() => window.ldnHost.setTheme("light"));
  });

  it("links the mention from the card: the file then differs only in that span", async () => {
    const hintsOnLine = () =>
      page.evaluate((line) => {
        const view = window.ldnEditor.view;
        return [...view.dom.querySelectorAll(".ldn-concept-hint")].filter((el) => view.state.doc.lineAt(view.posAtDOM(el)).number === line).map((el) => el.textContent);
      }, MENTION_LINE);
    const before = await hintsOnLine();
    expect(before).toEqual(["도커", "이미지", "레지스트리", "리눅스", "도커"]); // 이미지 and 레지스트리 beside 도커: a container image and registry
    const pos = await page.evaluate((line) => window.ldnEditor.offsetOn(line, "도커는"), MENTION_LINE);
    await page.locator(".ldn-concept-card .ldn-card-link").click();
    await poll(() => page.evaluate((line) => window.ldnEditor.view.state.doc.line(line).text.slice(0, 21), MENTION_LINE)).toBe("- [[Docker|도커]]는 이 기술");
    await poll(() => page.locator(".ldn-concept-card").count()).toBe(0);
    await page.evaluate(() => window.ldnEditor.save());
    expect(await noteText()).toBe(original.slice(0, pos) + "[[Docker|도커]]" + original.slice(pos + 2));
    original = await noteText();
    // Linked now: that mention is no longer underlined once its section is read again; the others are.
    await poll(hintsOnLine).toEqual(["이미지", "레지스트리", "리눅스", "도커"]);
  });

  it("on a phone, a tap pins the card with its buttons on screen, and a tap unfolds a badge", async () => {
    await page.evaluate(() => window.ldnHost.setMobile(true));
    await page.setViewportSize(PHONE);
    await page.evaluate(() => window.ldnEditor.reveal(21));
    const pos = await page.evaluate(() => window.ldnEditor.offsetOn(21, "도커에서도"));
    await page.evaluate((pos) => window.ldnEditor.placeCursor(pos), pos);
    const at = await page.evaluate((pos) => window.ldnEditor.coordsAt(pos + 1), pos);
    await page.mouse.click(at.x, at.y);
    const card = page.locator(".ldn-concept-card");
    await poll(() => card.isVisible()).toBe(true);
    const link = await card.locator(".ldn-card-link").boundingBox();
    expect(link && link.x >= 0 && link.x + link.width <= PHONE.width && link.height >= 44).toBe(true);
    await page.keyboard.press("Escape");
    await poll(() => card.count()).toBe(0);
    expect(await noteText()).toBe(original);

    const badge = page.locator(".ldn-question-badge").first();
    await badge.click();
    expect(await badge.getAttribute("aria-expanded")).toBe("true");
    expect(await badge.locator(".ldn-badge-detail").isVisible()).toBe(true);
    await page.setViewportSize(DESKTOP);
    await page.evaluate(() => window.ldnHost.setMobile(false));
  });

  it("turning concept hints off in settings takes the underlines out of the open editor, and on brings them back", async () => {
    const count = (selector: string) => page.locator(`.ldn-test-editor ${selector}`).count();
    const setHints = (on: boolean) =>
      page.evaluate(async (on) => {
        const plugin = window.ldnHost.plugin as unknown as { data: { settings: { conceptHints: boolean } }; saveSettings(reindex: boolean): Promise<void> };
        plugin.data.settings.conceptHints = on;
        await plugin.saveSettings(false);
      }, on);
    expect(await count(".ldn-concept-hint")).toBeGreaterThan(0);
    const badges = await count(".ldn-question-badge");
    await setHints(false);
    await poll(() => count(".ldn-concept-hint")).toBe(0);
    expect(await count(".ldn-question-badge")).toBe(badges);
    await setHints(true);
    await poll(() => count(".ldn-concept-hint")).toBeGreaterThan(0);
  });

  it("raised no error in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});

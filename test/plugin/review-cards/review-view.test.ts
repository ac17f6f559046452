// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { answerMarkdown } from "../../../src/engine/review-cards/cards";
import { formatInterval } from "../../../src/plugin/review-cards/format-interval";
import { REVIEW_VIEW_TYPE, ReviewView } from "../../../src/plugin/review-cards/review-view";
import { pickTag } from "../dashboard/pick-tag";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { MarkdownRenderer } from "../../fakes/obsidian";
import { ANSWERED_IN_EXAMPLE_VAULT, currentCard, disposeHarness, notes, openReview, press, progress, reload, rendered, savedData, start } from "./review-harness";

afterEach(disposeHarness);

describe("review view", () => {
  it("reviews three cards with the keyboard; the schedule goes to data.json, never the notes, and survives a restart", async () => {
    const h = await start();
    const before = notes(h.root);
    const view = await openReview(h);
    expect(progress(view)).toBe(`1 of ${ANSWERED_IN_EXAMPLE_VAULT} · ${ANSWERED_IN_EXAMPLE_VAULT} due today`);

    const graded: string[] = [];
    for (const grade of ["4", "3", "1"]) {
      const id = currentCard(view);
      graded.push(id);
      expect(view.contentEl.querySelector(".ldn-review-show-answer")).not.toBeNull();
      expect(view.contentEl.querySelector(".ldn-review-grade")).toBeNull();
      await press(view, "3"); // no grade before the answer is shown
      expect(currentCard(view)).toBe(id);

      await press(view, " ");
      const card = h.plugin.reviewCards.store.cards().find((c) => c.id === id);
      if (!card) throw new Error(`no card ${id}`);
      // The back is the answer as written in the note, rendered by Obsidian for that note.
      const answer = answerMarkdown(before.get(card.path) ?? "", card.answerLines);
      expect(MarkdownRenderer.calls.at(-1)).toEqual({ markdown: answer, sourcePath: card.path });
      expect(view.contentEl.querySelector(".ldn-review-answer")?.textContent).not.toBe("");
      // Each button tells when the card would come back.
      const preview = h.plugin.reviewCards.store.preview(card);
      const intervals = [...view.contentEl.querySelectorAll(".ldn-review-grade")].map((b) => [b.getAttribute("data-grade"), b.querySelector(".ldn-review-grade-interval")?.textContent]);
      expect(intervals).toEqual([1, 2, 3, 4].map((g) => [String(g), formatInterval(preview[g as 1 | 2 | 3 | 4].intervalMs)]));

      await press(view, grade);
      expect(currentCard(view)).not.toBe(id);
    }
    // Easy sent the first card days away; Good and Again keep the others in learning today.
    expect(progress(view)).toBe(`4 of ${ANSWERED_IN_EXAMPLE_VAULT} · ${ANSWERED_IN_EXAMPLE_VAULT - 1} due today`);

    const restarted = await reload(h);
    const data = savedData(h.root);
    expect(Object.keys(data.reviewCards.cards).sort()).toEqual([...graded].sort());
    expect(data.reviewCards.log.map((e) => e.rating)).toEqual([4, 3, 1]);
    expect(notes(h.root)).toEqual(before);

    const again = await openReview(restarted);
    expect(progress(again)).toBe(`1 of ${ANSWERED_IN_EXAMPLE_VAULT - 3} · ${ANSWERED_IN_EXAMPLE_VAULT - 1} due today`);
    expect(graded).not.toContain(currentCard(again));
    expect(restarted.plugin.reviewCards.store.summary()).toMatchObject({ dueToday: ANSWERED_IN_EXAMPLE_VAULT - 1, reviewsToday: 3, lapsesToday: 0 });
  });

  it("grades by click too, and opens the note at the question's line", async () => {
    const h = await start();
    const view = await openReview(h);
    const card = h.plugin.reviewCards.store.cards().find((c) => c.id === currentCard(view));
    view.contentEl.querySelector<HTMLElement>(".ldn-review-show-answer")?.click();
    await rendered();
    view.contentEl.querySelector<HTMLElement>('.ldn-review-grade[data-grade="2"]')?.click();
    await rendered();
    expect(h.plugin.reviewCards.store.state.log.map((e) => [e.card, e.rating])).toEqual([[card?.id, 2]]);

    view.contentEl.querySelector<HTMLElement>(".ldn-review-open-note")?.click();
    await h.settle();
    const next = h.plugin.reviewCards.store.cards().find((c) => c.id === currentCard(view)) ?? card;
    expect(h.app.workspace.lastOpened).toEqual({ path: next?.path, line: next?.line });
  });

  it("is started from the dashboard, narrowed to the dashboard's tag", async () => {
    const h = await start();
    await h.app.runCommand("linked-devops-notes:open-dashboard");
    const dashboard = h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view as unknown as DashboardView;
    await pickTag(dashboard, "기획안");
    const tagged = h.plugin.reviewCards.store.cards().filter((c) => c.tags.includes("기획안"));
    expect(tagged.length).toBeGreaterThan(0);
    expect(dashboard.contentEl.querySelector(".ldn-review-stat.is-due .ldn-review-stat-value")?.textContent).toBe(String(tagged.length));
    // Nothing graded yet, so nothing is scheduled ahead; today's bar shows the new cards due today.
    const bars = [...dashboard.contentEl.querySelectorAll(".ldn-forecast .ldn-forecast-bar")].map((bar) => Number(bar.getAttribute("data-count")));
    expect(bars[0]).toBe(tagged.length);
    expect(bars.slice(1).every((count) => count === 0)).toBe(true);
    expect(dashboard.contentEl.querySelector(".ldn-section-review-cards .ldn-empty")).toBeNull();

    dashboard.contentEl.querySelector<HTMLElement>(".ldn-review-start")?.click();
    await rendered();
    const view = h.app.workspace.getLeavesOfType(REVIEW_VIEW_TYPE)[0]?.view as unknown as ReviewView;
    expect(view.getState()).toEqual({ filter: "tag:기획안" });
    expect(progress(view)).toBe(`1 of ${tagged.length} · ${tagged.length} due today`);
    const seen = new Set<string>();
    for (let i = 0; i < tagged.length; i++) {
      seen.add(currentCard(view));
      await press(view, " ");
      await press(view, "4");
    }
    expect([...seen].sort()).toEqual(tagged.map((c) => c.id).sort());
    expect(view.contentEl.querySelector(".ldn-review-done")?.textContent).toMatch(/No questions are due/);
  });

  it("filters by concept from its own menu", async () => {
    const h = await start();
    const view = await openReview(h);
    const select = view.contentEl.querySelector<HTMLSelectElement>(".ldn-review-filter select");
    expect([...(select?.options ?? [])].map((o) => o.value)).toContain("concept:docker");
    if (!select) throw new Error("no filter");
    select.value = "concept:docker";
    select.dispatchEvent(new Event("change"));
    await rendered();
    const docker = h.plugin.reviewCards.store.cards().filter((c) => c.concepts.includes("docker"));
    expect(progress(view)).toBe(`1 of ${docker.length} · ${docker.length} due today`);
    expect(docker.map((c) => c.id)).toContain(currentCard(view));
    expect(view.getState()).toEqual({ filter: "concept:docker" });
  });

  it("skips a card whose question was deleted meanwhile, without taking the focus from the note being typed in", async () => {
    const h = await start({ exampleVault: false, files: { "flash.md": "Q. 도커란?\n-> 툴\n\nQ. 파드란?\n-> 단위\n" } });
    const view = await openReview(h);
    const [docker, pod] = h.plugin.reviewCards.store.cards();
    expect(currentCard(view)).toBe(docker?.id);
    const editor = document.body.createEl("textarea");
    editor.focus();
    await h.app.vault.modify(h.app.vault.getAbstractFileByPath("flash.md") as never, "Q. 파드란?\n-> 단위\n");
    await h.settle();
    await new Promise((resolve) => setTimeout(resolve, 350)); // the view's own refresh debounce
    await rendered();
    expect(currentCard(view)).toBe(pod?.id);
    expect(document.activeElement).toBe(editor);
  });

  it("dashboard shows today's reviews, lapses and the forecast from the schedule", async () => {
    const h = await start();
    const store = h.plugin.reviewCards.store;
    const [a, b] = store.cards();
    if (!a || !b) throw new Error("cards expected");
    store.grade(a, 4);
    store.grade(b, 3);
    await h.app.runCommand("linked-devops-notes:open-dashboard");
    const dashboard = h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view as unknown as DashboardView;
    const value = (cls: string): string => dashboard.contentEl.querySelector(`.ldn-review-stat.${cls} .ldn-review-stat-value`)?.textContent ?? "";
    // Easy sends a card days ahead; Good keeps one learning today; the rest are new and due today.
    const due = ANSWERED_IN_EXAMPLE_VAULT - 1;
    expect([value("is-due"), value("is-new"), value("is-learning"), value("is-reviewed")]).toEqual([String(due), String(ANSWERED_IN_EXAMPLE_VAULT - 2), "1", "2"]);
    const breakdown = [...dashboard.contentEl.querySelectorAll(".ldn-review-breakdown div")].map((el) => el.textContent);
    expect(breakdown).toEqual([
      `${ANSWERED_IN_EXAMPLE_VAULT} cards: ${ANSWERED_IN_EXAMPLE_VAULT - 2} new · 1 learning · 1 in review`,
      `Due today: ${ANSWERED_IN_EXAMPLE_VAULT - 2} new, 1 learning, 0 to review`,
      "2 grades given today, 0 forgotten",
    ]);
    const bars = [...dashboard.contentEl.querySelectorAll(".ldn-forecast-bar")].map((bar) => Number(bar.getAttribute("data-count")));
    expect(bars[0]).toBe(due); // today's bar: every card due today
    expect(bars.reduce((x, y) => x + y, 0)).toBe(due + 1); // and the Easy card on its day
  });
});


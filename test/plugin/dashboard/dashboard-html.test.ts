// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { loadPlugin, type Harness } from "../plugin-harness";

/**
 * The dashboard as the plugin draws it for the example vault, approved as HTML: one element a
 * line, attributes in order, so a change to what the view draws shows as a reviewable diff. The
 * map is laid out for a pane of unknown width (happy-dom has no layout): 640 units.
 */

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

/** The element's tree, indented, its text and attributes as the DOM holds them. */
function html(node: Node, depth = 0): string[] {
  const pad = "  ".repeat(depth);
  if (node.nodeType === 3) {
    const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
    return text === "" ? [] : [pad + text];
  }
  if (!(node instanceof Element)) return [];
  const attrs = [...node.attributes].map((a) => ` ${a.name}="${a.value.replace(/"/g, "&quot;")}"`).sort().join("");
  const tag = node.tagName.toLowerCase();
  const children = [...node.childNodes].flatMap((child) => html(child, depth + 1));
  if (children.length === 0) return [`${pad}<${tag}${attrs}></${tag}>`];
  if (children.length === 1 && !children[0]?.trim().startsWith("<")) return [`${pad}<${tag}${attrs}>${children[0]?.trim()}</${tag}>`];
  return [`${pad}<${tag}${attrs}>`, ...children, `${pad}</${tag}>`];
}

describe("the dashboard's rendered HTML", () => {
  it("is the approved one for the example vault, with a concept's panel open", async () => {
    harness = await loadPlugin();
    const leaf = harness.app.workspace.getLeaf(true);
    await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, state: { concept: "podman" } });
    const view = leaf.view as unknown as DashboardView;
    await view.conceptPageSettled(); // the page reads its notes' lines, then draws them
    // The notes that may answer each question are found a few at a time after the view is drawn.
    await expect.poll(() => view.contentEl.querySelectorAll(".ldn-answers-finding").length, { timeout: 10_000 }).toBe(0);
    await expect(html(view.contentEl).join("\n") + "\n").toMatchFileSnapshot("__snapshots__/example-vault-dashboard.html");
  });
});

import type { Page } from "playwright-core";
import { expect } from "vitest";

/** The map at the page's width: the nodes asked for, and no two labels or circles overlapping, as drawn. */
export async function checkMap(page: Page, nodes: number): Promise<void> {
  const map = page.locator(".ldn-map");
  await map.scrollIntoViewIfNeeded();
  expect(Number(await map.getAttribute("data-nodes"))).toBe(nodes);
  // Edges in a group drawn before (under) the nodes' group.
  expect(await map.evaluate((svg) => [...svg.children].map((child) => child.getAttribute("class")))).toEqual(["ldn-map-edges", "ldn-map-nodes"]);
  const overlaps = await map.evaluate((svg) => {
    const boxes = [...svg.querySelectorAll<SVGGElement>(".ldn-map-node")].map((node) => {
      const label = (node.querySelector("text") as SVGTextElement).getBoundingClientRect();
      const dot = (node.querySelector("circle") as SVGCircleElement).getBoundingClientRect();
      return { name: node.getAttribute("data-concept"), label, dot };
    });
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const out: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        if (hit(a.label, b.label) || hit(a.label, b.dot) || hit(a.dot, b.label) || hit(a.dot, b.dot)) out.push(`${a.name} × ${b.name}`);
      }
    });
    return out;
  });
  expect(overlaps).toEqual([]);
  // Legible: labels drawn at 10 px or more on screen.
  const size = await map.evaluate((svg) => (svg.querySelector(".ldn-map-node text") as SVGTextElement).getBoundingClientRect().height);
  expect(size).toBeGreaterThanOrEqual(10);
}

import type { App } from "./app";
import type { Component } from "./component";

/**
 * Obsidian's `MarkdownRenderer.render`, reduced to what a test can check: each non-blank line
 * becomes a paragraph, `![[embed]]` an embed span and `[[link]]` an internal link (the real one
 * renders images and links the same way, with these classes). Every call is kept for assertions.
 */
export class MarkdownRenderer {
  static readonly calls: Array<{ markdown: string; sourcePath: string }> = [];

  static async render(_app: App, markdown: string, el: HTMLElement, sourcePath: string, _component: Component): Promise<void> {
    MarkdownRenderer.calls.push({ markdown, sourcePath });
    for (const line of markdown.split("\n")) {
      if (line.trim() === "") continue;
      const p = el.createEl("p");
      let at = 0;
      for (const match of line.matchAll(/(!?)\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/g)) {
        p.appendChild(document.createTextNode(line.slice(at, match.index)));
        const target = match[2] as string;
        if (match[1]) p.createSpan({ cls: "internal-embed", attr: { src: target } });
        else p.createEl("a", { cls: "internal-link", text: target, attr: { "data-href": target } });
        at = (match.index ?? 0) + match[0].length;
      }
      p.appendChild(document.createTextNode(line.slice(at)));
    }
  }
}

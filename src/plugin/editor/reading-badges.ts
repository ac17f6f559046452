import type { QuestionStatus } from "../../engine/parse/note-types";
import { renderedWords } from "../../engine/text/rendered-words";
import { createBadgeEl, type BadgeAnswers } from "./badge-widget";

/**
 * Puts question badges into a rendered section of reading view. The questions come from the
 * engine's parse of the note; this only finds where each one was rendered: a list item by its
 * `data-line` (Obsidian numbers items from the section's first line), anything else (paragraphs,
 * headings, block quotes, callouts, items without `data-line`) by its text, in order, one rendered
 * line per question. A question whose line cannot be found gets no badge rather than a wrong one.
 */

export interface ReadingQuestion {
  /** 1-based line in the note. */
  line: number;
  text: string;
  status: QuestionStatus;
  tooltip: string;
  /** The notes that may answer it (open and unsure questions). */
  answers?: BadgeAnswers;
}

interface RenderedLine {
  container: HTMLElement;
  /** The `<br>` the line ends at, or null when it runs to the end of its container. */
  before: Node | null;
  key: string;
}

const LINE_BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, .callout-title-inner";
/** Children of a list item that hold other lines: the item's own line ends before them. */
const NESTED_BLOCKS = new Set(["UL", "OL", "BLOCKQUOTE", "DIV", "PRE", "TABLE", "P"]);
const KEY_CHARS = 24;

export function placeReadingBadges(el: HTMLElement, questions: readonly ReadingQuestion[], sectionLineStart: number): number {
  const doc = el.ownerDocument;
  let placed = 0;
  let lines: RenderedLine[] | undefined;
  let next = 0;
  for (const question of questions) {
    if (el.querySelector(`.ldn-question-badge[data-line="${question.line}"]`)) continue; // the processor ran twice
    const item = el.querySelector<HTMLElement>(`li[data-line="${question.line - 1 - sectionLineStart}"]`);
    let target: RenderedLine | undefined = item ? itemLine(item) : undefined;
    if (!target) {
      lines ??= renderedLines(el);
      const key = renderedWords(question.text).slice(0, KEY_CHARS);
      if (key === "") continue;
      const at = lines.findIndex((line, i) => i >= next && line.key.includes(key));
      target = lines[at]; // undefined when not found (at -1)
      if (!target) continue;
      next = at + 1;
    }
    const badge = createBadgeEl(doc, question.status, question.tooltip, question.answers);
    badge.setAttribute("data-line", String(question.line));
    target.container.insertBefore(badge, target.before);
    placed++;
  }
  return placed;
}

/** A list item's own line: in its first paragraph (loose lists), else up to its first line break or nested block. */
function itemLine(item: HTMLElement): RenderedLine {
  const paragraph = [...item.children].find((child) => child.tagName === "P") as HTMLElement | undefined;
  const container = paragraph ?? item;
  for (const child of container.childNodes) {
    if (child.nodeName === "BR" || (container === item && NESTED_BLOCKS.has(child.nodeName))) return { container, before: child, key: "" };
  }
  return { container, before: null, key: "" };
}

/** Every rendered line of the section, in document order: blocks split at their direct `<br>`s. */
function renderedLines(el: HTMLElement): RenderedLine[] {
  const out: RenderedLine[] = [];
  for (const block of el.querySelectorAll<HTMLElement>(LINE_BLOCKS)) {
    let text = "";
    for (const child of block.childNodes) {
      if (child.nodeName === "BR") {
        out.push({ container: block, before: child, key: renderedWords(text) });
        text = "";
      } else if (!NESTED_BLOCKS.has(child.nodeName) || block.tagName !== "LI") {
        if (child.nodeType === 1 && (child as Element).classList.contains("ldn-question-badge")) continue;
        text += child.textContent ?? "";
      } else {
        break; // the item's nested blocks are lines of their own, found as blocks
      }
    }
    const nested = block.tagName === "LI" ? [...block.childNodes].find((child) => NESTED_BLOCKS.has(child.nodeName)) : undefined;
    out.push({ container: block, before: nested ?? null, key: renderedWords(text) });
  }
  return out;
}

import type { VaultIndex } from "../../../src/engine/index/vault-index";

/**
 * What "no English reaches the Korean UI" is checked against. The UI shows the vault's own words
 * (note titles and paths, headings, questions, tags, the glossary's English names) and a few names
 * that are English in every language (Linked DevOps Notes, DevOps, Obsidian); everything else it says must
 * be Korean. `englishLeft` takes those out of a text and returns the English words left over.
 */

/**
 * Names that stay as they are in a Korean UI: the plugin's, the example words of the search's
 * placeholder, and the marker the export starts with (a machine reads it).
 */
const KEPT = ["%% linked-devops-notes:dashboard %%", "Linked DevOps Notes", "DevOps", "Obsidian", "Authentik", "ehzj", "kubernetes", "canvas"];

/** The vault's words: its notes' names, paths, headings, questions and answers, tags, and the glossary's names; `extra` adds setting values. */
export function vaultWords(index: VaultIndex, extra: readonly string[] = []): string[] {
  const words = new Set<string>();
  const add = (text: string | undefined): void => {
    const trimmed = text?.trim();
    if (!trimmed) return;
    words.add(trimmed);
    // Their words one by one too: an answer's reason names one word of a title (`prune` of docker-prune).
    for (const word of trimmed.split(/[^\p{L}\p{N}]+/u)) if (word.length >= 2) words.add(word);
  };
  for (const text of extra) add(text);
  for (const note of index.notes()) {
    add(note.path);
    add(note.path.replace(/\.md$/i, ""));
    add(note.title);
    const parts = note.path.split("/");
    for (let i = 1; i < parts.length; i++) add(parts.slice(0, i).join("/"));
    for (const alias of note.aliases) add(alias);
    for (const heading of note.headings) add(heading.text);
    for (const question of note.questions) {
      add(question.text);
      for (const line of question.answer.split("\n")) add(line);
    }
    for (const tag of note.tags) add(`#${tag}`);
    for (const field of note.emptyFields) add(field);
    for (const link of note.links) add(link.target);
  }
  for (const concept of index.concepts.concepts) for (const name of [concept.name, ...concept.en, ...concept.exact, ...concept.ko]) add(name);
  return [...words, ...KEPT].sort((a, b) => b.length - a.length);
}

/** The English words left in `text` once the vault's words and the kept names are taken out. */
export function englishLeft(text: string, vault: readonly string[]): string[] {
  let rest = text;
  for (const word of vault) if (rest.includes(word)) rest = rest.split(word).join(" ");
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

/** A note's text without its frontmatter, whose keys (tags, aliases) are Obsidian's format, not words for the reader. */
export function withoutFrontmatter(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, "");
}

/** Every text a person meets in an element: its text, and what is read out or shown on hover. */
export function shownTexts(root: Element): string[] {
  const out: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text) out.push(text);
  }
  for (const el of [root, ...root.querySelectorAll("*")]) {
    for (const name of ["aria-label", "placeholder", "title", "aria-valuetext"]) {
      const value = el.getAttribute(name);
      if (value) out.push(value);
    }
  }
  return out;
}

/** A window with the DOM helpers Obsidian installs on every window it opens, popouts included. */
export type ObsidianWindow = Window & { createEl: typeof createEl; createDiv: typeof createDiv; createSpan: typeof createSpan };

/**
 * The window a node lives in, to make elements in the document they will join: an editor may be in
 * a popout window, where the global `createSpan()` would make them in the main one. The assertion is
 * only for the typings, which declare Obsidian's helpers as globals and not on `Window`.
 */
export function windowOf(node: Node): ObsidianWindow {
  return node.win as ObsidianWindow;
}

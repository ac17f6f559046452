/**
 * A note can keep the linker out: `devops-links: false` in its frontmatter (a project log, a
 * pasted article, notes shared with people who do not use the plugin). Nothing in such a note is
 * linked, underlined or offered a Link button; its mentions still count everywhere else.
 */

/** The frontmatter property a note opts out with. */
export const LINKS_PROPERTY = "devops-links";

/** `false`, `no`, `off` or `0`, as YAML or as typed in Obsidian's property editor (a text). */
const OFF = new Set(["false", "no", "off", "0"]);

export function optsOutOfLinks(properties: Readonly<Record<string, unknown>>): boolean {
  const value = properties[LINKS_PROPERTY];
  if (value === false || value === 0) return true;
  return typeof value === "string" && OFF.has(value.trim().toLowerCase());
}

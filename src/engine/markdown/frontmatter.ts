/**
 * Frontmatter: where it is, and how its properties are read.
 *
 * We find the block ourselves (Obsidian's rule: `---` on the first line, closed by `---` or
 * `...` on a line of its own): an unclosed block is not frontmatter. What the block says comes
 * from a `FrontmatterReader`: the host's own parse (Obsidian's metadataCache), or the YAML
 * reader of `parse/yaml-frontmatter.ts` (gray-matter) for a host that has none. This file holds
 * no YAML parser, so a host that brings its own frontmatter bundles none.
 */

export interface FrontmatterBlock {
  /** Offset of the opening `---`. */
  start: number;
  /** Offset just past the closing delimiter line (including its line break). */
  end: number;
  /** 1-based line of the closing delimiter. */
  endLine: number;
  /** The YAML between the delimiters. */
  yaml: string;
  /** Language written after the opening dashes (`js` in `---js`), empty for plain `---`. */
  language: string;
}

export function locateFrontmatter(text: string): FrontmatterBlock | null {
  if (!text.startsWith("---")) return null;
  const firstBreak = text.indexOf("\n");
  const opening = (firstBreak === -1 ? text : text.slice(0, firstBreak)).trimEnd();
  const language = opening.slice(3).trim();
  if (opening.length > 3 && !/^[A-Za-z]+$/.test(language)) return null; // `----` or `--- x`
  if (firstBreak === -1) return null;
  let lineStart = firstBreak + 1;
  let line = 2;
  while (lineStart <= text.length) {
    const lineEnd = text.indexOf("\n", lineStart);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const content = text.slice(lineStart, end).trimEnd();
    if (content === "---" || content === "...") {
      return {
        start: 0,
        end: lineEnd === -1 ? text.length : lineEnd + 1,
        endLine: line,
        yaml: text.slice(firstBreak + 1, lineStart),
        language: language.toLowerCase(),
      };
    }
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
    line++;
  }
  return null;
}

export interface FrontmatterReading {
  data: Record<string, unknown> | null;
  warning?: string;
}

/** Reads a located block into a plain object, or explains why it could not. Never throws. */
export type FrontmatterReader = (block: FrontmatterBlock) => FrontmatterReading;

/**
 * A frontmatter reader over a host's YAML parser (`parse` may throw): only YAML blocks are read
 * (`---js` and the like are reported, never run), and only a mapping becomes properties.
 */
export function frontmatterReaderOf(parse: (yaml: string) => unknown): FrontmatterReader {
  return (block) => {
    if (block.language !== "" && block.language !== "yaml" && block.language !== "yml") {
      return {
        data: null,
        warning: `frontmatter written as "${block.language}" is not read (only YAML is; code in notes is never run)`,
      };
    }
    if (block.yaml.trim() === "") return { data: {} };
    let data: unknown;
    try {
      data = parse(block.yaml);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      return { data: null, warning: `frontmatter is not valid YAML (${reason}); the rest of the note is still read` };
    }
    if (data === null || data === undefined) return { data: {} };
    if (typeof data !== "object" || Array.isArray(data)) {
      return { data: null, warning: "frontmatter is not a list of properties (key: value); it is ignored" };
    }
    return { data: propertiesByKey(data as Record<string, unknown>) };
  };
}

/** `tags : [기획안]` reads as key `tags`; keys are compared trimmed and in lower case. */
export function propertiesByKey(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const normal = key.trim().toLowerCase();
    // A `__proto__` key would replace the object's prototype instead of becoming a property.
    if (normal === "__proto__" || Object.prototype.hasOwnProperty.call(out, normal)) continue;
    out[normal] = value;
  }
  return out;
}

/** A frontmatter value that may be a list or a comma/space separated string, as strings. */
export function listProperty(value: unknown, separators: RegExp): string[] {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(separators) : value == null ? [] : [value];
  const out: string[] = [];
  for (const item of items) {
    if (item == null || typeof item === "object") continue;
    const text = String(item).trim();
    if (text !== "") out.push(text.normalize("NFC"));
  }
  return out;
}

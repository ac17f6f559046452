import matter from "gray-matter";
import { propertiesByKey, type FrontmatterBlock, type FrontmatterReading } from "../markdown/frontmatter";

/**
 * The frontmatter reader for a host that has no parse of its own (the CLI, the tests): the
 * block located by `locateFrontmatter`, handed to gray-matter, always as YAML.
 * - `---js`, `---javascript`, `---coffee` blocks are never evaluated (gray-matter's default
 *   JavaScript engine calls `eval`), they are reported and skipped;
 * - options are always passed, so gray-matter's per-input cache (which would keep every
 *   version of every note alive) is never used.
 *
 * Only this file imports gray-matter: a host that supplies the frontmatter (the plugin, from
 * Obsidian's metadataCache) never reaches it, and its bundle holds no YAML parser.
 */

const refuseToEvaluate = {
  parse(): never {
    throw new Error("frontmatter in a programming language is not evaluated");
  },
};

const SAFE_OPTIONS = {
  language: "yaml",
  engines: { javascript: refuseToEvaluate, js: refuseToEvaluate, coffee: refuseToEvaluate },
};

/** Reads a located block into a plain object, or explains why it could not. Never throws. */
export function readYamlFrontmatter(block: FrontmatterBlock): FrontmatterReading {
  if (block.language !== "" && block.language !== "yaml" && block.language !== "yml") {
    return {
      data: null,
      warning: `frontmatter written as "${block.language}" is not read (only YAML is; code in notes is never run)`,
    };
  }
  if (block.yaml.trim() === "") return { data: {} };
  let data: unknown;
  try {
    data = matter(`---\n${block.yaml}---\n`, SAFE_OPTIONS).data;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { data: null, warning: `frontmatter is not valid YAML (${reason}); the rest of the note is still read` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { data: null, warning: "frontmatter is not a list of properties (key: value); it is ignored" };
  }
  return { data: propertiesByKey(data as Record<string, unknown>) };
}

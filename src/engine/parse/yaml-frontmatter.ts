import matter from "gray-matter";
import { frontmatterReaderOf, type FrontmatterReader } from "../markdown/frontmatter";

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
export const readYamlFrontmatter: FrontmatterReader = frontmatterReaderOf((yaml) => matter(`---\n${yaml}---\n`, SAFE_OPTIONS).data);

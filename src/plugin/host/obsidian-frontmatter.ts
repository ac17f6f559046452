import { parseYaml } from "obsidian";
import { frontmatterReaderOf } from "../../engine/markdown/frontmatter";

/**
 * Frontmatter read with Obsidian's own YAML parser, for the texts the metadataCache has not seen:
 * the editor's unsaved buffer the linker and the hints read, a note planned in a link preview.
 * Without it such a text would have no properties, and `devops-links: false` or a concept's
 * `aliases` written there would be missed. The bundle still carries no YAML parser of its own.
 */
export const readFrontmatterWithObsidian = frontmatterReaderOf((yaml) => parseYaml(yaml) as unknown);

import { readTagsAndAliases } from "../parse/quick-frontmatter";
import { HostedVaultIndex, type IndexHost, type IndexOptions } from "./hosted-vault-index";

export type { IndexHost, IndexOptions, LinkLocation, LinkResolver, NoteEntry, RelatedConcept, UnresolvedLink } from "./hosted-vault-index";

/**
 * The index for a host with no metadata of its own (the CLI, the tests, the bench): notes
 * upserted without metadata have their frontmatter's tags, aliases and `devops-links` read (by hand when it is
 * written plainly, else with gray-matter's YAML: `parse/quick-frontmatter.ts`); no other
 * property reaches the index. Everything else is `HostedVaultIndex`, which a host that supplies
 * metadata (the plugin) uses directly, so its bundle holds no YAML parser.
 */
export class VaultIndex extends HostedVaultIndex {
  constructor(options: IndexOptions = {}, host: IndexHost = {}) {
    super(options, { readFrontmatter: readTagsAndAliases, ...host });
  }
}

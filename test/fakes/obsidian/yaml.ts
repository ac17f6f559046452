import matter from "gray-matter";

/** Like Obsidian's `parseYaml`: the value the YAML holds; throws on YAML it cannot read. */
export function parseYaml(yaml: string): unknown {
  // Options given: gray-matter then keeps no cache of its own.
  return matter(`---\n${yaml}\n---\n`, { language: "yaml" }).data;
}

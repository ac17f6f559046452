/**
 * Stands in for Node's `fs` in the plugin bundle. gray-matter `require`s `fs` at load time only
 * for `matter.read(file)`, which we never call; Obsidian mobile has no `fs` at all, so the
 * bundle must not ask for it. Anything that does reach for it fails loudly.
 */
function unavailable(): never {
  throw new Error("the file system is not available to the Linked DevOps Notes plugin");
}

export const readFileSync = unavailable;
export default { readFileSync };

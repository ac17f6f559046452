import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Every note under `dir` (`.md` files, hidden folders and files skipped), in the order the floor
 * reads them: what the read floor and the bounds, in one thread or several, all walk.
 */
export function walkNotes(dir: string, visit: (path: string) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walkNotes(path, visit);
    else if (entry.name.endsWith(".md")) visit(path);
  }
}

import type { FrontmatterBlock, FrontmatterReader, FrontmatterReading } from "../markdown/frontmatter";
import { LINKS_PROPERTY } from "./link-opt-out";
import { readYamlFrontmatter } from "./yaml-frontmatter";

/**
 * The frontmatter as the index needs it: only its tags, aliases and `devops-links` (no other
 * property reaches a record), read by hand when the block is written in the plain shape nearly every vault uses,
 * and by gray-matter's YAML otherwise. The shape read by hand is valid YAML whatever it holds,
 * so it never hides a warning YAML would give:
 *
 * - `key: value`, the key a plain word or words (`tags`, `publish`, `created at`) that YAML reads
 *   as a string (not `1`, `true`, `null`), each key once;
 * - the value empty, a plain scalar (`정리`, `plugins/dataview`, `2024-03-02`, `true`, `a, b`), a
 *   quoted one with no quote or backslash inside (`"1.10.0"`, `'정리'`), or a flow list of plain
 *   scalars (`[devops, til]`);
 * - an empty value followed by a block list (`- docker`), every item at one indentation; an item
 *   left empty (`- `, as publishing templates write `aliases:` and `tags:`) is YAML's null.
 *
 * Anything else (quotes, a `#` comment, `: ` inside a value, nested maps, anchors, multi-line
 * scalars, a tag or alias YAML would read as a number, a date, a boolean or null) goes to YAML,
 * which knows what it means. Returns the properties `tags`, `tag`, `aliases`, `alias` and
 * `devops-links` only, with
 * their keys as `propertiesByKey` gives them.
 */
export const readTagsAndAliases: FrontmatterReader = (block) => quickRead(block) ?? readYamlFrontmatter(block);

// The properties the engine reads: tags and aliases, and the opt-out of linking (`link-opt-out.ts`).
const WANTED = new Set(["tags", "tag", "aliases", "alias", LINKS_PROPERTY]);

function quickRead(block: FrontmatterBlock): FrontmatterReading | undefined {
  if (block.language !== "" || block.yaml.length > 4096) return undefined;
  const lines = block.yaml.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const keys = new Set<string>();
  // What YAML then `propertiesByKey` give: the first key of each spelling in lower case wins.
  const owner = new Map<string, string>();
  const data: Record<string, unknown> = {};
  const settle = (key: string, value: unknown): void => {
    const lower = key.toLowerCase();
    if (owner.get(lower) === key && WANTED.has(lower)) data[lower] = value;
  };
  let list: { key: string; items: Array<string | null>; indent: number } | undefined;
  const endList = (): void => {
    if (list) settle(list.key, list.items.length > 0 ? list.items : null);
    list = undefined;
  };
  for (const line of lines) {
    if (line.trim() === "") return undefined;
    const indent = leadingSpaces(line);
    if (list && line[indent] === "-") {
      if (list.items.length > 0 && indent !== list.indent) return undefined;
      const item = line.slice(indent + 1);
      if (item !== "" && item[0] !== " ") return undefined;
      const value = item.trim();
      if (value !== "" && (!plainScalar(value) || (WANTED.has(list.key.toLowerCase()) && !readsAsString(value)))) return undefined;
      if (list.items.length === 0) list.indent = indent;
      list.items.push(value === "" ? null : value);
      continue;
    }
    endList();
    if (indent !== 0) return undefined;
    const colon = line.indexOf(":");
    const key = colon <= 0 ? "" : line.slice(0, colon).trimEnd();
    // A key YAML reads as a number, boolean or null (`1`, `01`, `True`, `null`) may equal another
    // spelled otherwise (a duplicate, which YAML refuses): such keys go to YAML.
    if (!/^[\p{L}\p{N}_][\p{L}\p{N}_ -]*$/u.test(key) || !readsAsString(key) || keys.has(key) || key.toLowerCase() === "__proto__") return undefined;
    keys.add(key);
    if (!owner.has(key.toLowerCase())) owner.set(key.toLowerCase(), key);
    const rest = line.slice(colon + 1);
    if (rest !== "" && rest[0] !== " ") return undefined;
    const value = rest.trim();
    const wanted = WANTED.has(key.toLowerCase());
    if (value === "") {
      list = { key, items: [], indent: 0 };
    } else if (value[0] === "[") {
      const items = flowList(value);
      if (!items || (wanted && !items.every(readsAsString))) return undefined;
      settle(key, items);
    } else if (value[0] === '"' || value[0] === "'") {
      const inner = quotedScalar(value);
      if (inner === undefined) return undefined;
      settle(key, inner);
    } else {
      if (!plainScalar(value) || (wanted && !readsAsString(value))) return undefined;
      settle(key, value);
    }
  }
  endList();
  return { data };
}

function leadingSpaces(line: string): number {
  let at = 0;
  while (line.charCodeAt(at) === 32) at++;
  return at;
}

/**
 * A scalar YAML reads as written in a block: no indicator first (`[ ] { } # & * ! | > ' " % @ ,`
 * and backtick, `- `, `? `, `:`), no `: ` or ` #` inside, no tab, not ending with `:`. (A `,`
 * inside is plain text in a block; a flow list's items are cut at theirs before they come here.)
 */
function plainScalar(value: string): boolean {
  if (value === "") return true;
  if ("[]{}#&*!|>'\"%@`:?,".includes(value[0] as string)) return false;
  if (value[0] === "-" && (value.length === 1 || value[1] === " ")) return false;
  if (value.includes(": ") || value.includes(" #") || value.includes("\t") || value.endsWith(":")) return false;
  return true;
}

/** The text of `"…"` or `'…'` with no quote of its kind (nor, in `"…"`, a backslash) inside; else undefined. */
function quotedScalar(value: string): string | undefined {
  const quote = value[0] as string;
  if (value.length < 2 || value[value.length - 1] !== quote) return undefined;
  const inner = value.slice(1, -1);
  if (inner.includes(quote) || (quote === '"' && inner.includes("\\"))) return undefined;
  return inner;
}

/** `[a, b, c]` of plain scalars, or undefined. */
function flowList(value: string): string[] | undefined {
  if (!value.endsWith("]")) return undefined;
  const inner = value.slice(1, -1);
  if (/[[\]{}]/.test(inner)) return undefined;
  if (inner.trim() === "") return [];
  const items = inner.split(",").map((item) => item.trim());
  return items.every((item) => item !== "" && plainScalar(item)) ? items : undefined;
}

/**
 * Whether YAML reads a plain scalar as this very string: not a number (`2024`, `1e3`, `0x1A`,
 * `.5`), a boolean or a null of any spelling YAML knows, nor a date.
 */
function readsAsString(value: string): boolean {
  if (value === "" || /^[-+.]?[0-9]/.test(value) || /^[-+]?\.(?:inf|nan)$/i.test(value)) return false;
  return !/^(?:true|false|yes|no|on|off|y|n|null|~)$/i.test(value);
}

import type { BodyField } from "./note-types";
import type { LineInfo } from "../markdown/line-structure";

/**
 * `key : value` lines of the body, as note templates write them (`출처 : 코오롱 글로벌`,
 * `Up : [[HOME 🌎]]`, Dataview's `key:: value`), and the template fields left empty.
 *
 * A field is a top-level line (not in a list, quote or code) whose key is a short label: at most
 * 30 characters and 4 words, no markup. A field is *empty* when nothing follows its colon and
 * nothing stands under it (tags and comments aside) before the next field, heading or rule: `키워드 :` followed by
 * `관련있는 메모 :` is empty; `장점:` followed by a paragraph is a label, not an empty field.
 */

const FIELD = /^([^\s:#>*=`|[\]()<>"'-][^:*=`|[\]()<>"]{0,29}?)[ \t]*::?(?:[ \t]+(.*))?$/;

export interface FieldReading {
  fields: BodyField[];
  emptyFields: string[];
}

export function readBodyFields(text: string, lines: LineInfo[], prose: string): FieldReading {
  const fields: BodyField[] = [];
  const fieldLines = new Set<number>();
  // The first colon of the prose at or after the line looked at (lines come in order); -2: not
  // looked for yet, -1: none left.
  let nextColon = -2;
  lines.forEach((line, index) => {
    if (line.kind !== "text" || line.list || line.quoteDepth > 0 || line.indent >= 4) return;
    // A field has a colon: most lines have none, and are passed over without a copy or a regex.
    if (nextColon !== -1 && nextColon < line.start) nextColon = prose.indexOf(":", line.start);
    if (nextColon === -1 || nextColon >= line.end) return;
    // Read the key from the prose (so `https://…` and `<b>x</b>:` are already blanked) …
    const proseLine = prose.slice(line.start, line.end).trimEnd();
    const match = FIELD.exec(proseLine);
    if (!match) return;
    const key = (match[1] as string).trim();
    if (key === "" || key.split(/\s+/).length > 4 || /^\d+[.)]?$/.test(key)) return;
    // … and the value from the note as written, links included.
    const colon = line.start + proseLine.indexOf(":", (match[1] as string).length);
    const value = text.slice(colon + 1, line.end).replace(/^:/, "").trim();
    fields.push({ key, value, line: index + 1 });
    fieldLines.add(index);
  });
  const emptyFields: string[] = [];
  for (const field of fields) {
    if (field.value !== "") continue;
    let next = field.line; // index of the line after the field
    while (next < lines.length && !holdsContent(text, prose, lines[next] as LineInfo)) next++;
    const after = lines[next];
    if (!after || fieldLines.has(next) || after.kind === "heading" || after.kind === "rule") emptyFields.push(field.key);
  }
  return { fields, emptyFields };
}

/** Whether a line says something: not blank, and not only tags or a comment (which are blanked in the prose). */
function holdsContent(text: string, prose: string, line: LineInfo): boolean {
  if (line.kind === "blank") return false;
  if (line.kind !== "text") return true;
  return prose.slice(line.start, line.end).trim() !== "" || text.slice(line.start, line.end).includes("![");
}

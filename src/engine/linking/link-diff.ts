import type { LinkPlan } from "./plan-concept-links";

/**
 * A link plan as a unified diff (`diff -U0`): one hunk per run of changed lines, the lines as
 * stored (a CRLF line keeps its `\r`), so `patch` applies it and a reader sees every change.
 * Linking never adds or removes a line, so each hunk has as many lines on both sides.
 */
export function renderLinkDiff(path: string, stored: string, plan: LinkPlan): string {
  if (plan.links.length === 0) return "";
  const before = storedLines(stored);
  const after = storedLines(plan.text);
  const changed = [...new Set(plan.links.map((link) => link.line))].sort((a, b) => a - b);
  const out = [`--- a/${path}`, `+++ b/${path}`];
  for (let k = 0; k < changed.length; ) {
    const first = changed[k] as number;
    let last = first;
    while (changed[k + 1] === last + 1) last = changed[++k] as number;
    k++;
    const count = last - first + 1;
    out.push(`@@ -${first}${count === 1 ? "" : `,${count}`} +${first}${count === 1 ? "" : `,${count}`} @@`);
    const noNewline = last === before.length && !/[\r\n]$/.test(stored);
    for (const [sign, lines] of [["-", before], ["+", after]] as const) {
      for (let line = first; line <= last; line++) out.push(sign + (lines[line - 1] as string));
      if (noNewline) out.push("\\ No newline at end of file");
    }
  }
  return out.join("\n") + "\n";
}

/** The lines of a text split where the parser splits them (`\n`, `\r\n`, `\r`), a CRLF line keeping its `\r`. */
function storedLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 10) {
      lines.push(text.slice(start, at));
      start = at + 1;
    } else if (c === 13 && text.charCodeAt(at + 1) !== 10) {
      lines.push(text.slice(start, at));
      start = at + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

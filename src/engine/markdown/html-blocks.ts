/**
 * HTML blocks as CommonMark (and so Obsidian) reads them: a line starting with one of seven kinds
 * of tag opens a block of raw HTML, in which markdown is not read (a link written there shows as
 * written). Comments (`<!--`) are left to the inline scan, which reads them wherever they start.
 *
 * - `raw` blocks (`<pre>`, `<script>`, `<style>`, `<textarea>`, `<?…?>`, `<!DOCTYPE …>`,
 *   `<![CDATA[…]]>`) run to the line holding their end marker, blank lines included; nothing in
 *   them is prose.
 * - `text` blocks (`<div>`, `<details>`, `<p>`, `<table>` … or a lone complete tag) run to the
 *   next blank line; their tags are markup, the words between them are read but never linked.
 */

export type HtmlBlockStart = { kind: "raw"; end: RegExp } | { kind: "text"; interruptsParagraph: boolean };

const RAW_TAGS = /^<(script|pre|style|textarea)(?=[\s>]|$)/i;
const RAW_END: Record<string, RegExp> = {
  script: /<\/script>/i,
  pre: /<\/pre>/i,
  style: /<\/style>/i,
  textarea: /<\/textarea>/i,
};
const PROCESSING_END = /\?>/;
const DECLARATION_END = />/;
const CDATA_END = /\]\]>/;

const BLOCK_TAGS = new Set(
  (
    "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt " +
    "fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link " +
    "main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead " +
    "title tr track ul"
  ).split(" "),
);

/** Lines longer than this are never taken for a lone tag (the check would read them whole). */
const MAX_LONE_TAG = 1000;

/** Whether `content` (a line from its first non-space character) opens an HTML block, and of which kind. */
export function htmlBlockStart(content: string): HtmlBlockStart | null {
  if (content.charCodeAt(0) !== 60 /* < */) return null;
  const raw = RAW_TAGS.exec(content);
  if (raw) return { kind: "raw", end: RAW_END[(raw[1] as string).toLowerCase()] as RegExp };
  if (content.startsWith("<!--")) return null;
  if (content.startsWith("<?")) return { kind: "raw", end: PROCESSING_END };
  if (content.startsWith("<![CDATA[")) return { kind: "raw", end: CDATA_END };
  if (/^<![A-Za-z]/.test(content)) return { kind: "raw", end: DECLARATION_END };
  const nameEnd = tagNameEnd(content);
  if (nameEnd === -1) return null;
  const name = content.slice(content.charCodeAt(1) === 47 ? 2 : 1, nameEnd).toLowerCase();
  if (BLOCK_TAGS.has(name)) {
    const after = content.charCodeAt(nameEnd);
    const closes = after === 62 || (after === 47 && content.charCodeAt(nameEnd + 1) === 62);
    if (Number.isNaN(after) || after === 32 || after === 9 || closes) return { kind: "text", interruptsParagraph: true };
  }
  if (content.length <= MAX_LONE_TAG && isLoneTag(content)) return { kind: "text", interruptsParagraph: false };
  return null;
}

/** Where the tag name ends in `<div …` or `</div>`, or -1 when no tag name starts there. */
function tagNameEnd(content: string): number {
  let at = content.charCodeAt(1) === 47 /* / */ ? 2 : 1;
  if (!isLetter(content.charCodeAt(at))) return -1;
  while (at < content.length && (isLetter(content.charCodeAt(at)) || isDigit(content.charCodeAt(at)) || content.charCodeAt(at) === 45)) at++;
  return at;
}

/**
 * A complete opening or closing tag alone on its line (spaces after it allowed): CommonMark's
 * seventh kind of HTML block, `<custom-element attr="x">`. Read by hand: a regex for attributes
 * backtracks over runs of spaces.
 */
function isLoneTag(content: string): boolean {
  let at = 1;
  const closing = content.charCodeAt(at) === 47;
  if (closing) at++;
  while (at < content.length && (isLetter(content.charCodeAt(at)) || isDigit(content.charCodeAt(at)) || content.charCodeAt(at) === 45)) at++;
  if (!closing) {
    for (;;) {
      const spaceFrom = at;
      while (at < content.length && isSpace(content.charCodeAt(at))) at++;
      const c = content.charCodeAt(at);
      if (at === spaceFrom || !(isLetter(c) || c === 95 || c === 58)) break;
      while (at < content.length && /[A-Za-z0-9_.:-]/.test(content[at] as string)) at++;
      let probe = at;
      while (probe < content.length && isSpace(content.charCodeAt(probe))) probe++;
      if (content.charCodeAt(probe) !== 61 /* = */) continue;
      probe++;
      while (probe < content.length && isSpace(content.charCodeAt(probe))) probe++;
      const quote = content.charCodeAt(probe);
      if (quote === 34 || quote === 39) {
        const close = content.indexOf(String.fromCharCode(quote), probe + 1);
        if (close === -1) return false;
        at = close + 1;
      } else {
        const valueFrom = probe;
        while (probe < content.length && !/[\s"'=<>`]/.test(content[probe] as string)) probe++;
        if (probe === valueFrom) return false;
        at = probe;
      }
    }
    if (content.charCodeAt(at) === 47) at++;
  } else {
    while (at < content.length && isSpace(content.charCodeAt(at))) at++;
  }
  if (content.charCodeAt(at) !== 62 /* > */) return false;
  for (at++; at < content.length; at++) if (!isSpace(content.charCodeAt(at))) return false;
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

import type { LineInfo } from "./line-structure";

/**
 * Tables as GitHub-flavoured markdown (and Obsidian) read them: a header row, then a delimiter
 * row (`|---|:--:|`, `--- | ---`) with as many cells, then rows up to a blank line or another
 * block. With or without leading and trailing pipes, inside block quotes and callouts too.
 *
 * What it is for: a `|` written in a table row splits the cell, so a link written there needs
 * its pipe escaped (`[[Docker\|도커]]`).
 */

const DELIMITER_CELL = /^:?-+:?$/;

/** Sets `table` on every line that is a row (header and delimiter included) of some table. */
export function markTables(text: string, lines: LineInfo[]): void {
  for (let i = 1; i < lines.length; i++) {
    const delimiter = lines[i] as LineInfo;
    const header = lines[i - 1] as LineInfo;
    if (!mayBeRow(header) || !mayBeRow(delimiter) || header.table || header.quoteDepth !== delimiter.quoteDepth) continue;
    if (!startsLikeDelimiter(text, delimiter)) continue; // most lines: no slice, no split
    const columns = delimiterColumns(text.slice(delimiter.contentStart, delimiter.end));
    if (columns === 0 || cellCount(text.slice(header.contentStart, header.end)) !== columns) continue;
    header.table = true;
    delimiter.table = true;
    let row = i + 1;
    for (; row < lines.length; row++) {
      const line = lines[row] as LineInfo;
      if (!mayBeRow(line) || line.quoteDepth !== delimiter.quoteDepth) break;
      line.table = true;
    }
    i = row;
  }
}

/**
 * The cells of line `index` when it is a body row of a table (neither its header nor its
 * delimiter), trimmed; null for any other line.
 */
export function bodyRowCells(text: string, lines: readonly LineInfo[], index: number): string[] | null {
  const line = lines[index] as LineInfo;
  if (!line.table || isDelimiterRow(text, line)) return null;
  const next = lines[index + 1];
  if (next?.table && isDelimiterRow(text, next)) return null; // the header
  return splitCells(text.slice(line.contentStart, line.end).trim()).map((cell) => cell.trim());
}

function isDelimiterRow(text: string, line: LineInfo): boolean {
  return startsLikeDelimiter(text, line) && delimiterColumns(text.slice(line.contentStart, line.end)) > 0;
}

/** A delimiter row's first character, past spaces, is `|`, `:` or `-`. */
function startsLikeDelimiter(text: string, line: LineInfo): boolean {
  let at = line.contentStart;
  while (at < line.end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  const c = text.charCodeAt(at);
  return c === 124 || c === 58 || c === 45;
}

function mayBeRow(line: LineInfo): boolean {
  return line.kind === "text" && line.list === null && !line.htmlText;
}

/** Columns of a delimiter row, or 0 when the line is not one (it must hold a pipe: `---` alone is a rule). */
function delimiterColumns(content: string): number {
  const row = content.trim();
  if (!row.includes("|") || row.length > 10_000) return 0;
  const cells = splitCells(row);
  for (const cell of cells) if (!DELIMITER_CELL.test(cell.trim())) return 0;
  return cells.length;
}

function cellCount(content: string): number {
  const row = content.trim();
  return row.includes("|") ? splitCells(row).length : 0;
}

/** The cells of a row: split at pipes not escaped with `\`, an outer pipe on either side dropped. */
function splitCells(row: string): string[] {
  const cells: string[] = [];
  let from = 0;
  for (let at = 0; at < row.length; at++) {
    const c = row.charCodeAt(at);
    if (c === 92 /* \ */) at++;
    else if (c === 124 /* | */) {
      cells.push(row.slice(from, at));
      from = at + 1;
    }
  }
  cells.push(row.slice(from));
  if (row.charCodeAt(0) === 124) cells.shift();
  if (row.length > 1 && row.charCodeAt(row.length - 1) === 124 && row.charCodeAt(row.length - 2) !== 92) cells.pop();
  return cells;
}

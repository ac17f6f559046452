import { LineIndex } from "../text/line-index";
import { locateFrontmatter, type FrontmatterBlock } from "./frontmatter";
import { scanInline, type InlineScan } from "./inline-scan";
import { readLineStructure, type LineStructure } from "./line-structure";

/**
 * The one reading of a note's markdown that everything else starts from: its frontmatter block,
 * its lines, and the inline scan with the protected spans. The text is the normalised text
 * (`normalizeNoteText`): every offset in the reading is an offset in it.
 */
export interface MarkdownReading extends LineStructure {
  frontmatter: FrontmatterBlock | null;
  lineIndex: LineIndex;
  inline: InlineScan;
}

export function readMarkdown(text: string): MarkdownReading {
  const frontmatter = locateFrontmatter(text);
  const lineIndex = new LineIndex(text);
  const { lines, codeBlocks } = readLineStructure(text, frontmatter ? frontmatter.endLine : 0, lineIndex.lineStarts);
  return { frontmatter, lineIndex, lines, codeBlocks, inline: scanInline(text, lines, lineIndex) };
}

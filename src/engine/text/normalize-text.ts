/**
 * Brings a note's text into the one form the parsers read: NFC Unicode (macOS writes Korean
 * file names and text in NFD, where 도 is ㄷ + ㅗ), no byte-order mark, `\n` line breaks.
 *
 * Every position the engine reports (lines, mention offsets) is a position in this normalised
 * text. Writers that edit a note map back through the line number, never through offsets, so a
 * CRLF note is never rewritten with LF.
 */
export function normalizeNoteText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.indexOf("\r") !== -1) text = text.replace(/\r\n?/g, "\n");
  // NFC-normalising ASCII is a no-op; skip the call on the common all-ASCII or already-NFC text.
  return hasDecomposedHangul(text) || hasCombiningMarks(text) ? text.normalize("NFC") : text;
}

/** Normalises a vault path or a link target the same way the note text is. */
export function normalizeName(name: string): string {
  return name.normalize("NFC");
}

function hasDecomposedHangul(text: string): boolean {
  // Conjoining jamo (U+1100–U+11FF) only appear in NFD Korean.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x1100 && c <= 0x11ff) return true;
  }
  return false;
}

function hasCombiningMarks(text: string): boolean {
  return /[\u0300-\u036f\u3099\u309a]/.test(text);
}

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
  // Always normalised: V8 checks already-NFC text faster than a scan of our own could (about
  // 1 ms a megabyte), and a hand-made test for "decomposed" missed scripts whose vowels compose
  // (Bengali, Tamil …), so their NFD notes read differently from their NFC twins.
  return text.normalize("NFC");
}

/** Normalises a vault path or a link target the same way the note text is. */
export function normalizeName(name: string): string {
  return name.normalize("NFC");
}

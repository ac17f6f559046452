/**
 * Text from a vault (file names, question text, concept names from notes) shown in a terminal.
 * A file name may hold a newline or an escape sequence: printed as it is, it could forge a line
 * of the summary, recolour or clear the screen, or set the window title. Every such character
 * is shown as an escape instead (`\n`, `\x1b`, `\u202e`), so what is printed is what is there.
 *
 * Escaped: C0 controls (tab and newline included: one value never spans two lines or columns),
 * DEL, C1 controls, the line and paragraph separators, and the bidirectional controls that can
 * make text read in another order than it is stored. JSON output needs none of this:
 * `JSON.stringify` escapes control characters itself.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? escapeCode(char.charCodeAt(0)));
}

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * A file name's bytes as text: UTF-8 where they are valid, `\xff` for each byte that is not.
 * For telling the user which file could not be read, when its name cannot be decoded.
 */
export function describeNameBytes(bytes: Uint8Array): string {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i] as number);
    if (length > 0 && i + length <= bytes.length) {
      try {
        out += decoder.decode(bytes.subarray(i, i + length));
        i += length;
        continue;
      } catch {
        // not a valid sequence: shown byte by byte below
      }
    }
    out += `\\x${(bytes[i] as number).toString(16).padStart(2, "0")}`;
    i++;
  }
  return terminalSafe(out);
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

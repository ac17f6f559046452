import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";
import { PARSE_CASES } from "./parse-note.cases";

describe("parseNote on what real vaults hold", () => {
  it.each(PARSE_CASES)("$name", ({ path, note, expect: read, toEqual }) => {
    expect(read(parseNote(path ?? "note.md", note))).toEqual(toEqual);
  });
});

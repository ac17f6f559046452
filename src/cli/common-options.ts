import type { OptionSpecs } from "./cli-command";

/** Options every command takes. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  help: { type: "boolean", short: "h", help: "show this help" },
  version: { type: "boolean", help: "print the version and exit" },
};

/** Options of the commands that read a vault. */
export const VAULT_OPTIONS: OptionSpecs = {
  tag: { type: "string", value: "TAG", help: "only notes carrying TAG" },
  "follow-symlinks": { type: "boolean", help: "also read what symbolic links out of the vault lead to (not followed by default)" },
  quiet: { type: "boolean", short: "q", help: "no progress line on stderr (it is only drawn on a terminal)" },
  "list-item-questions": { type: "boolean", help: "list items that ask are questions (as the plugin's setting)" },
  "heading-questions": { type: "boolean", help: "headings that ask are questions their section answers (review cards)" },
  threads: { type: "string", value: "N", help: "threads that read the notes (default: one a core for a large vault; 1: no threads)" },
};

export const JSON_OPTION: OptionSpecs = {
  json: { type: "boolean", help: "print JSON (format version 1; schemas/ holds its JSON Schema)" },
};

// Lint: eslint-plugin-obsidianmd's recommended rules (ESLint core, typescript-eslint type-checked
// rules, the Obsidian plugin guidelines) over everything, with the exceptions below, each for a
// written reason; the layering of CONTRIBUTING.md's folder map; and the plugin's checks of
// manifest.json and LICENSE, which the recommended config defines but does not apply.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import { PlainTextParser } from "eslint-plugin-obsidianmd/dist/lib/plainTextParser.js";
import globals from "globals";
import tseslint from "typescript-eslint";
import noFolderCycles from "./scripts/lint/no-folder-cycles.mjs";

/** Known folder cycles, each left for the reason given; any other cycle fails the lint. */
const FOLDER_CYCLES_LEFT = [
  ...["src/engine/concepts", "src/engine/markdown", "src/engine/questions"].map((from) => ({
    from,
    to: "src/engine/parse",
    why: "types only: the note model (parse/note-types.ts) is shared by every pass and belongs in a folder below them all",
  })),
];

export default defineConfig([
  {
    ignores: ["main.js", "dist/**", "THIRD-PARTY-NOTICES.md", "bench/.build/**", "test/browser/.build/**", "node_modules/**", "example-vault/**", "test/corpus/notes/**", "docs/**"],
  },
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "scripts/*.mjs", "scripts/lint/*.mjs", "bench/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // The Node shells: the CLI, the build and release scripts, the bench and the tests run in
    // Node, never in Obsidian, so Node modules and the plain DOM are theirs to use.
    files: ["src/cli/**", "test/**", "bench/**", "scripts/**", "*.mjs", "*.mts"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/prefer-instanceof": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/hardcoded-config-path": "off",
      // They print on purpose (the CLI's output, build and bench reports, test diagnostics). The
      // recommended config runs `no-console` and `no-new-func` through this wrapper (for its
      // messages), so the wrapper is off here and `no-new-func` is back as ESLint's own rule.
      "obsidianmd/rule-custom-message": "off",
      "no-new-func": "error",
    },
  },
  {
    // The fake `obsidian` module is Obsidian's side of the API, not plugin code: its
    // `FileManager.trashFile` is where a trashed file leaves the vault, by the vault's delete.
    files: ["test/fakes/obsidian/**"],
    rules: { "obsidianmd/prefer-file-manager-trash-file": "off" },
  },
  {
    // The design, kept by the lint rather than by memory (CONTRIBUTING.md, "The folder map"): the
    // engine imports neither shell, nor Obsidian, nor Node; the two shells never import each other;
    // and no two folders import each other, however indirectly.
    files: ["src/**/*.ts"],
    plugins: { local: { rules: { "no-folder-cycles": noFolderCycles } } },
    settings: { "import/resolver": { node: { extensions: [".ts", ".js", ".json"] } } },
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./src/engine", from: ["./src/plugin", "./src/cli"], message: "The engine is pure: the shells call it, never the other way round." },
            { target: "./src/plugin", from: "./src/cli", message: "The plugin and the CLI are two shells over one engine: what both need belongs in src/engine/." },
            { target: "./src/cli", from: "./src/plugin", message: "The plugin and the CLI are two shells over one engine: what both need belongs in src/engine/." },
          ],
        },
      ],
      "local/no-folder-cycles": ["error", { root: "src", allow: FOLDER_CYCLES_LEFT }],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "import/no-nodejs-modules": ["error"],
      // ESLint's own rule, beside the recommended config's @typescript-eslint one (which keeps its list).
      "no-restricted-imports": ["error", { paths: [{ name: "obsidian", message: "Only src/plugin/ imports obsidian; the engine is tested without it." }], patterns: [{ group: ["@codemirror/*", "@lezer/*", "electron"], message: "The engine has no editor, DOM or Electron: those belong to src/plugin/." }] }],
    },
  },
  {
    // The community directory's checks of manifest.json (keys, types, forbidden words), which the
    // recommended config defines but applies to no file. TypeScript reads a .json file as one
    // object expression, the form the rule expects.
    files: ["manifest.json"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false, project: null, extraFileExtensions: [".json"] } },
    rules: { ...tseslint.configs.disableTypeChecked.rules, "obsidianmd/validate-manifest": "error" },
  },
  {
    // The same for LICENSE (its copyright line must name us, not the sample plugin's authors).
    // The year is not checked: a lint that fails every 1 January checks the calendar, not the code.
    files: ["LICENSE"],
    languageOptions: { parser: PlainTextParser },
    rules: { "obsidianmd/validate-license": ["error", { disableUnchangedYear: true }] },
  },
]);

// Lint: eslint-plugin-obsidianmd's recommended rules (ESLint core, typescript-eslint type-checked
// rules, the Obsidian plugin guidelines) over everything, with the exceptions below, each for a
// written reason.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
  {
    ignores: ["main.js", "dist/**", "bench/.build/**", "test/browser/.build/**", "node_modules/**", "example-vault/**", "test/corpus/notes/**", "docs/**"],
  },
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "scripts/*.mjs", "bench/*.mjs"] },
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
]);

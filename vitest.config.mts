import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The plugin's `obsidian` is a small fake in tests (Obsidian supplies the real one at run time).
    alias: { obsidian: fileURLToPath(new URL("./test/fakes/obsidian/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});

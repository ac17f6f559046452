/**
 * The `obsidian` module for the bench's plugin path: the fake's files, nothing that needs a DOM
 * (the bench runs in Node). Only what the live index imports at run time.
 */
export { TAbstractFile, TFile, TFolder, normalizePath } from "../../test/fakes/obsidian/files";
export { parseYaml } from "../../test/fakes/obsidian/yaml";

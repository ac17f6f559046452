import { answersCommand } from "./answers-command";
import type { CliCommand } from "./cli-command";
import { dashboardCommand } from "./dashboard-command";
import { linkCommand } from "./link-command";
import { reviewCommand } from "./review-command";
import { scanCommand } from "./scan-command";

/**
 * The commands of the CLI, in the order the usage lists them. A new command is a file of its
 * own exporting a `CliCommand` (its forms, options and `run`), and one entry here: the parser
 * and the usage text follow from the declaration.
 */
export const COMMANDS: readonly CliCommand[] = [scanCommand, dashboardCommand, linkCommand, reviewCommand, answersCommand];

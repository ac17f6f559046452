import { DASHBOARD_VIEW_TYPE, DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import type { Harness } from "../plugin-harness";

/** Runs "Open DevOps dashboard" and hands back the view it opened. */
export async function openDashboard(h: Harness): Promise<DashboardView> {
  await h.app.runCommand("linked-devops-notes:open-dashboard");
  const view = h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
  if (!(view instanceof DashboardView)) throw new Error("dashboard did not open");
  return view;
}

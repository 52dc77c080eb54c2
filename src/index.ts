import { createApp } from "./app";
import { runScheduledJobs } from "./jobs";

const app = createApp();

export default {
  fetch: app.fetch,
  /**
   * The Cron Trigger (wrangler.toml): applies account retention, purges expired trash and leftover media,
   * sweeps orphaned objects, ends expired uploads, closes the days' usage rows.
   */
  async scheduled(controller, env) {
    await runScheduledJobs(env, new Date(controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;

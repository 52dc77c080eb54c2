import { createApp } from "./app";
import { runScheduledJobs } from "./jobs";

const app = createApp();

export default {
  fetch: app.fetch,
  /** The Cron Trigger (wrangler.toml): purges expired trash and leftover media, sweeps orphaned objects, ends expired uploads. */
  async scheduled(controller, env) {
    await runScheduledJobs(env, new Date(controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;

import { createApp } from "./app";
import { consumeDeliveries } from "./events/deliver";
import type { DeliveryMessage } from "./events/dispatch";
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
  /** The webhook queue's consumer (wrangler.toml): each message is one delivery of one event to one endpoint. */
  async queue(batch, env, _ctx) {
    await consumeDeliveries(batch, env);
  },
} satisfies ExportedHandler<Env, DeliveryMessage>;

import { createApp } from "./app";
import { withD1Session } from "./edge/session";
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
    // Primary first: what a consumer reads decides what it sends.
    await consumeDeliveries(batch, withD1Session(env, "first-primary"));
  },
} satisfies ExportedHandler<Env, DeliveryMessage>;

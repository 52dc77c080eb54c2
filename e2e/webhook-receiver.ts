// A real webhook receiver for the end-to-end tests: a Node HTTP server on 127.0.0.1 that verifies
// every delivery with the `standardwebhooks` or the `svix` library, as a customer's backend would.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";

/** One delivery as the receiver got it. */
export interface Delivery {
  id: string;
  type: string;
  event: { id: string; type: string; data: Record<string, unknown> };
  verified: boolean;
  /** Why verification failed. */
  error?: string;
  answered: number;
  at: number;
}

export interface ReceiverOptions {
  library: "standardwebhooks" | "svix";
  /** Answer 500 to the first `failFirst` attempts of each webhook-id. */
  failFirst?: number;
  /** Listen on this port (to bring a receiver back where it was). */
  port?: number;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** A receiver; set `secret` once the endpoint exists. */
export class Receiver {
  secret = "";
  readonly deliveries: Delivery[] = [];
  #server: Server | undefined;
  #attempts = new Map<string, number>();

  constructor(readonly options: ReceiverOptions) {}

  /** Starts listening; resolves with its URL. */
  async start(): Promise<string> {
    this.#server = createServer(async (request, response) => {
      const body = await bodyOf(request);
      const headers = {
        "webhook-id": String(request.headers["webhook-id"] ?? ""),
        "webhook-timestamp": String(request.headers["webhook-timestamp"] ?? ""),
        "webhook-signature": String(request.headers["webhook-signature"] ?? ""),
      };
      // Either library throws when the signature (or timestamp) does not verify; svix's verify returns nothing.
      let error: string | undefined;
      try {
        if (this.options.library === "svix") new SvixWebhook(this.secret).verify(body, headers);
        else new StandardWebhook(this.secret).verify(body, headers);
      } catch (err) {
        error = String(err);
      }
      const event = JSON.parse(body) as Delivery["event"];
      const seen = (this.#attempts.get(headers["webhook-id"]) ?? 0) + 1;
      this.#attempts.set(headers["webhook-id"], seen);
      const answered = error ? 400 : seen <= (this.options.failFirst ?? 0) ? 500 : 204;
      this.deliveries.push({
        id: headers["webhook-id"], type: event.type, event, verified: !error, answered, at: Date.now(), error,
      });
      response.writeHead(answered).end();
    });
    await new Promise<void>((resolve) => this.#server!.listen(this.options.port ?? 0, "127.0.0.1", resolve));
    this.options.port = (this.#server.address() as AddressInfo).port;
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.port}/hooks`;
  }

  /** Stops listening (connections are refused until it starts again). */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** The deliveries it accepted (verified and answered 2xx). */
  get accepted(): Delivery[] {
    return this.deliveries.filter((d) => d.answered < 300);
  }

  /** Waits until `check` holds for what it received. */
  async waitFor(check: (deliveries: Delivery[]) => boolean, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this.deliveries)) {
      if (Date.now() > deadline) throw new Error(`The receiver did not get what was expected in ${timeoutMs} ms: ${JSON.stringify(this.deliveries.map((d) => [d.type, d.answered]))}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

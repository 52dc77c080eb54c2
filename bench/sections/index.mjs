// Every benchmark section, in the order `npm run bench` runs them. A section is a module whose default
// export is `{ name, title, run(ctx) }` (see bench/README.md); add yours here.
import events from "./events.mjs";
import edge from "./edge.mjs";
import ingest from "./ingest.mjs";
import lifecycle from "./lifecycle.mjs";
import list from "./list.mjs";
import reads from "./reads.mjs";
import signing from "./signing.mjs";
import tus from "./tus.mjs";
import zip from "./zip.mjs";

export const SECTIONS = [reads, list, signing, lifecycle, ingest, zip, tus, edge, events];

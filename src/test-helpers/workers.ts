/** The compiled worker entry of the process pool, for tests that run the worker path from sources. */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./drivers.js";

export const distWorker = pathToFileURL(path.join(repoRoot, "dist", "process", "worker.js"));

/**
 * Entry of a worker thread of the process pool (pool.ts): extracts and analyses each
 * document it is sent and replies with the outcome. Runs from the compiled dist/.
 */
import { parentPort } from "node:worker_threads";
import { processDocument } from "./document.js";
import type { ProcessReply, ProcessTask } from "./pool.js";

const port = parentPort;
if (port === null) throw new Error("process/worker.js runs as a worker thread of the process pool, not on its own");
port.on("message", (task: ProcessTask) => {
  const reply: ProcessReply = { id: task.id, outcome: processDocument(task.document) };
  port.postMessage(reply);
});

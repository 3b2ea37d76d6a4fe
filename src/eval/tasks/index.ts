import type { EvalTask } from "../types.js";
import { claimsTask } from "./claims.js";
import { entitiesTask } from "./entities.js";
import { extractionTask } from "./extraction.js";
import { ploverTask } from "./plover.js";
import { storiesTask } from "./stories.js";
import { timexTask } from "./timex.js";

/** Every evaluation task, in the order the table prints them. Adding a task: one module, one line here. */
export const tasks: EvalTask[] = [extractionTask, storiesTask, timexTask, entitiesTask, ploverTask, claimsTask];

import type { EvalTask } from "../types.js";

/** Every evaluation task, in the order the table prints them. Adding a task: one module, one line here. */
export const tasks: EvalTask[] = [];

/** One figure of the evaluation table: Dossier's value and each peer's, on the same data, in the same run. */
export interface EvalRow {
  task: string;
  metric: string;
  dossier: number;
  /** Peer name -> figure; a peer that has no figure for this metric is absent. */
  peers: Record<string, number>;
  /** Documents per second, Dossier's and each peer's, where the task times them. */
  speed?: { dossier: number; peers: Record<string, number> };
  /** Number of pages / documents / sentences the figure is computed on. */
  n: number;
}

export interface EvalContext {
  /** Folder laid out like ../shared/eval (extraction/, timex/, ecbplus/, plover/). */
  dataDir: string;
  /** Progress lines go to stderr through this. */
  log: (message: string) => void;
}

/** A task of `npm run eval`: one module in src/eval/tasks/, registered in src/eval/tasks/index.ts. */
export interface EvalTask {
  name: string;
  /** Sub-folder of the data dir the task needs; the task is skipped with a message when it is absent. */
  dataFolder: string;
  run(context: EvalContext): Promise<EvalRow[]>;
}

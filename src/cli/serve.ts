/**
 * `dossier serve`: the HTTP API and the web UI in one process, over one open store
 * (which holds the data folder's lock until the server stops).
 */
import { Dossier } from "../dossier.js";
import { isLoopbackAddress } from "../api/auth.js";
import { buildServer } from "../api/server.js";

export interface ServeOptions {
  data?: string;
  /** Print `{ "url": ... }` instead of the human line. */
  json: boolean;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Address to listen on. Loopback by default: other machines need DOSSIER_TOKEN for writes anyway. */
  host: string;
}

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = "127.0.0.1";

function writesNote(token: string | undefined, host: string): string {
  if (token) return "writes need the token in DOSSIER_TOKEN";
  const local = isLoopbackAddress(host) || host === "localhost";
  return local ? "writes from this machine only" : "writes from this machine only: set DOSSIER_TOKEN to allow other machines";
}

/** Starts the server and resolves once it listens; it stops on SIGINT / SIGTERM, closing the store. */
export async function serve(options: ServeOptions): Promise<void> {
  if (options.port > 65535) throw new Error(`serve: --port must be 0..65535, got ${options.port}`);
  const dossier = await Dossier.open(options.data ? { dataDir: options.data } : {});
  const token = process.env.DOSSIER_TOKEN || undefined;
  try {
    const app = await buildServer(dossier, token ? { token } : {});
    const address = await app.listen({ port: options.port, host: options.host });
    const stop = async () => {
      await app.close();
      await dossier.close();
    };
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => void stop().finally(() => process.exit(0)));
    }
    if (options.json) process.stdout.write(JSON.stringify({ url: address }) + "\n");
    else process.stdout.write(`dossier: serving ${address} (UI at /, API at /api/; ${writesNote(token, options.host)}); Ctrl-C to stop\n`);
  } catch (error) {
    await dossier.close();
    throw error;
  }
}

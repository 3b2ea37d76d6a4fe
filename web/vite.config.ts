// The web UI's build: `npm run build:web` (or `npm run build`) writes web/dist, which
// `dossier serve` serves at /. `npx vite --config web/vite.config.ts` runs a dev server
// that forwards /api to a `dossier serve` on the default port.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = decodeURIComponent(new URL(".", import.meta.url).pathname);

export default defineConfig({
  root: webRoot,
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Browsers an analyst runs today; no legacy transforms to ship.
    target: "es2022",
    // One small bundle: no preload helper that would need inline script.
    modulePreload: { polyfill: false },
  },
  server: { proxy: { "/api": "http://127.0.0.1:4173" } },
});

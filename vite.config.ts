import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const serverProxy = {
  "/api": "http://localhost:3000",
  "/healthz": "http://localhost:3000",
  "/readyz": "http://localhost:3000",
};

export default defineConfig({
  root: fromRoot("./src/web"),
  plugins: [react()],
  resolve: {
    // dkfds only exports its JavaScript; this alias reaches its compiled CSS, fonts and icons.
    alias: { "@dkfds": fromRoot("./node_modules/dkfds/dist") },
  },
  build: {
    outDir: fromRoot("./dist/web"),
    emptyOutDir: true,
    // The server's CSP allows only same-origin fonts and images, so nothing may be inlined as a data: URI.
    assetsInlineLimit: 0,
  },
  server: { proxy: serverProxy },
  preview: { proxy: serverProxy },
});

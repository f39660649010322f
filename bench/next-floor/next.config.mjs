// The floor under every rendered page and Server Action of the app: a bare Next app with
// nothing of ours (no proxy, no database, no layout, no CSS), built and served by the same
// Next and React as the app. `npm run bench` measures it in the same run as the app's pages.
import path from "node:path";

export default {
  poweredByHeader: false,
  distDir: ".next-floor",
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
};

// A fixed development secret keeps demo sessions valid across restarts; production must set
// its own (src/env.ts refuses to start without one). Tests sign registration drafts with it.
export const DEVELOPMENT_SECRET = "kommunestyret-2030-development-secret-not-for-production";

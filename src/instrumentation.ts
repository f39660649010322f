export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Fail closed: an incomplete production environment stops the server here, with the
  // reason, before it answers a single request.
  const { loadEnv } = await import("@/env");
  const env = loadEnv();
  if (env.backgroundJobs) {
    const { startBackgroundJobs } = await import("@/server/jobs/background-jobs");
    startBackgroundJobs();
  }
}

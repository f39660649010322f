// NEXT_RUNTIME is not configuration: Next's compiler sets it per bundle (so Node-only imports
// stay out of an edge bundle); everything configurable is read in src/env.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Fail closed: an incomplete production environment stops the server here, naming what is
  // missing, before it answers a request. Next would only log a throw from this hook and keep
  // serving, hence the exit.
  const { loadEnv } = await import("@/env");
  let env;
  try {
    env = loadEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (env.backgroundJobs) {
    const { startBackgroundJobs } = await import("@/server/jobs/background-jobs");
    startBackgroundJobs();
  }
}

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.OUTBOX_WORKER !== "off") {
    const { startBackgroundJobs } = await import("@/server/jobs/background-jobs");
    startBackgroundJobs();
  }
}

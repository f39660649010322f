// Keeps Next from taking the app's src/instrumentation.ts: the floor runs nothing of ours.
export function register() {}

// Placeholder until the registration flow exposes a stable form: returns null (no figures).
export async function benchRegistrations() {
  console.log("registration burst: not measured yet");
  return null;
}

export async function benchInvoices() {
  console.log("invoice issuing: not measured yet");
  return null;
}

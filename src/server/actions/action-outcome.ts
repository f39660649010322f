import "server-only";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { isDomainError } from "@/domain/errors";

/**
 * For button actions (no form state): runs the use case and redirects back to `path` with
 * ?ok=<key> or ?fejl=<code>, which the page shows. Works without JavaScript.
 */
export async function actionOutcome(run: () => Promise<unknown>, rawPath: string, okKey: string | ((result: unknown) => string), rawErrorPath = rawPath): Promise<never> {
  // The paths carry ids straight from the form; a line break in one would break the redirect header.
  const path = encodeURI(rawPath);
  const errorPath = encodeURI(rawErrorPath);
  let target: string;
  try {
    const result = await run();
    const key = typeof okKey === "function" ? okKey(result) : okKey;
    revalidatePath("/admin", "layout");
    target = `${path}${path.includes("?") ? "&" : "?"}ok=${encodeURIComponent(key)}`;
  } catch (error) {
    unstable_rethrow(error);
    const code = isDomainError(error) ? error.code : "UNEXPECTED";
    if (!isDomainError(error)) console.error("unexpected error in admin action", error);
    target = `${errorPath}${errorPath.includes("?") ? "&" : "?"}fejl=${encodeURIComponent(code)}`;
  }
  redirect(target);
}

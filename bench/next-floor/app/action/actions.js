"use server";

/** Answers with a small state, like the app's registration action when a cohort is full. */
export async function floorAction(previous, formData) {
  return { step: String(formData.get("step") ?? ""), count: (previous?.count ?? 0) + 1 };
}

"use server";

import { redirect } from "next/navigation";
import { signOut } from "@/server/auth/sign-out";

export async function signOutAction() {
  // Signing out needs no authorisation: it only ends the caller's own session.
  await signOut();
  redirect("/");
}

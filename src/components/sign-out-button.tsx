import { signOutAction } from "@/app/(public)/log-ud/actions";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button className="button secondary small" type="submit">
        Log ud
      </button>
    </form>
  );
}

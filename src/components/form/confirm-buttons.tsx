import Link from "next/link";

/** The end of a confirmation page's form: do it (a danger button unless `danger` is false) or go back. */
export function ConfirmButtons({ label, cancelHref, danger = true }: { label: string; cancelHref: string; danger?: boolean }) {
  return (
    <>
      <button className={danger ? "button danger" : "button"} type="submit">
        {label}
      </button>
      <Link href={cancelHref}>Fortryd</Link>
    </>
  );
}

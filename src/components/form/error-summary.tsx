"use client";

import { useEffect, useId, useRef } from "react";
import { summaryErrors, type FormState } from "@/lib/form-state";

/** Focuses the field a summary link names, opening a folded <details> around it and showing its label. */
function goToField(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const details = field.closest("details");
  if (details && !details.open) details.open = true;
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? field;
  label.scrollIntoView({ block: "start" });
  field.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: every error of a failed submit as a link to its field, at the top of
 * the form, focused as it appears. Without JavaScript the page comes back from the POST with the
 * summary marked autofocus, and the links are plain fragment links that focus their field.
 */
export function ErrorSummary({ state, context }: { state: FormState; context?: (key: string) => string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const items = summaryErrors(state, context);
  const shown = items.length > 0;

  // Every failed submit returns a new state object, so a second failure focuses the summary again.
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [state, shown]);

  if (!shown) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} autoFocus aria-labelledby={titleId} data-error-summary="">
      <div role="alert">
        <h2 id={titleId} className="error-summary-title">
          Der er et problem
        </h2>
        <ul className="error-summary-list">
          {items.map((item) => (
            <li key={item.key}>
              {item.href ? (
                <a href={item.href} onClick={(event) => goToField(event, item.href!.slice(1))}>
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

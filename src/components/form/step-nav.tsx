import { SubmitButton } from "@/components/form/submit-button";

/** Next / back buttons of a step in a multi-step form; `intent` tells the action which way to go. */
export function StepNav({ pending, back = true, nextLabel = "Næste", pendingLabel }: { pending: boolean; back?: boolean; nextLabel?: string; pendingLabel?: string }) {
  return (
    <div className="form-actions">
      <SubmitButton pending={pending} label={nextLabel} pendingLabel={pendingLabel} name="intent" value="next" />
      {back && (
        <button className="button secondary" type="submit" name="intent" value="back" disabled={pending}>
          Tilbage
        </button>
      )}
    </div>
  );
}

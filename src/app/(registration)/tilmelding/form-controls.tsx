/** Back / next buttons of a step; `intent` tells the action what to do. */
export function StepNav({ pending, back = true, nextLabel = "Næste" }: { pending: boolean; back?: boolean; nextLabel?: string }) {
  return (
    <div className="form-actions">
      <button className="button" type="submit" name="intent" value="next" disabled={pending}>
        {pending ? "Gemmer …" : nextLabel}
      </button>
      {back && (
        <button className="button secondary" type="submit" name="intent" value="back" disabled={pending}>
          Tilbage
        </button>
      )}
    </div>
  );
}

import { genitive } from "@/lib/format";
import { approveDirectionAction, refuseDirectionAction } from "@/app/admin/tilmeldinger/actions";

/**
 * Approve or refuse a registration pending approval, each in one step (a form posting to a
 * server action; works without JavaScript). Approving can add the sign-in address's domain to
 * the municipality, so its next registration is its own.
 */
export function PendingApprovalForms({ directionId, signInDomain, municipalityName, from }: { directionId: string; signInDomain: string | null; municipalityName: string; from: "overblik" | "tilmelding" }) {
  return (
    <div className="pending-approval-forms">
      <form action={approveDirectionAction}>
        <input type="hidden" name="directionId" value={directionId} />
        <input type="hidden" name="from" value={from} />
        {signInDomain && (
          <div className="checkbox">
            <input type="checkbox" id={`add-domain-${directionId}`} name="addDomain" />
            <label htmlFor={`add-domain-${directionId}`}>
              Tilføj {signInDomain} til {genitive(municipalityName)} domæner
            </label>
          </div>
        )}
        <button className="button small" type="submit">
          Godkend tilmeldingen
        </button>
      </form>
      <form action={refuseDirectionAction}>
        <input type="hidden" name="directionId" value={directionId} />
        <input type="hidden" name="from" value={from} />
        <div className="field">
          <label htmlFor={`refuse-reason-${directionId}`}>
            Begrundelse til direktionen <span className="muted">(valgfrit)</span>
          </label>
          <input type="text" id={`refuse-reason-${directionId}`} name="reason" maxLength={500} />
        </div>
        <button className="button secondary small" type="submit">
          Afvis tilmeldingen
        </button>
      </form>
    </div>
  );
}

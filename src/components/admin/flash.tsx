import { ERROR_MESSAGES, type ErrorCode } from "@/domain/errors";
import { GENERIC_ERROR_TEXT, SUCCESS_MESSAGES } from "@/components/admin/flash-messages";

/** Shows the outcome of a button action that redirected back with ?ok=… or ?fejl=… */
export function Flash({ params }: { params: Record<string, string | undefined> }) {
  const ok = params.ok ? SUCCESS_MESSAGES[params.ok] : undefined;
  const error = params.fejl ? (params.fejl in ERROR_MESSAGES ? ERROR_MESSAGES[params.fejl as ErrorCode] : GENERIC_ERROR_TEXT) : undefined;
  return (
    <>
      {ok && (
        <div className="notice success" role="status">
          <p>{ok}</p>
        </div>
      )}
      {error && (
        <div className="notice error" role="alert">
          <p>{error}</p>
        </div>
      )}
    </>
  );
}

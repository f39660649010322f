import { floorAction } from "./actions";

export default function ActionPage() {
  return (
    <form action={floorAction.bind(null, null)}>
      <input name="step" defaultValue="godkend" />
      <button type="submit">Send</button>
    </form>
  );
}

"use client";

import { useEffect, useRef, useState } from "react";
import { browserSupportsWebAuthn, startAuthentication, startRegistration } from "@simplewebauthn/browser";
import { beginPasskeyRegistrationAction, beginPasskeySignInAction, finishPasskeyRegistrationAction, finishPasskeySignInAction } from "./actions";

const CANCELLED = "Adgangsnøglen blev ikke brugt: browseren eller du afbrød. Prøv igen.";

export function PasskeyStep({ mode, back }: { mode: "register" | "sign-in"; back: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [supported, setSupported] = useState(true);
  const codesHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => setSupported(browserSupportsWebAuthn()), []);
  useEffect(() => codesHeading.current?.focus(), [codes]);

  async function register() {
    const begun = await beginPasskeyRegistrationAction();
    if (!begun.ok) return setError(begun.message);
    const response = await startRegistration({ optionsJSON: begun.options });
    const done = await finishPasskeyRegistrationAction(response);
    if (!done.ok) return setError(done.message);
    setCodes(done.recoveryCodes);
  }

  async function signIn() {
    const begun = await beginPasskeySignInAction();
    if (!begun.ok) return setError(begun.message);
    const response = await startAuthentication({ optionsJSON: begun.options });
    const done = await finishPasskeySignInAction(response);
    if (!done.ok) return setError(done.message);
    window.location.assign(back);
  }

  async function run() {
    setPending(true);
    setError(null);
    try {
      await (mode === "register" ? register() : signIn());
    } catch {
      setError(CANCELLED);
    } finally {
      setPending(false);
    }
  }

  if (codes) {
    return (
      <section aria-labelledby="codes-heading" className="card">
        <h2 id="codes-heading" ref={codesHeading} tabIndex={-1}>
          Dine gendannelseskoder
        </h2>
        <p>
          Adgangsnøglen er oprettet. Gem disse koder et sikkert sted, fx i din adgangskodemanager. Mister du adgangsnøglen, logger du
          ind med en af dem; hver kode virker én gang. <strong>Koderne vises kun denne ene gang.</strong>
        </p>
        <ol className="recovery-codes" aria-label="Gendannelseskoder">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <p>
          <a className="button" href={back}>
            Jeg har gemt koderne – fortsæt
          </a>
        </p>
      </section>
    );
  }

  return (
    <div>
      {error && (
        <div className="notice error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {!supported && (
        <div className="notice error" role="alert">
          <p>Din browser understøtter ikke adgangsnøgler. Brug en opdateret udgave af Edge, Chrome, Safari eller Firefox.</p>
        </div>
      )}
      <p>
        <button className="button" type="button" onClick={run} disabled={pending || !supported}>
          {pending ? "Venter på adgangsnøglen …" : mode === "register" ? "Opret adgangsnøgle" : "Log ind med adgangsnøgle"}
        </button>
      </p>
    </div>
  );
}

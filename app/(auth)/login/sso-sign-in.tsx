import { SubmitButton } from "@/components/ui/form";
import { ssoSetup } from "@/lib/auth/sso-provider";
import { ssoRefusalMessage } from "@/lib/domain/sso-messages";
import { startSsoSignIn } from "./sso-actions";

/**
 * The single sign-on button and, after a refused or failed single sign-on, why. Renders nothing when SSO is not
 * configured. `sso` is the refusal reason Styrerum sent back; `error` is an Auth.js error (e.g. a state that did not match).
 */
export function SsoSignIn({ next, sso, error }: { next: string; sso?: string; error?: string }) {
  const setup = ssoSetup();
  if (!setup) return null;
  const message = ssoRefusalMessage(sso, error, setup.config.name);
  return (
    <section aria-label="Log ind med kommunens login" className="card mb-6 space-y-4">
      {message && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      )}
      <form action={startSsoSignIn}>
        <input type="hidden" name="next" value={next} />
        <SubmitButton className="btn w-full" pendingText="Sender dig videre…">
          {setup.config.name}
        </SubmitButton>
      </form>
      <p className="text-center text-sm text-muted">eller med e-mail og adgangskode</p>
    </section>
  );
}

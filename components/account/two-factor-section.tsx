import QRCode from "qrcode";
import { formatDateTime } from "@/lib/format";
import type { TwoFactorStatus } from "@/lib/queries/two-factor";
import { TwoFactorConfirmForm, TwoFactorDisableForm, TwoFactorStartForm, type TwoFactorActions } from "./two-factor-forms";

/** The secret in groups of four, as people type it into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * Totrinsbekræftelse: start enrolment, scan the QR code (or type the secret), confirm with a code and keep the
 * recovery codes; or, when it is on, see its state and turn it off. `continueTo` is where the user goes after the
 * recovery codes have been shown.
 */
export async function TwoFactorSection({
  actions,
  status,
  required,
  continueTo,
}: {
  actions: TwoFactorActions;
  status: TwoFactorStatus;
  required: boolean;
  continueTo: string;
}) {
  if (status.state === "on") {
    return (
      <div className="space-y-4">
        <p>
          Totrinsbekræftelse er slået til siden {formatDateTime(status.enabledAt)}. Du har {status.recoveryCodesLeft} ubrugte gendannelseskoder.
        </p>
        {required ? (
          <p className="text-sm text-muted">Din rolle skal bruge totrinsbekræftelse, så den kan ikke slås fra. Mister du din telefon, kan en administrator nulstille den.</p>
        ) : (
          <TwoFactorDisableForm action={actions.disable} />
        )}
      </div>
    );
  }
  if (status.state === "pending") {
    const svg = await QRCode.toString(status.uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
    return (
      <div className="space-y-4">
        <ol className="list-decimal space-y-1 pl-5">
          <li>Åbn en godkendelsesapp på din telefon (fx Microsoft Authenticator eller Google Authenticator).</li>
          <li>Scan QR-koden, eller skriv nøglen ind i appen.</li>
          <li>Skriv den sekscifrede kode, appen viser, og bekræft.</li>
        </ol>
        <figure className="w-48 rounded-md border border-gray-300 bg-white p-2">
          {/* The SVG is drawn on the server by the qrcode package from the otpauth address alone. */}
          <div role="img" aria-label="QR-kode til godkendelsesappen" dangerouslySetInnerHTML={{ __html: svg }} />
        </figure>
        <p>
          Nøgle:{" "}
          <code id="two-factor-secret" data-secret={status.secret} className="break-all rounded bg-gray-100 px-1 font-mono">
            {grouped(status.secret)}
          </code>
        </p>
        <TwoFactorConfirmForm action={actions.confirm} continueTo={continueTo} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p>
        {required
          ? "Din rolle skal bruge totrinsbekræftelse. Opret den nu for at fortsætte."
          : "Med totrinsbekræftelse skal du ud over adgangskoden skrive en kode fra en app på din telefon, når du logger ind."}
      </p>
      <TwoFactorStartForm action={actions.start} />
    </div>
  );
}

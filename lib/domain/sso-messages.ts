/** Danish explanations on the login page after a single sign-on that did not end in a session. */

const refusalMessages: Record<string, string> = {
  unknown: "Du har ikke adgang til Styrerum endnu – kontakt en administrator i kommunen, som kan oprette dig som bruger.",
  inactive: "Din bruger i Styrerum er deaktiveret – kontakt en administrator i kommunen, hvis du skal have adgang igen.",
  conflict: "Din e-mail hører i Styrerum til en bruger, der allerede er knyttet til en anden konto hos kommunens login – kontakt en administrator.",
  invalid: "Kommunens login sendte ikke de oplysninger, Styrerum skal bruge for at kende dig – kontakt IT.",
  ip_blocked: "For mange mislykkede forsøg fra din forbindelse. Vent et kvarter, og prøv igen.",
};

/**
 * The message for a refusal reason Styrerum sent back (`sso`), else for an Auth.js error (`error`: the provider
 * refused, or the answer did not match the sign-in it belongs to), else null.
 */
export function ssoRefusalMessage(sso: string | undefined, error: string | undefined, buttonText: string): string | null {
  if (typeof sso === "string" && Object.hasOwn(refusalMessages, sso)) return refusalMessages[sso];
  if (typeof error === "string" && error !== "") {
    return `Log ind via „${buttonText}“ mislykkedes. Prøv igen; fortsætter det, så kontakt IT.`;
  }
  return null;
}

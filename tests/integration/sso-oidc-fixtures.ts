import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** A person the local test provider knows: the claims its ID tokens carry. */
export type TestAccount = { email: string; email_verified: boolean; name: string; groups?: string[] };

export const testClient = { id: "styrerum-test", secret: "styrerum-test-secret-0123456789abcdef" };
export const appOrigin = "http://localhost:3000";

/**
 * A real OpenID Connect provider (oidc-provider, in-memory) on a free local port, with one confidential client
 * whose redirect URI is Styrerum's callback. Its login step signs in whichever account `signInAs` names, so a test
 * can walk the authorization code flow over real HTTP without a browser.
 */
export async function startTestProvider(accounts: Record<string, TestAccount>, providerId = "oidc") {
  let signInAs = "";
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: testClient.id,
        client_secret: testClient.secret,
        redirect_uris: [`${appOrigin}/api/auth/callback/${providerId}`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    // Put the scope's claims into the ID token, as Entra ID does, since Auth.js reads the person from the ID token.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ["test-provider-cookie-key"] },
    features: { devInteractions: { enabled: false } },
    async findAccount(_ctx, sub) {
      const account = accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
    // Consent is implied for the test client: every scope asked for is granted.
    async loadExistingGrant(ctx) {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId });
      grant.addOIDCScope("openid profile email");
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  server.on("request", (request, response) => {
    if (request.url?.startsWith("/interaction/")) {
      void (async () => {
        await provider.interactionDetails(request, response);
        await provider.interactionFinished(request, response, { login: { accountId: signInAs } }, { mergeWithLastSubmission: false });
      })().catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
      return;
    }
    void callback(request, response);
  });
  return {
    issuer,
    signInAs(sub: string) {
      signInAs = sub;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A minimal cookie jar: name → value, filled from Set-Cookie headers (deletions included). */
export class CookieJar {
  private readonly values = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute) || /expires=thu, 01 jan 1970/i.test(attribute));
      if (expired || value === "") this.values.delete(name);
      else this.values.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.values.get(name);
  }

  set(name: string, value: string): void {
    this.values.set(name, value);
  }

  header(): string {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

import { describe, expect, it } from "vitest";
import { withSmtpTimeouts } from "@/lib/mail/transport";
import { absoluteUrl, composeDigestMail, composeNotificationMail, escapeHtml } from "@/lib/mail/compose";

const publicUrl = "https://styrerum.egeby.dk";

describe("composing mails", () => {
  it("names the kind in the subject, never the title's figures, and escapes the HTML", () => {
    const mail = composeNotificationMail(
      "Jens <Direktør>",
      { kind: "decision_made", title: "Budget hævet til 4.500.000 kr. <script>", body: "Se & godkend", link: "/projects/DIG-2026-001", createdAt: "2026-11-30T10:00:00Z" },
      publicUrl,
    );
    expect(mail.subject).toBe("Styrerum: Ny beslutning");
    expect(mail.subject).not.toMatch(/\d/);
    expect(mail.text).toContain("Budget hævet til 4.500.000 kr.");
    expect(mail.text).toContain("https://styrerum.egeby.dk/projects/DIG-2026-001");
    expect(mail.text).toContain("https://styrerum.egeby.dk/account/notifications");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("Jens &lt;Direktør&gt;");
    expect(mail.html).toContain('href="https://styrerum.egeby.dk/account/notifications"');
  });

  it("never links outside the portal", () => {
    expect(absoluteUrl(publicUrl, "https://evil.example/x")).toBe("https://styrerum.egeby.dk/");
    expect(absoluteUrl(publicUrl, "//evil.example/x")).toBe("https://styrerum.egeby.dk/");
    expect(absoluteUrl(`${publicUrl}/`, "/meetings/3")).toBe("https://styrerum.egeby.dk/meetings/3");
    expect(escapeHtml(`"'`)).toBe("&quot;&#39;");
  });

  it("groups a digest by kind with a link for each notification", () => {
    const mail = composeDigestMail(
      "Anne",
      "weekly",
      [
        { kind: "overdue", title: "Statusrapport mangler", body: "", link: "/projects/A", createdAt: "2026-11-25T10:00:00Z" },
        { kind: "idea_update", title: "Din idé er behandlet", body: "", link: "/ideas/4", createdAt: "2026-11-26T10:00:00Z" },
        { kind: "overdue", title: "Måling mangler", body: "", link: "/benefits/9", createdAt: "2026-11-27T10:00:00Z" },
      ],
      publicUrl,
    );
    expect(mail.subject).toBe("Styrerum: Ugens sammendrag");
    expect(mail.text).toContain("Overskredne frister (2)");
    expect(mail.text).toContain("Dine idéer (1)");
    expect(mail.text.indexOf("Måling mangler")).toBeLessThan(mail.text.indexOf("Statusrapport mangler"));
    expect(mail.html).toContain('href="https://styrerum.egeby.dk/benefits/9"');
    expect(mail.text).toContain("https://styrerum.egeby.dk/account/notifications");
  });
});

describe("the SMTP URL", () => {
  it("gets time limits for an unanswering server unless it sets its own", () => {
    expect(withSmtpTimeouts("smtp://user:p%40ss@mail.egeby.dk:587")).toBe(
      "smtp://user:p%40ss@mail.egeby.dk:587?connectionTimeout=15000&greetingTimeout=15000&socketTimeout=60000",
    );
    expect(withSmtpTimeouts("smtps://mail.egeby.dk?socketTimeout=5000")).toContain("socketTimeout=5000&connectionTimeout=15000");
  });
});

import type { Metadata } from "next";
import Link from "@/components/ui/link";

export const metadata: Metadata = { title: "Tilgængelighedserklæring" };

export default function AccessibilityStatementPage() {
  return (
    <main id="indhold" className="mx-auto max-w-3xl px-4 py-10 leading-relaxed">
      <p className="mb-4 text-sm">
        <Link href="/" className="inline-flex min-h-11 items-center underline">
          ← Til Styrerum
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">Tilgængelighedserklæring for Styrerum</h1>
      <p className="mb-4">
        Kommunen ønsker, at alle medarbejdere kan bruge Styrerum, uanset funktionsevne. Styrerum er kommunens intranetportal
        til styring af digitaliseringsprojekter, gevinstrealisering, udviklingsrum og koncernledelsens møder. Portalen er
        omfattet af lov om tilgængelighed af offentlige organers websteder og mobilapplikationer (lov nr. 692 af 8. juni 2018).
      </p>

      <h2 className="mb-2 mt-8 text-xl font-semibold">Overholdelsesstatus</h2>
      <p className="mb-4">
        Styrerum er udviklet efter standarden EN 301 549 og retningslinjerne WCAG 2.1 på niveau AA. Vi vurderer, at portalen
        overholder kravene. Hver side testes automatisk for tilgængelighed for hver brugerrolle, før en ny version tages i brug.
      </p>

      <h2 className="mb-2 mt-8 text-xl font-semibold">Det har vi gjort</h2>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        <li>Alle funktioner kan bruges med tastatur, og fokus er altid tydeligt markeret.</li>
        <li>Et link øverst på hver side, &quot;Gå til indhold&quot;, springer menuen over.</li>
        <li>Knapper og links er mindst 44 × 44 pixels, så de kan bruges på tablet og med touch.</li>
        <li>Farver har tilstrækkelig kontrast, og statusfarver (grøn, gul, rød) står altid sammen med tekst.</li>
        <li>Grafer har en tabel eller tekst ved siden af med de samme oplysninger.</li>
        <li>Siderne kan forstørres til 200 % og vises i en smal kolonne uden vandret rulning.</li>
      </ul>

      <h2 className="mb-2 mt-8 text-xl font-semibold">Kendte begrænsninger</h2>
      <p className="mb-4">
        Vi kender ikke til indhold, der ikke er tilgængeligt. Dokumenter, som brugere selv vedhæfter eller linker til, er
        ikke omfattet af vores test.
      </p>

      <h2 className="mb-2 mt-8 text-xl font-semibold">Feedback og kontakt</h2>
      <p className="mb-4">
        Oplever du problemer med tilgængeligheden, så skriv til kommunens IT-support via intranettets servicedesk, eller kontakt
        din nærmeste leder. Vi svarer inden for 10 arbejdsdage.
      </p>

      <h2 className="mb-2 mt-8 text-xl font-semibold">Håndhævelse</h2>
      <p className="mb-4">
        Digitaliseringsstyrelsen fører tilsyn med, at offentlige organer overholder reglerne. Du kan klage til
        Digitaliseringsstyrelsen, hvis du er utilfreds med vores svar.
      </p>

      <p className="mt-8 text-sm text-muted">Erklæringen er udarbejdet november 2026 og gennemgås ved hver større ændring af portalen.</p>
    </main>
  );
}

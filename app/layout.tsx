import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Styrerum", template: "%s · Styrerum" },
  description: "Koncernledelsens styrerum for digitalisering",
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" }, apple: { url: "/apple-touch-icon.png", sizes: "180x180" } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** Every page renders per request, so Next.js can put this request's CSP nonce on its scripts. */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="da">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}

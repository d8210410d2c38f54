import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Styrerum", template: "%s · Styrerum" },
  description: "Koncernledelsens styrerum for digitalisering",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="da">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}

import type { MetadataRoute } from "next";

/** The web app manifest: Styrerum can be installed on a tablet and opened like an app, meeting mode included. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Styrerum",
    short_name: "Styrerum",
    description: "Kommunens portal for projekter, gevinster og koncernledelsens møder — også mødetilstand uden net.",
    lang: "da",
    start_url: "/",
    display: "standalone",
    background_color: "#f5f7f8",
    theme_color: "#082a31",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    ],
  };
}

import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "@/app/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "LL3M Studio", template: "%s · LL3M Studio" },
  description: "Turn text prompts into real, editable 3D assets built by Blender programs.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export const viewport: Viewport = { themeColor: "#0d0f14", colorScheme: "dark" };

/** The root document: system fonts, the dark theme and client providers. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never prerendered: each page's scripts carry that request's CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body className="bg-canvas font-sans text-fg">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}

import type { ReactNode } from "react";
import Link from "next/link";
import { Logo } from "@/components/ui/logo";

/** Centered card layout for sign-in and registration. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="relative flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 top-0 -z-10 h-80 bg-[radial-gradient(ellipse_at_top,rgba(139,124,246,0.18),transparent_70%)]"
      />
      <Link href="/" className="mb-8 rounded-md" aria-label="LL3M Studio home">
        <Logo className="text-lg" />
      </Link>
      <div className="w-full max-w-sm rounded-2xl border border-line bg-surface p-6 shadow-xl shadow-black/30 sm:p-8">{children}</div>
      <p className="mt-6 max-w-sm text-center text-xs text-muted">Text to real, editable 3D assets, modeled by Blender programs.</p>
    </main>
  );
}

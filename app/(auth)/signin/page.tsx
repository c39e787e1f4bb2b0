import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/components/auth/safe-callback-url";

export const metadata: Metadata = { title: "Sign in" };

/** Sign-in page; honours ?callbackUrl= for paths on this site. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Welcome back</h1>
      <p className="mt-1 mb-6 text-sm text-muted">Sign in to generate and download 3D assets.</p>
      <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} />
    </>
  );
}

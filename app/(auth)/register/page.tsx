import type { Metadata } from "next";
import { RegisterForm } from "@/components/auth/register-form";
import { safeCallbackUrl } from "@/components/auth/safe-callback-url";

export const metadata: Metadata = { title: "Create account" };

/** Registration page; signs the new user in and honours ?callbackUrl=. */
export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Create your account</h1>
      <p className="mt-1 mb-6 text-sm text-muted">Start turning prompts into 3D models.</p>
      <RegisterForm callbackUrl={safeCallbackUrl(callbackUrl)} />
    </>
  );
}

"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/skeleton";
import { formText } from "@/components/auth/form-text";

/** Email + password sign-in through the Auth.js credentials provider; goes to callbackUrl on success. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", {
        email: formText(form, "email"),
        password: formText(form, "password"),
        redirect: false,
      });
      if (!res || res.error || !res.ok) {
        // lib/auth/auth.ts answers code "rate_limited" when the account or address made too many attempts.
        setError(res?.code === "rate_limited" ? "Too many sign-in attempts; wait a few minutes and try again." : "Invalid email or password");
        setPending(false);
        return;
      }
      router.push(callbackUrl);
      router.refresh();
    } catch {
      setError("Could not reach the server. Please try again.");
      setPending(false);
    }
  }

  const registerHref = callbackUrl === "/generate" ? "/register" : `/register?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4">
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <Field id="email" label="Email">
        <Input id="email" name="email" type="email" autoComplete="email" required autoFocus placeholder="you@example.com" />
      </Field>
      <Field id="password" label="Password">
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" disabled={pending} className="mt-1 w-full">
        {pending ? <Spinner /> : null}
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-muted">
        New here?{" "}
        <Link href={registerHref} className="font-medium text-violet-300 hover:text-violet-200 hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}

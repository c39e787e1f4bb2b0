"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { registerSchema } from "@/lib/validations/auth";
import { ApiRequestError, registerUser } from "@/components/data/api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/skeleton";
import { formText } from "@/components/auth/form-text";

type FieldName = "name" | "email" | "password";

/** Creates an account through the API, signs in with the same credentials, then goes to callbackUrl. */
export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const raw = { name: formText(form, "name").trim() || undefined, email: formText(form, "email"), password: formText(form, "password") };
    // The API's own schema gives instant field messages; the API still has the last word.
    const parsed = registerSchema.safeParse(raw);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    setFormError(null);
    setPending(true);
    try {
      await registerUser(parsed.data);
      const res = await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
      if (!res || res.error || !res.ok) throw new Error("Your account was created, but signing in failed. Please sign in.");
      router.push(callbackUrl);
      router.refresh();
    } catch (err) {
      setFormError(err instanceof ApiRequestError || err instanceof Error ? err.message : "Something went wrong. Please try again.");
      setPending(false);
    }
  }

  const signInHref = callbackUrl === "/generate" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" noValidate>
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <Field id="name" label="Name" hint="Optional" error={errors.name}>
        <Input id="name" name="name" autoComplete="name" maxLength={100} {...fieldAria("name", { error: errors.name, hint: true })} />
      </Field>
      <Field id="email" label="Email" error={errors.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required placeholder="you@example.com" {...fieldAria("email", { error: errors.email })} />
      </Field>
      <Field id="password" label="Password" hint="At least 8 characters" error={errors.password}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required minLength={8} {...fieldAria("password", { error: errors.password, hint: true })} />
      </Field>
      <Button type="submit" disabled={pending} className="mt-1 w-full">
        {pending ? <Spinner /> : null}
        {pending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-muted">
        Already have an account?{" "}
        <Link href={signInHref} className="font-medium text-violet-300 hover:text-violet-200 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}

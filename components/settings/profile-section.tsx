"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { SettingsSection } from "@/components/settings/settings-section";
import { useMe } from "@/components/settings/use-me";

/** Display name (editable) and email (shown). */
export function ProfileSection() {
  const me = useMe();
  return (
    <SettingsSection id="profile" title="Profile" description="How you appear in LL3M Studio.">
      {me.data ? <ProfileForm key={me.data.id} name={me.data.name ?? ""} email={me.data.email} me={me} /> : <Skeleton className="h-[8.5rem] w-full" />}
    </SettingsSection>
  );
}

function ProfileForm({ name: initial, email, me }: { name: string; email: string; me: ReturnType<typeof useMe> }) {
  const [name, setName] = useState(initial);
  function submit(event: FormEvent) {
    event.preventDefault();
    me.save.mutate({ name: name.trim() || null });
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" data-loaded="true">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="profile-name" label="Name">
          <Input id="profile-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoComplete="name" />
        </Field>
        <Field id="profile-email" label="Email" hint="Used to sign in; it cannot be changed here.">
          <Input id="profile-email" value={email} readOnly aria-describedby="profile-email-hint" className="text-muted" />
        </Field>
      </div>
      {me.save.error ? <Alert tone="danger">{me.save.error.message}</Alert> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={me.save.isPending || name.trim() === (me.data?.name ?? "")}>
          {me.save.isPending ? "Saving…" : "Save profile"}
        </Button>
        {me.save.isSuccess ? <span role="status" className="text-sm text-emerald-300">Saved</span> : null}
      </div>
    </form>
  );
}

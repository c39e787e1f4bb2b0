"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/components/data/api";
import { createApiKey, listApiKeys, revokeApiKey } from "@/components/data/api-account";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { ApiKeyList } from "@/components/settings/api-key-list";
import { CreatedKeyNotice } from "@/components/settings/created-key-notice";
import { SettingsSection } from "@/components/settings/settings-section";

/** Keys for scripts and the CLI: create (shown once), list and revoke. */
export function ApiKeysSection() {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const keys = useQuery({ queryKey: queryKeys.apiKeys, queryFn: listApiKeys });
  const create = useMutation({
    mutationFn: (keyName: string) => createApiKey(keyName),
    onSuccess: (key) => {
      setCreated({ name: key.name, key: key.key });
      setName("");
      void queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys });
    },
  });
  const revoke = useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) create.mutate(name.trim());
  }

  return (
    <SettingsSection
      id="api-keys"
      title="API keys"
      description={
        <>
          For scripts and the <code className="font-mono text-xs">ll3m</code> CLI: send one as <code className="font-mono text-xs">Authorization: Bearer &lt;key&gt;</code>.
        </>
      }
    >
      <div className="flex flex-col gap-5">
        <form onSubmit={submit} className="flex flex-col gap-1.5" aria-label="Create an API key">
          <Label htmlFor="api-key-name">New key name</Label>
          <div className="flex gap-2">
            <Input id="api-key-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. laptop, CI" maxLength={100} />
            <Button type="submit" disabled={!name.trim() || create.isPending} className="shrink-0">
              {create.isPending ? "Creating…" : "Create key"}
            </Button>
          </div>
        </form>
        {create.error ? <Alert tone="danger">{create.error.message}</Alert> : null}
        {created ? <CreatedKeyNotice name={created.name} apiKey={created.key} onDismiss={() => setCreated(null)} /> : null}
        {revoke.error ? <Alert tone="danger">{revoke.error.message}</Alert> : null}
        {keys.data ? (
          <ApiKeyList keys={keys.data.items} onRevoke={(id) => revoke.mutate(id)} revoking={revoke.isPending ? revoke.variables : null} />
        ) : keys.error ? (
          <Alert tone="danger">Could not load your keys: {keys.error.message}</Alert>
        ) : (
          <Skeleton className="h-24 w-full" />
        )}
      </div>
    </SettingsSection>
  );
}

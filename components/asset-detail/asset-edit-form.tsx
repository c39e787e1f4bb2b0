"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { updateAssetSchema } from "@/lib/validations/assets";
import type { Asset } from "@/components/data/types";
import { queryKeys } from "@/components/data/api";
import { updateAsset } from "@/components/data/api-assets";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Rename and retag, validated with the API's schema; Escape cancels. */
export function AssetEditForm({ asset, onDone }: { asset: Asset; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(asset.name);
  const [tags, setTags] = useState(asset.tags.join(", "));
  const [invalid, setInvalid] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (input: { name: string; tags: string[] }) => updateAsset(asset.id, input),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.asset(asset.id), updated);
      void queryClient.invalidateQueries({ queryKey: ["assets", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["analytics"] });
      onDone();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name, tags: tags.split(",").map((t) => t.trim()).filter(Boolean) };
    const parsed = updateAssetSchema.safeParse(input);
    if (!parsed.success) return setInvalid(parsed.error.issues[0].message);
    setInvalid(null);
    mutation.mutate({ name: parsed.data.name ?? name, tags: parsed.data.tags ?? [] });
  }

  return (
    <form onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && onDone()} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4" aria-label="Edit asset">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="asset-name-input" label="Name" error={invalid ?? undefined}>
          <Input id="asset-name-input" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} autoFocus {...fieldAria("asset-name-input", { error: invalid ?? undefined })} />
        </Field>
        <Field id="asset-tags-input" label="Tags" hint="Comma-separated">
          <Input id="asset-tags-input" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="furniture, wood" {...fieldAria("asset-tags-input", { hint: true })} />
        </Field>
      </div>
      {mutation.error ? <Alert tone="danger">{mutation.error.message}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : "Save"}
        </Button>
        <Button variant="ghost" size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

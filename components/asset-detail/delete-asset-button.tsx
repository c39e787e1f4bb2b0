"use client";

import { useRef } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Asset } from "@/components/data/types";
import { deleteAsset } from "@/components/data/api-assets";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Delete with a confirmation dialog (native <dialog>: focus trapped, Escape cancels); then back to the library. */
export function DeleteAssetButton({ asset }: { asset: Asset }) {
  const ref = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => deleteAsset(asset.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["assets", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["analytics"] });
      router.push("/assets");
    },
  });

  return (
    <>
      <Button variant="secondary" size="sm" className="text-red-300 hover:text-red-200" onClick={() => ref.current?.showModal()}>
        Delete
      </Button>
      <dialog
        ref={ref}
        aria-labelledby="delete-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border border-line bg-surface p-5 text-fg shadow-2xl backdrop:bg-black/70"
      >
        <h2 id="delete-title" className="text-lg font-semibold">
          Delete “{asset.name}”?
        </h2>
        <p className="mt-2 text-sm text-muted">
          Its {asset.versions_count} {asset.versions_count === 1 ? "version" : "versions"} and every file go too. This cannot be undone.
        </p>
        {mutation.error ? <Alert tone="danger" className="mt-3">{mutation.error.message}</Alert> : null}
        <div className="mt-5 flex justify-end gap-2">
          <Button variant="ghost" onClick={() => ref.current?.close()} autoFocus>
            Keep it
          </Button>
          <Button className="bg-red-600 hover:bg-red-500" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
            {mutation.isPending ? "Deleting…" : "Delete asset"}
          </Button>
        </div>
      </dialog>
    </>
  );
}

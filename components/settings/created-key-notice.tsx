"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Props of CreatedKeyNotice: the new key's name and value, and how to hide it. */
export interface CreatedKeyNoticeProps {
  name: string;
  apiKey: string;
  onDismiss: () => void;
}

/** The new key, shown this once, with a copy button. */
export function CreatedKeyNotice({ name, apiKey, onDismiss }: CreatedKeyNoticeProps) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="flex flex-col gap-2 rounded-lg border border-emerald-500/40 bg-emerald-500/10 p-3.5 text-sm">
      <p className="font-medium text-emerald-200">Key “{name}” created. Copy it now: it will not be shown again.</p>
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid="new-api-key" className="min-w-0 flex-1 rounded-md bg-canvas/70 px-2.5 py-2 font-mono text-xs break-all text-fg select-all">
          {apiKey}
        </code>
        <Button variant="secondary" size="sm" onClick={() => void navigator.clipboard.writeText(apiKey).then(() => setCopied(true))}>
          {copied ? "Copied" : "Copy"}
        </Button>
        <Button variant="ghost" size="sm" onClick={onDismiss}>
          Done
        </Button>
      </div>
    </div>
  );
}

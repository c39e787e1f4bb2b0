"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/** Props of CodePanel: the Blender Python program and the name a download gets. */
export interface CodePanelProps {
  code: string;
  fileName: string;
}

/** The version's Blender program with line numbers, Copy and a client-side .py download. */
export function CodePanel({ code, fileName }: CodePanelProps) {
  const [copied, setCopied] = useState<"ok" | "failed" | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = () => navigator.clipboard.writeText(code).then(() => setCopied("ok"), () => setCopied("failed"));
  const download = () => {
    const url = URL.createObjectURL(new Blob([code], { type: "text/x-python" }));
    const a = Object.assign(document.createElement("a"), { href: url, download: fileName });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const lines = code.split("\n");

  return (
    <div className="flex flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-line px-3 py-2">
        <span className="text-xs text-muted">
          {lines.length} lines · Python for Blender 3.4+
        </span>
        <span className="ml-auto text-xs text-emerald-300" aria-live="polite">
          {copied === "ok" ? "Copied" : copied === "failed" ? "Copy failed" : ""}
        </span>
        <Button variant="secondary" size="sm" onClick={() => void copy()}>
          Copy code
        </Button>
        <Button variant="secondary" size="sm" onClick={download}>
          Download .py
        </Button>
      </div>
      <pre className="max-h-[32rem] overflow-auto py-3 font-mono text-xs leading-5" data-testid="code-view" tabIndex={0} aria-label="Blender code">
        <code>
          {lines.map((line, i) => (
            <span key={i} className="flex">
              <span aria-hidden="true" className="w-12 shrink-0 pr-3 text-right text-muted/50 select-none">
                {i + 1}
              </span>
              <span className="pr-4 whitespace-pre text-fg/90">{line || " "}</span>
            </span>
          ))}
        </code>
      </pre>
    </div>
  );
}

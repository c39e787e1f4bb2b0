"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import type { VersionDetail, VersionSummary } from "@/components/data/types";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { AgentTrail } from "@/components/asset-detail/agent-trail";
import { CodeDiff } from "@/components/asset-detail/code-diff";
import { CodePanel } from "@/components/asset-detail/code-panel";

const TABS = [
  { key: "code", label: "Blender code" },
  { key: "diff", label: "Compare versions" },
  { key: "trail", label: "Agent trail" },
] as const;
type TabKey = (typeof TABS)[number]["key"];

/** Props of DetailTabs: the version shown, every version (for the diff) and names for downloads. */
export interface DetailTabsProps {
  assetId: string;
  assetName: string;
  version: VersionDetail | null;
  versions: VersionSummary[];
}

/** Code, diff and trail as ARIA tabs (arrow keys move between them). */
export function DetailTabs({ assetId, assetName, version, versions }: DetailTabsProps) {
  const [tab, setTab] = useState<TabKey>("code");
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});

  function onKey(event: KeyboardEvent) {
    const i = TABS.findIndex((t) => t.key === tab);
    const next = event.key === "ArrowRight" ? (i + 1) % TABS.length : event.key === "ArrowLeft" ? (i - 1 + TABS.length) % TABS.length : -1;
    if (next < 0) return;
    event.preventDefault();
    setTab(TABS[next].key);
    refs.current[TABS[next].key]?.focus();
  }

  return (
    <Card className="overflow-hidden">
      <div role="tablist" aria-label="Version details" className="flex overflow-x-auto border-b border-line px-2" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.key}
            ref={(el) => {
              refs.current[t.key] = el;
            }}
            role="tab"
            id={`tab-${t.key}`}
            aria-selected={tab === t.key}
            aria-controls={`panel-${t.key}`}
            tabIndex={tab === t.key ? 0 : -1}
            onClick={() => setTab(t.key)}
            className={cn(
              "-mb-px shrink-0 border-b-2 px-3 py-3 text-sm font-medium whitespace-nowrap transition-colors",
              tab === t.key ? "border-accent text-fg" : "border-transparent text-muted hover:text-fg",
            )}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="min-h-80">
        {!version ? (
          <div className="p-4">
            <Skeleton className="h-64 w-full" />
          </div>
        ) : tab === "code" ? (
          <CodePanel code={version.code} fileName={`${slug(assetName)}-v${version.version}.py`} />
        ) : tab === "diff" ? (
          <CodeDiff key={version.version} assetId={assetId} versions={versions} selected={version.version} />
        ) : (
          <AgentTrail version={version} />
        )}
      </div>
    </Card>
  );
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "asset";
}

"use client";

import { useState, type FormEvent } from "react";
import { QUALITY_LEVELS, type ExportFormat, type QualityLevel } from "@/lib/assets/formats";
import type { Me } from "@/components/data/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { FormatOptions } from "@/components/generate/format-options";
import { SettingsSection } from "@/components/settings/settings-section";
import { useMe } from "@/components/settings/use-me";

const LABELS: Record<QualityLevel, string> = { draft: "Draft: fastest", standard: "Standard", high: "High: most detail" };

/** The quality and formats the Generate form starts with. */
export function DefaultsSection() {
  const me = useMe();
  return (
    <SettingsSection id="defaults" title="Generation defaults" description="What the Generate form starts with. You can still change them per generation.">
      {me.data ? <DefaultsForm key={me.data.id} preferences={me.data.preferences} me={me} /> : <Skeleton className="h-[14rem] w-full" />}
    </SettingsSection>
  );
}

function DefaultsForm({ preferences, me }: { preferences: Me["preferences"]; me: ReturnType<typeof useMe> }) {
  const [quality, setQuality] = useState<QualityLevel>(preferences.quality_level);
  const [formats, setFormats] = useState<ExportFormat[]>(preferences.output_formats);
  const [saved, setSaved] = useState(false);
  function submit(event: FormEvent) {
    event.preventDefault();
    me.save.mutate({ preferences: { quality_level: quality, output_formats: [...new Set<ExportFormat>(["glb", ...formats])] } }, { onSuccess: () => setSaved(true) });
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-5" aria-label="Generation defaults">
      <div className="max-w-xs">
        <Field id="default-quality" label="Default quality">
          <Select id="default-quality" value={quality} onChange={(e) => (setQuality(e.target.value as QualityLevel), setSaved(false))}>
            {QUALITY_LEVELS.map((q) => (
              <option key={q} value={q}>
                {LABELS[q]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <FormatOptions value={formats} onChange={(f) => (setFormats(f), setSaved(false))} />
      {me.save.error ? <Alert tone="danger">{me.save.error.message}</Alert> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={me.save.isPending}>
          {me.save.isPending ? "Saving…" : "Save defaults"}
        </Button>
        {saved ? <span role="status" className="text-sm text-emerald-300">Saved</span> : null}
      </div>
    </form>
  );
}

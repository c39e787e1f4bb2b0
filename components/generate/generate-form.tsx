"use client";

import { useState, type FormEvent } from "react";
import { QUALITY_LEVELS, type ExportFormat, type QualityLevel } from "@/lib/assets/formats";
import { generateSchema, type GenerateInput } from "@/lib/validations/generate";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Spinner } from "@/components/ui/skeleton";
import { cn } from "@/components/ui/cn";
import { FormatOptions } from "@/components/generate/format-options";
import { PromptExamples } from "@/components/generate/prompt-examples";
import { LivePromptReading } from "@/components/generate/prompt-reading";
import { ReferenceImagePicker } from "@/components/generate/reference-image-picker";

const MAX_PROMPT = 500;
const QUALITY_LABELS: Record<QualityLevel, string> = { draft: "Draft: fastest", standard: "Standard", high: "High: most detail" };

/** Props of GenerateForm: submit handler, pending flag, the API's error, the user's defaults and whether they are still loading. */
export interface GenerateFormProps {
  onSubmit: (input: GenerateInput, image: File | null) => void;
  pending: boolean;
  error: string | null;
  defaults?: { quality_level: QualityLevel; output_formats: ExportFormat[] };
  loading?: boolean;
}

const FALLBACK = { quality_level: "standard" as QualityLevel, output_formats: ["glb", "obj", "stl", "blend"] as ExportFormat[] };

/** Prompt, quality, formats and tags; starts from the user's defaults and is validated with the API's own schema. */
export function GenerateForm({ onSubmit, pending, error, defaults = FALLBACK, loading = false }: GenerateFormProps) {
  const [prompt, setPrompt] = useState("");
  const [quality, setQuality] = useState<QualityLevel>(defaults.quality_level);
  const [formats, setFormats] = useState<ExportFormat[]>(defaults.output_formats);
  const [tags, setTags] = useState("");
  const [image, setImage] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<{ prompt?: string; tags?: string; form?: string }>({});

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (pending) return;
    const parsed = generateSchema.safeParse({
      prompt,
      quality_level: quality,
      output_formats: [...new Set<ExportFormat>(["glb", ...formats])],
      tags: tags.split(",").map((t) => t.trim()).filter(Boolean),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = issue.path[0] === "prompt" ? "prompt" : issue.path[0] === "tags" ? "tags" : "form";
      setFieldError({ [key]: issue.message });
      return;
    }
    setFieldError({});
    onSubmit(parsed.data, image);
  }

  const remaining = MAX_PROMPT - prompt.length;
  return (
    <form onSubmit={submit} className="flex flex-col gap-5" aria-label="Generate a 3D model" data-loaded={loading ? "false" : "true"}>
      <fieldset disabled={loading} className="contents">
        <Field
          id="prompt"
          label="Prompt"
          error={fieldError.prompt}
          aside={
            <span id="prompt-count" className={cn("text-xs tabular-nums", remaining < 0 ? "text-red-300" : remaining < 50 ? "text-amber-300" : "text-muted")} aria-live="polite">
              {prompt.length}/{MAX_PROMPT}
            </span>
          }
        >
          <Textarea
            id="prompt"
            name="prompt"
            value={prompt}
            onChange={(e) => setPrompt(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) submit();
            }}
            maxLength={MAX_PROMPT}
            required
            rows={4}
            placeholder="Describe an object, e.g. a wooden table with four legs"
            {...fieldAria("prompt", { error: fieldError.prompt })}
          />
        </Field>
        <LivePromptReading prompt={prompt} onPick={setPrompt} />
        <PromptExamples onPick={setPrompt} disabled={pending} />

        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="quality" label="Quality">
            <Select id="quality" name="quality_level" value={quality} onChange={(e) => setQuality(e.target.value as QualityLevel)}>
              {QUALITY_LEVELS.map((q) => (
                <option key={q} value={q}>
                  {QUALITY_LABELS[q]}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="tags" label="Tags" hint="Comma-separated, optional" error={fieldError.tags}>
            <Input id="tags" name="tags" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="furniture, wood" {...fieldAria("tags", { error: fieldError.tags, hint: true })} />
          </Field>
        </div>

        <ReferenceImagePicker value={image} onChange={setImage} disabled={pending} />

        <FormatOptions value={formats} onChange={setFormats} disabled={pending} />

        {error || fieldError.form ? <Alert tone="danger">{error ?? fieldError.form}</Alert> : null}
        <Button type="submit" disabled={loading || pending || prompt.trim().length === 0} className="h-11 w-full text-base">
          {pending ? <Spinner /> : null}
          {pending ? "Starting…" : "Generate"}
        </Button>
      </fieldset>
    </form>
  );
}

"use client";

import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** What the server takes (it checks the bytes again, and the pixel limit). */
const TYPES = ["image/png", "image/jpeg", "image/webp"];
const MAX_BYTES = 8 * 1024 * 1024;

/** Props of ReferenceImagePicker: the chosen image (or null), its change handler and whether it is disabled. */
export interface ReferenceImagePickerProps {
  value: File | null;
  onChange: (file: File | null) => void;
  disabled?: boolean;
}

/** A first check of a picked file, so a wrong one is named at once; null when it may be sent. */
export function referenceImageProblem(file: File): string | null {
  if (!TYPES.includes(file.type)) return `${file.name || "That file"} is not a PNG, JPEG or WebP image.`;
  if (file.size > MAX_BYTES) return `${file.name || "That image"} is ${(file.size / 1024 / 1024).toFixed(1)} MB; at most 8 MB.`;
  return null;
}

/** Optional reference image: drop it, paste it (anywhere on the page) or pick it; a thumbnail with a remove button. */
export function ReferenceImagePicker({ value, onChange, disabled = false }: ReferenceImagePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The thumbnail's blob URL lives exactly as long as its <img> shows this file (a ref callback's cleanup revokes it).
  const preview = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img || !value) return;
      const u = URL.createObjectURL(value);
      img.src = u;
      return () => URL.revokeObjectURL(u);
    },
    [value],
  );

  const take = (file: File | undefined | null) => {
    if (!file) return;
    const why = referenceImageProblem(file);
    setProblem(why);
    if (!why) onChange(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) take(e.dataTransfer.files[0]);
  };
  // A pasted image anywhere on the page (the prompt box included) becomes the reference; pasted text is left alone.
  const takeRef = useRef(take);
  useEffect(() => {
    takeRef.current = take;
  });
  useEffect(() => {
    if (disabled) return;
    const onPaste = (e: ClipboardEvent) => {
      const file = [...(e.clipboardData?.files ?? [])].find((f) => f.type.startsWith("image/"));
      if (!file) return;
      e.preventDefault();
      takeRef.current(file);
    };
    window.addEventListener("paste", onPaste);
    return () => window.removeEventListener("paste", onPaste);
  }, [disabled]);

  return (
    <div className="flex flex-col gap-1.5">
      <span className="text-sm font-medium">Reference image <span className="font-normal text-muted">(optional, needs a vision model)</span></span>
      {value ? (
        <div className="flex items-center gap-3 rounded-lg border border-line bg-surface-2 p-2" data-testid="reference-image">
          {/* Plain <img>: a local blob preview, nothing for next/image to optimise. */}
          <img ref={preview} alt="Reference image" className="h-16 w-16 rounded object-cover" />
          <span className="min-w-0 flex-1 truncate text-sm">{value.name || "pasted image"}</span>
          <Button variant="ghost" size="sm" onClick={() => onChange(null)} disabled={disabled} aria-label="Remove reference image">
            Remove
          </Button>
        </div>
      ) : (
        <div
          role="button"
          tabIndex={0}
          aria-label="Add a reference image: drop, paste or choose a PNG, JPEG or WebP"
          onClick={() => input.current?.click()}
          onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && input.current?.click()}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          className={cn("cursor-pointer rounded-lg border border-dashed border-line px-3 py-4 text-center text-sm text-muted", over && "border-accent text-fg", disabled && "pointer-events-none opacity-50")}
          data-testid="reference-drop"
        >
          Drop, paste or choose an image (PNG, JPEG, WebP; up to 8 MB)
        </div>
      )}
      <input ref={input} type="file" accept={TYPES.join(",")} className="hidden" data-testid="reference-input" onChange={(e) => take(e.target.files?.[0])} disabled={disabled} />
      {problem ? <span className="text-xs text-red-300" role="alert">{problem}</span> : null}
    </div>
  );
}

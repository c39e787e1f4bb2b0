import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";

/** Props of Field: the control's id, its label, and an optional hint, error and label-side extra. */
export interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  aside?: ReactNode;
  children: ReactNode;
}

/** Label + control + hint/error, with ids that the control can point at through fieldAria(). */
export function Field({ id, label, hint, error, aside, children }: FieldProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        {aside}
      </div>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-300">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The aria attributes that tie a control to its Field's hint or error. */
export function fieldAria(id: string, { error, hint }: { error?: string; hint?: unknown }) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}

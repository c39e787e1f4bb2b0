import { cn } from "@/components/ui/cn";

/** Props of Progress: value 0-100 and an accessible name. */
export interface ProgressProps {
  value: number;
  label: string;
  tone?: "accent" | "success" | "danger";
  className?: string;
}

const fills = { accent: "bg-accent", success: "bg-emerald-500", danger: "bg-red-500" };

/** A determinate progress bar with role="progressbar". */
export function Progress({ value, label, tone = "accent", className }: ProgressProps) {
  const v = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={v}
      className={cn("h-2 w-full overflow-hidden rounded-full bg-line/70", className)}
    >
      <div className={cn("h-full rounded-full transition-[width] duration-500 ease-out", fills[tone])} style={{ width: `${v}%` }} />
    </div>
  );
}

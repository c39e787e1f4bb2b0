import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** Props of Alert: tone, optional title, and the message. */
export interface AlertProps {
  tone?: "danger" | "info" | "success";
  title?: string;
  children: ReactNode;
  className?: string;
}

const tones = {
  danger: "border-red-500/40 bg-red-500/10 text-red-200",
  info: "border-line bg-surface-2 text-muted",
  success: "border-emerald-500/40 bg-emerald-500/10 text-emerald-200",
};

/** A message box; errors use role="alert" so screen readers announce them at once. */
export function Alert({ tone = "info", title, children, className }: AlertProps) {
  return (
    <div role={tone === "danger" ? "alert" : "status"} className={cn("rounded-lg border px-3.5 py-3 text-sm", tones[tone], className)}>
      {title ? <p className="font-semibold">{title}</p> : null}
      <div className={cn(title && "mt-1", "break-words")}>{children}</div>
    </div>
  );
}

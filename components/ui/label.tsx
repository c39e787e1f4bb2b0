import type { LabelHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

/** A form label. */
export function Label({ className, ...props }: LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={cn("text-sm font-medium text-fg", className)} {...props} />;
}

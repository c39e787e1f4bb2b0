import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

const field =
  "w-full rounded-lg border border-line bg-canvas/60 px-3 text-sm text-fg placeholder:text-muted/70 transition-colors hover:border-muted/40 focus-visible:border-accent aria-[invalid=true]:border-red-500/70 disabled:opacity-60";

/** A text input styled for the dark theme. */
export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={cn(field, "h-10", className)} {...props} />;
}

/** A multi-line text input. */
export function Textarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={cn(field, "min-h-28 resize-y py-2.5 leading-relaxed", className)} {...props} />;
}

/** A native select (keeps keyboard and screen-reader behaviour for free). */
export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn(field, "h-10 appearance-auto pr-8", className)} {...props} />;
}

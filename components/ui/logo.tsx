import { cn } from "@/components/ui/cn";

/** The cube mark and product name; `compact` drops "Studio" on narrow screens. */
export function Logo({ className, compact = false }: { className?: string; compact?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight text-fg", className)}>
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="#1c202b" />
        <path d="M16 5 26 10.5v11L16 27 6 21.5v-11L16 5Z" fill="#8b7cf6" />
        <path d="M16 5 26 10.5 16 16 6 10.5 16 5Z" fill="#b3a8fa" />
        <path d="M16 16v11l10-5.5v-11L16 16Z" fill="#6a58e8" />
      </svg>
      <span>
        LL3M <span className={cn("font-medium text-muted", compact && "hidden sm:inline")}>Studio</span>
      </span>
    </span>
  );
}

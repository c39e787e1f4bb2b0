import { cn } from "@/components/ui/cn";

/** A pulsing placeholder that holds space while content loads. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-line/50", className)} />;
}

/** A small spinning ring for pending buttons and loading states. */
export function Spinner({ className }: { className?: string }) {
  return <span aria-hidden="true" className={cn("inline-block size-4 animate-spin rounded-full border-2 border-current border-r-transparent", className)} />;
}

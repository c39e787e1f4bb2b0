import type { HTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

/** A bordered surface that groups related content. */
export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("rounded-xl border border-line bg-surface shadow-sm shadow-black/20", className)} {...props} />;
}

/** The heading row of a Card. */
export function CardHeader({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("flex items-center justify-between gap-3 border-b border-line px-4 py-3 sm:px-5", className)} {...props} />;
}

/** The padded body of a Card. */
export function CardBody({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("p-4 sm:p-5", className)} {...props} />;
}

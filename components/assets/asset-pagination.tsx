import { Button } from "@/components/ui/button";
import { PAGE_SIZE } from "@/components/assets/library-params";

/** Props of AssetPagination: where the page starts, how many there are, and how to move. */
export interface AssetPaginationProps {
  offset: number;
  total: number;
  onOffset: (offset: number) => void;
}

/** "25–48 of 1,204" with previous and next page buttons. */
export function AssetPagination({ offset, total, onOffset }: AssetPaginationProps) {
  const last = Math.min(offset + PAGE_SIZE, total);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.floor(offset / PAGE_SIZE) + 1;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted tabular-nums" aria-live="polite">
        {total === 0 ? "0 assets" : `${(offset + 1).toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`}
      </p>
      <div className="flex items-center gap-2">
        <Button variant="secondary" size="sm" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - PAGE_SIZE))}>
          ← Previous
        </Button>
        <span className="text-sm text-muted tabular-nums">
          Page {page} of {pages}
        </span>
        <Button variant="secondary" size="sm" disabled={last >= total} onClick={() => onOffset(offset + PAGE_SIZE)}>
          Next →
        </Button>
      </div>
    </nav>
  );
}

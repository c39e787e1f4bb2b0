import Link from "next/link";
import { signOut } from "@/lib/auth/auth";
import { Button } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";
import { NavLinks } from "@/components/dashboard/nav-links";

/** The dashboard header: product name, navigation, the signed-in email and Sign out. */
export function SiteHeader({ email }: { email: string }) {
  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/signin" });
  }

  return (
    <header className="sticky top-0 z-30 border-b border-line bg-canvas/85 backdrop-blur">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 sm:h-14 sm:flex-nowrap sm:gap-6 sm:px-6 sm:py-0">
        <Link href="/generate" className="shrink-0 rounded-md" aria-label="LL3M Studio, go to Generate">
          <Logo compact />
        </Link>
        <NavLinks className="order-last w-full sm:order-none sm:w-auto" />
        <div className="ml-auto flex min-w-0 items-center gap-3">
          <span className="hidden truncate text-sm text-muted md:inline" title={email}>
            {email}
          </span>
          <form action={signOutAction}>
            <Button type="submit" variant="secondary" size="sm">
              Sign out
            </Button>
          </form>
        </div>
      </div>
    </header>
  );
}

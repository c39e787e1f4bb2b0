/** Joins class names, skipping falsy ones; enough here without a class-merging dependency. */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}

let counter = 0;
/** A page-unique element id; a fragment may appear twice on one page. Deterministic across builds. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

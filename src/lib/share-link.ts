/**
 * What every widget's share link has in common. Each area's `share.ts` holds its keys
 * (`<area>QueryKeys`) and `<area>ToQuery(state)`: the query string without "?", "" for the
 * default, or null when the state is too long for a link. Its `share-parse.ts` holds
 * `<area>FromQuery(query)`, which needs zod and so is imported on demand: it always returns a
 * usable state, and a message when the link could not be read as it is.
 */

/** What reading a share link gives: always a usable state, and a message when the link was bad. */
export interface ShareLinkRead<State> {
  state: State;
  /** Why the link could not be read in full, for the reader (the widget shows what it could read). */
  message?: string;
}

/** True when a query string ("?a=1&b=2", with or without "?") carries any of `keys`. */
export function queryCarriesAny(query: string, keys: readonly string[]): boolean {
  const params = new URLSearchParams(query);
  return keys.some((key) => params.has(key));
}

/** The values of `keys` that `query` carries (others, such as utm_source, are left out). */
export function queryValues(query: string, keys: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(query);
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) values[key] = value;
  }
  return values;
}

/** A query string from its values, without "?"; keys with an undefined value are left out. */
export function queryOf(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) params.set(key, value);
  return params.toString();
}

/** One line per problem a schema found, `"key" message`, for a link message. */
export function issueReasons(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `"${String(issue.path[0])}" ${issue.message}`).join('; ');
}

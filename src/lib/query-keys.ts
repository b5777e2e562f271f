/** True when a query string ("?a=1&b=2", with or without "?") carries any of `keys`. */
export function queryCarriesAny(search: string, keys: readonly string[]): boolean {
  const params = new URLSearchParams(search);
  return keys.some((key) => params.has(key));
}

/**
 * Widgets parse share links and stored data with zod, which is about 10 KB of compressed
 * JavaScript. They import those parsers on demand, only when the URL or storage holds
 * something to parse, so a first visit loads none of it. If that import fails (the reader
 * went offline after the page loaded), the widget keeps its defaults and says so.
 */
export const PARSER_LOAD_FAILED = 'The settings in this link could not be loaded (is the page offline?), so the defaults are shown.';

/** The prompt tray: phrases the tools send to collect, copy or open in the builder. The parser of a stored tray is ./parse (loaded on demand). */
export { addTrayItem, removeTrayItem, serializeTray } from './tray';
export type { TrayItem, TrayParseResult } from './tray';

/** A saved comparison of two pictures: the settings diff, the verdict, the log and its export. */
export { compareSettings, comparedRun, settingLabels, settingText } from './settings';
export type { SettingKey, SettingRow } from './settings';
export { verdictFor, promptChangeOf, ONE_CHANGE_SECTION } from './verdict';
export type { Verdict, PromptChange } from './verdict';
export { modelForFile, upgradeLink, diffLink, builderLink } from './links';
export type { ToolLink } from './links';
export {
  planMerge,
  describeMerge,
  pictureKey,
  picturePath,
  mimeTypes,
  defaultExperimentName,
  serializeLogIndex,
  LOG_NAME_MAX,
  LOG_NOTE_MAX,
  LOG_ENTRY_LIMIT,
  LOG_FILE_KIND,
} from './log';
export type { Experiment, SavedPicture, MergePlan, PictureSide, LogIndex } from './log';
export { buildLogZip, readLogZip, INDEX_PATH } from './zip';

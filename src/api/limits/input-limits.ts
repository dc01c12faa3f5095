/** Maximum lengths of string arguments (characters). */
export const MAX_ID_LENGTH = 400;
export const MAX_FILTER_STRING_LENGTH = 200;
export const MAX_REFERENCE_TEXT_LENGTH = 2_000;
export const MAX_SEARCH_TEXT_LENGTH = 500;
export const MAX_CURSOR_LENGTH = 500;
export const MAX_NOTE_LENGTH = 2_000;
export const MAX_FILE_NAME_LENGTH = 255;
/** Text given to `ingestDocument`: the largest real directive files are a few hundred kB. */
export const MAX_INGEST_TEXT_LENGTH = 2_000_000;

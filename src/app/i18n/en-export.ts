/** Strings of the repo-ready export (ZIP) and the "How to check it works" panel. */
export const enExport = {
  'export.zip.button': 'Download ZIP',
} as const;

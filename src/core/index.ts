/** The core's public API, used by the UI, the CLI and tests. */
export { EXAMPLE_MANIFEST } from './model/example';
export * from './model/kinds';
export * from './model/commands';
export * from './model/paths';
export { asRecord, asArray, getPath, isRecord } from './model/read';
export { applyEdit, applyEdits } from './yaml/edit';
export type { EditCommand, EditFailure, EditResult, Path, PathSegment } from './yaml/edit';
export { parseManifest } from './yaml/parse';
export type { ManifestDocument, ParsedManifest, SyntaxProblem, TextPosition } from './yaml/parse';
export { changedSpan } from './text/diff';
export type { TextChange } from './text/diff';

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
export { checkManifest } from './rules/run';
export type { CheckResult } from './rules/run';
export type { Diagnostic, QuickFix, RuleId, Severity, Rule } from './rules/types';
export { fixCommands } from './rules/types';
export { RULE_IDS } from './rules/types';
export { RULES } from './rules/catalogue';
export { diagnosticsByField, fieldKey } from './rules/by-field';
export type { Link, LinkEnd, LinkGraph, LinkKind } from './links/types';
export type { ProfileId } from './profiles/types';
export { locate } from './yaml/locate';
export { readIncomingFile, readPastedText, MAX_FILE_BYTES } from './import/incoming';
export type { IncomingFile, IncomingProblem } from './import/incoming';
export {
  appendSources,
  combineSources,
  sourceOfDocument,
  sourcesOfDocuments,
} from './import/sources';
export type { SourceFile } from './import/sources';
export { completionContext, documentHeader, pathAt } from './yaml/position-path';
export type { CompletionContext, PathAt } from './yaml/position-path';
export { formatYaml } from './yaml/format';
export type { FormatResult } from './yaml/format';
export { propertiesAt, schemaAt, typeName } from './schema/schema-at';
export type { PropertyInfo } from './schema/schema-at';
export { formatPath } from './schema/validate';
export { escapeMarkdown } from './text/markdown';
export { splitManifest, RESERVED_FILE_NAMES } from './export/split';
export type { ExportFile } from './export/split';
export { kustomization, KUSTOMIZATION_FILE_NAME } from './export/kustomization';
export { oktetoManifest, placeholderVariables, OKTETO_FILE_NAME } from './export/okteto';
export { exportFiles, exportZip, EXPORT_ZIP_FILE_NAME } from './export/zip';
export type { ExportedFile } from './export/zip';
export { checkCommands, shellWord } from './export/commands';
export type { CheckGroup, CheckGroupId, CheckStep, CheckStepKind } from './export/commands';
export { referencesTo, renameReferences, isNameTaken } from './refactor/rename-object';
export { portReferencesTo, renamePortReferences } from './refactor/rename-port';
export type { Reference } from './refactor/references';
export { newApp, addDocumentCommand } from './refactor/add-objects';
export type { NewApp, NewDocument } from './refactor/add-objects';
export { addIngressPath, addIngressRule, removeIngressPath } from './refactor/ingress-edits';
export { addRouteRule, removeRouteRule } from './refactor/route-edits';
export { dependentsOf } from './refactor/dependents';
export { detectProfile, effectiveProfile } from './profiles/detect';
export { commandsForProfile, switchProfile } from './profiles/switch';
export type { ProfileCommands } from './profiles/switch';

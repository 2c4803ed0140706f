/**
 * What the rename offer needs from the core: the references to a name and the commands that
 * rename them. They go through the link resolver, which the first form does not need, so this
 * module is loaded when a name field first gets focus (see `RenameOffer`).
 */
import type { EditCommand, ParsedManifest, Path, Reference } from '../../core';
import { referencesTo, renameReferences } from '../../core/refactor/rename-object';
import { portReferencesTo, renamePortReferences } from '../../core/refactor/rename-port';

/** The name being renamed: the object's own (`metadata.name`) or that of the port at `portPath`. */
export type RenameTarget = { kind: 'object' } | { kind: 'port'; portPath: Path };

/** The fields that use the target's name, in document `doc` of `parsed`. */
export function referencesOf(target: RenameTarget, parsed: ParsedManifest, doc: number) {
  return target.kind === 'object'
    ? referencesTo(parsed, doc)
    : portReferencesTo(parsed, doc, target.portPath);
}

/** The commands that rename the target and every reference to it, from `parsed`. */
export function renameCommands(
  target: RenameTarget,
  parsed: ParsedManifest,
  doc: number,
  name: string,
): EditCommand[] {
  return target.kind === 'object'
    ? renameReferences(parsed, doc, name)
    : renamePortReferences(parsed, doc, target.portPath, name);
}

export type { Reference };

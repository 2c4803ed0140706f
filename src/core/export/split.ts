/**
 * Splitting one manifest text into the files of a repository: one file per app (a workload
 * and the Services that select its pods), one per Ingress, route, Gateway or other object.
 * Each file is made of the documents' own source text, so comments, quoting and key order
 * stay exactly as written; only the `---` separators between documents are rewritten.
 *
 * Which Service belongs to which workload is read from the link graph (the resolver owns
 * selectors and namespaces); nothing is resolved again here.
 */
import { resolveLinks } from '../links/resolve';
import { uniqueName } from '../model/commands';
import type { LinkGraph } from '../links/types';
import { findWorkloads } from '../links/workloads';
import { manifestObjects } from '../rules/context';
import type { ManifestDocument, ParsedManifest } from '../yaml/parse';

export interface ExportFile {
  /** A safe, unique name: lowercase `[a-z0-9-]` and `.yaml`, never a path. */
  name: string;
  text: string;
  /** The documents (indexes into `parsed.documents`) it holds, in text order. */
  docs: number[];
}

/** Names the export writes itself; an object named so gets `-2`. */
export const RESERVED_FILE_NAMES: readonly string[] = ['kustomization.yaml', 'okteto.yaml'];

const MAX_BASE_LENGTH = 60;

/**
 * A file name part from untrusted text: lowercase letters, digits and single dashes only, so
 * that no name from a manifest can be a path (`/`, `\`, `..`) or clash by case.
 */
export function safeNamePart(value: string | undefined): string {
  return (value ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/-+$/, '');
}

/** `<name>-<kind>`, or just the name when it already says the kind (`ingress`, `web-ingress`). */
export function objectBaseName(
  name: string | undefined,
  kind: string | undefined,
  fallback: string,
): string {
  const n = safeNamePart(name);
  const k = safeNamePart(kind);
  if (n === '') return k === '' ? fallback : k;
  if (k === '' || n === k || n.endsWith(`-${k}`)) return n;
  return safeNamePart(`${n}-${k}`);
}

/** Gives out `<base>.yaml`, then `<base>-2.yaml`, … so that no two files share a name. */
export class FileNames {
  private readonly taken = new Set<string>(RESERVED_FILE_NAMES);

  claim(base: string): string {
    const name = `${uniqueName(base, (candidate) => this.taken.has(`${candidate}.yaml`))}.yaml`;
    this.taken.add(name);
    return name;
  }
}

function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function withLineEnd(text: string, eol: string): string {
  return text === '' || text.endsWith('\n') ? text : text + eol;
}

/**
 * Where a document's own text starts: at its `---`, or earlier when comment lines sit right
 * above the marker (no blank line between): such comments are about the next document, as the
 * `# Source:` convention and most hand-written manifests use them.
 */
function documentStart(text: string, previous: ManifestDocument, start: number): number {
  const previousEnd = previous.yaml.range[1];
  if (start <= previousEnd) return start;
  const lines = text.slice(previousEnd, start).split('\n');
  lines.pop(); // the marker's line starts at `start`: what follows the last '\n' is empty
  let boundary = start;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    // The first piece may be the rest of the previous document's last line.
    if (i === 0 && previousEnd > 0 && text[previousEnd - 1] !== '\n') break;
    if (!line.trim().startsWith('#')) break;
    boundary -= line.length + 1;
  }
  return boundary;
}

/** Drops the `---` that opens a document; the files put their own separators back. */
function withoutMarker(text: string): string {
  const match = /^---(?=[ \t\r\n]|$)[ \t]*(\r?\n)?/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** Each document's own text, in order: its comments, its content, without its `---`. */
export function documentTexts(parsed: ParsedManifest): string[] {
  const { text, documents } = parsed;
  const starts = documents.map((doc, i) => {
    const previous = documents[i - 1];
    return previous === undefined ? 0 : documentStart(text, previous, doc.yaml.range[0]);
  });
  return documents.map((doc, i) => {
    const from = starts[i] ?? 0;
    const to = starts[i + 1] ?? text.length;
    const marker = Math.max(from, doc.yaml.range[0]);
    const own = text.slice(from, marker) + withoutMarker(text.slice(marker, to));
    return i === 0 ? own.replace(/^\uFEFF/, '') : own;
  });
}

/** A document with nothing in it but comments (a node of no text, not an explicit `null`). */
function isEmpty(doc: ManifestDocument): boolean {
  const contents = doc.yaml.contents;
  if (doc.hasSyntaxErrors) return false;
  return contents === null || contents.range[0] === contents.range[1];
}

interface Part {
  doc: number;
  text: string;
}

/**
 * Splits a manifest into files. `graph` is the link graph of the same text when the caller
 * already has it (the editor does); otherwise it is resolved here.
 */
export function splitManifest(parsed: ParsedManifest, graph?: LinkGraph): ExportFile[] {
  const eol = lineEnding(parsed.text);
  const objects = manifestObjects(parsed);
  const links = graph ?? resolveLinks(objects);
  const texts = documentTexts(parsed);

  // Comment-only documents join the next document (or the last one, at the end of the text).
  const parts: Part[] = [];
  let pending = '';
  parsed.documents.forEach((doc, i) => {
    const own = texts[i] ?? '';
    if (isEmpty(doc)) {
      if (own.trim() !== '') pending += withLineEnd(own, eol);
      return;
    }
    parts.push({ doc: doc.index, text: pending + own });
    pending = '';
  });
  const last = parts[parts.length - 1];
  if (last && pending !== '') last.text = withLineEnd(last.text, eol) + pending;

  // An app is a workload and the Services whose selector resolves to it (the first, if several).
  const workloads = new Map(findWorkloads(objects).map((w) => [w.object.doc, w.object]));
  const appOf = new Map<number, number>();
  for (const doc of workloads.keys()) appOf.set(doc, doc);
  for (const link of links.links) {
    if (link.kind !== 'service-selector' || link.to === null || appOf.has(link.from.doc)) continue;
    if (workloads.has(link.to.doc)) appOf.set(link.from.doc, link.to.doc);
  }

  const byObject = new Map(objects.map((object) => [object.doc, object]));
  const groups = new Map<string, { base: string; parts: Part[] }>();
  for (const part of parts) {
    const app = appOf.get(part.doc);
    const key = app === undefined ? `doc:${part.doc}` : `app:${app}`;
    let group = groups.get(key);
    if (!group) {
      const fallback = `document-${part.doc + 1}`;
      const object = byObject.get(app ?? part.doc);
      let base = fallback;
      if (object && app !== undefined) {
        base = safeNamePart(object.name) || objectBaseName(undefined, object.kind, fallback);
      } else if (object) base = objectBaseName(object.name, object.kind, fallback);
      group = { base, parts: [] };
      groups.set(key, group);
    }
    group.parts.push(part);
  }

  const names = new FileNames();
  return [...groups.values()].map((group) => ({
    name: names.claim(group.base),
    text: group.parts.map((part) => withLineEnd(part.text, eol)).join(`---${eol}`),
    docs: group.parts.map((part) => part.doc),
  }));
}

import { effectiveProfile } from '../core/profiles/detect';
import { checkManifest } from '../core/rules/run';
import type { RuleOptions } from '../core/rules/context';
import type { Diagnostic } from '../core/rules/types';
import { parseManifest, type ParsedManifest, type TextPosition } from '../core/yaml/parse';

/** One input of `kubewire check`: its name as the user gave it and its text. */
export interface SourceFile {
  name: string;
  text: string;
}

/** Where one file sits in the combined text. */
export interface FileSpan {
  name: string;
  /** The file's text as it went into the combined text (without a byte order mark). */
  text: string;
  /** Offset of the file's first character in the combined text. */
  start: number;
  /** 1-based line of the combined text the file starts on. */
  startLine: number;
  /** Offsets (in the file) where each line starts; index 0 is line 1. */
  lineStarts: number[];
}

export interface CombinedText {
  text: string;
  files: FileSpan[];
}

/** A diagnostic placed in the file it is about, with 1-based line and column in that file. */
export interface FileDiagnostic {
  diagnostic: Diagnostic;
  file: string;
  start: TextPosition;
  end: TextPosition;
}

export interface CheckFilesResult {
  diagnostics: FileDiagnostic[];
  fileCount: number;
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A file that opens with YAML directives (`%YAML 1.2`) needs the previous document ended with
 * `...`: after a `---` the directive line would be read as content.
 */
const STARTS_WITH_DIRECTIVE = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*%/;

function lineStartsOf(text: string): number[] {
  const starts = [0];
  // '\n' only, like the yaml library's LineCounter: a CRLF line ends at its '\n', so the
  // column of every character before the '\r' is the same as an editor shows.
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return starts;
}

/**
 * Joins the files into one manifest text, so that links between objects in different files
 * resolve exactly as if the user had opened them together in the browser. Each file is
 * followed by a line break if it lacks one, then a separator line, then the next file.
 */
export function combineFiles(files: readonly SourceFile[]): CombinedText {
  let text = '';
  let lines = 1;
  const spans: FileSpan[] = [];
  const append = (part: string): void => {
    text += part;
    lines += lineStartsOf(part).length - 1;
  };
  files.forEach((file, index) => {
    const own = file.text.startsWith(BYTE_ORDER_MARK) ? file.text.slice(1) : file.text;
    if (index > 0) {
      if (text !== '' && !text.endsWith('\n')) append('\n');
      append(STARTS_WITH_DIRECTIVE.test(own) ? '...\n' : '---\n');
    }
    spans.push({
      name: file.name,
      text: own,
      start: text.length,
      startLine: lines,
      lineStarts: lineStartsOf(own),
    });
    append(own);
  });
  return { text, files: spans };
}

function spanEnd(span: FileSpan): number {
  return span.start + span.text.length;
}

/** The file an offset is in; an offset on an added separator belongs to the file before it. */
function fileAtOffset(files: readonly FileSpan[], offset: number): number {
  let found = 0;
  files.forEach((span, index) => {
    if (span.start <= offset) found = index;
  });
  return found;
}

/**
 * The file a diagnostic is about: the first file whose text its document covers. A syntax
 * error in one file can be noticed only at the separator after it, or (an unclosed quote)
 * in a later file; the document it belongs to still began in the file that has the mistake.
 * Returns null for a document made only of separators we added: it is not in any file.
 */
function homeFile(
  combined: CombinedText,
  manifest: ParsedManifest,
  diagnostic: Diagnostic,
): number | null {
  const document = manifest.documents[diagnostic.doc];
  if (!document) return fileAtOffset(combined.files, diagnostic.range.offset[0]);
  const [from, to] = document.range;
  const covered = combined.files.findIndex(
    (span) => span.text.length > 0 && from < spanEnd(span) && to > span.start,
  );
  if (covered !== -1) return covered;
  // A zero-width document inside a file's text is still that file's.
  const inside = combined.files.findIndex((span) => span.start <= from && from < spanEnd(span));
  return inside === -1 ? null : inside;
}

function positionIn(span: FileSpan, offset: number): TextPosition {
  // Binary search for the last line starting at or before the offset (files may be large).
  let low = 0;
  let high = span.lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((span.lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (span.lineStarts[low] ?? 0) + 1 };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Places the diagnostics of the combined text in their files. Offsets outside the home file
 * (on a separator we added) are pulled to the nearest place in that file, so no diagnostic
 * ever points at text the user does not have.
 */
export function mapDiagnostics(
  combined: CombinedText,
  manifest: ParsedManifest,
  diagnostics: readonly Diagnostic[],
): FileDiagnostic[] {
  const placed: { home: number; from: number; item: FileDiagnostic }[] = [];
  for (const diagnostic of diagnostics) {
    const home = homeFile(combined, manifest, diagnostic);
    const span = home === null ? undefined : combined.files[home];
    if (home === null || !span) continue;
    const length = span.text.length;
    const from = clamp(diagnostic.range.offset[0] - span.start, 0, length);
    const to = clamp(diagnostic.range.offset[1] - span.start, from, length);
    placed.push({
      home,
      from,
      item: {
        diagnostic,
        file: span.name,
        start: positionIn(span, from),
        end: positionIn(span, to),
      },
    });
  }
  // Stable: the runner's order (errors first at one place) is kept between equal places.
  placed.sort((a, b) => a.home - b.home || a.from - b.from);
  return placed.map(({ item }) => item);
}

/** Checks the files together, as one set of manifests, and reports each problem in its file. */
export function checkFiles(
  files: readonly SourceFile[],
  options: RuleOptions = {},
): CheckFilesResult {
  const combined = combineFiles(files);
  const manifest = parseManifest(combined.text);
  // The profile as the browser sets it, so that CI gives the browser's verdict.
  const profile = effectiveProfile(manifest, options.profile);
  const { diagnostics } = checkManifest(manifest, { ...options, profile });
  return { diagnostics: mapDiagnostics(combined, manifest, diagnostics), fileCount: files.length };
}

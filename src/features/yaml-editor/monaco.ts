/**
 * Monaco without the CDN and without what the app does not use: the editor core, the editing
 * features a YAML pane needs (a subset of monaco-editor's own editor.main.js) and the YAML
 * tokenizer. Left out: the TypeScript, CSS, HTML and JSON language services (megabytes of
 * workers), and every contribution that needs a provider the app never registers (code lenses,
 * colours, inlay hints, inline completions, semantic tokens, parameter hints, linked editing,
 * rename, symbols, definitions, references) or that only serves VS Code itself (diff editor
 * actions, GPU rendering, sticky scroll, floating menu, middle-click scroll, drop/paste
 * providers, token inspection, the iPad keyboard, high-contrast toggle). Each one is code to
 * download and parse before the manifest shows.
 *
 * Kept, because the app or its users rely on them: hover (schema help and problem markers), code
 * actions and the light bulb (quick fixes), suggest (schema completion), find/replace, folding,
 * formatting, comments, multi-cursor, clipboard, the context menu, go to error (F8), go to line,
 * the command palette, bracket matching, word, line and indentation commands, Tab focus mode.
 */
import 'monaco-editor/editor/contrib/anchorSelect/browser/anchorSelect';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/caretOperations/browser/transpose';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/codeAction/browser/codeActionContributions';
import 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget';
import 'monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon.css';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo';
import 'monaco-editor/editor/contrib/dnd/browser/dnd';
import 'monaco-editor/features/find/register';
import 'monaco-editor/editor/contrib/folding/browser/folding';
import 'monaco-editor/editor/contrib/fontZoom/browser/fontZoom';
import 'monaco-editor/editor/contrib/format/browser/formatActions';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/standalone/browser/quickAccess/standaloneGotoLineQuickAccess';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/indentation/browser/indentation';
import 'monaco-editor/editor/contrib/insertFinalNewLine/browser/insertFinalNewLine';
import 'monaco-editor/editor/contrib/lineSelection/browser/lineSelection';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/contrib/links/browser/links';
import 'monaco-editor/editor/contrib/longLinesHelper/browser/longLinesHelper';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor';
import 'monaco-editor/editor/contrib/placeholderText/browser/placeholderText.contribution';
import 'monaco-editor/editor/standalone/browser/quickAccess/standaloneCommandsQuickAccess';
import 'monaco-editor/editor/standalone/browser/quickAccess/standaloneHelpQuickAccess';
import 'monaco-editor/editor/contrib/readOnlyMessage/browser/contribution';
// Kept for a side effect: it asks the editor worker for section headers as soon as a model
// exists, which starts the worker. Format Document waits (up to 1 s) for that worker's minimal
// edits and drops them if the cursor moves meanwhile: a cold worker can lose the first format.
import 'monaco-editor/editor/contrib/sectionHeaders/browser/sectionHeaders';
import 'monaco-editor/editor/contrib/smartSelect/browser/smartSelect';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode';
import 'monaco-editor/editor/contrib/tokenization/browser/tokenization';
import 'monaco-editor/editor/contrib/unicodeHighlighter/browser/unicodeHighlighter';
import 'monaco-editor/editor/contrib/unusualLineTerminators/browser/unusualLineTerminators';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
import 'monaco-editor/editor/contrib/wordPartOperations/browser/wordPartOperations';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/contrib/caretOperations/browser/caretOperations';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/gotoError/browser/markerSelectionStatus';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/common/standaloneStrings';
import 'monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon-modifiers.css';

import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import * as monaco from 'monaco-editor/editor/editor.api';

// Monaco asks for its worker through this global; the worker is bundled by Vite, same origin.
self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export { monaco };

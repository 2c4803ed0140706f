import { parseArgs, USAGE } from './args';
import { checkFiles } from './check-files';
import { exitStatus, formatJson, formatText } from './format';
import { readInputs } from './read-files';

/** What the CLI may touch besides the files it reads: given by main.ts, faked by tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether to colour the text output (stdout is a terminal and NO_COLOR is unset). */
  color: boolean;
  version: string;
}

/** Exit status 2: the user asked for something we cannot do, as opposed to a failed check. */
const USAGE_ERROR = 2;

/** Runs `kubewire` with the arguments after the program name; returns the exit status. */
export function runCli(argv: readonly string[], io: CliIO): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`kubewire: ${parsed.error}\n\n${USAGE}`);
    return USAGE_ERROR;
  }
  const command = parsed.value;
  if (command.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command.command === 'version') {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  const read = readInputs(command.paths);
  if (!read.ok) {
    io.stderr(`kubewire: ${read.error}\n`);
    return USAGE_ERROR;
  }
  const options = command.profile ? { profile: command.profile } : {};
  const { diagnostics, fileCount } = checkFiles(read.files, options);
  io.stdout(
    command.format === 'json'
      ? formatJson(diagnostics)
      : formatText(diagnostics, fileCount, io.color),
  );
  return exitStatus(diagnostics);
}

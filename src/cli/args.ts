import { isProfileId, PROFILE_IDS, type ProfileId } from '../core/profiles/types';

export const OUTPUT_FORMATS = ['text', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type CliCommand =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'check'; format: OutputFormat; profile: ProfileId | undefined; paths: string[] };

export type ParsedArgs = { ok: true; value: CliCommand } | { ok: false; error: string };

export const USAGE = `Usage: kubewire check [--format text|json] [--profile <id>] FILE|DIR...

Checks Kubernetes manifests (Ingress/GRPCRoute -> Service -> Deployment) for a gRPC server.
All files are checked together, as one set of manifests: a Service in one file may point at a
Deployment in another. A directory is searched for *.yaml and *.yml files.

Options:
  --format <text|json>  output format (default: text)
  --profile <id>        ingress-controller profile: ${PROFILE_IDS.join(', ')}
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 no errors, 1 errors found, 2 bad usage or a file that cannot be read.
`;

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** Splits `--name=value` so that both `--format json` and `--format=json` work. */
function splitOption(token: string): { name: string; inline: string | undefined } {
  const equals = token.indexOf('=');
  return equals === -1
    ? { name: token, inline: undefined }
    : { name: token.slice(0, equals), inline: token.slice(equals + 1) };
}

/**
 * Reads the arguments after the program name. Pure: it never exits or prints, so that every
 * mistake becomes a message the caller shows with exit status 2.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let format: OutputFormat = 'text';
  let profile: ProfileId | undefined;
  let command: string | undefined;
  const paths: string[] = [];
  let help = false;
  let version = false;
  let onlyPaths = false;

  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] ?? '';
    const positional = onlyPaths || !token.startsWith('-') || token === '-';
    if (positional) {
      if (command === undefined) command = token;
      else paths.push(token);
      continue;
    }
    if (token === '--') {
      onlyPaths = true;
      continue;
    }
    const { name, inline } = splitOption(token);
    if (name === '-h' || name === '--help') help = true;
    else if (name === '-v' || name === '--version') version = true;
    else if (name === '--format' || name === '--profile') {
      const value = inline ?? argv[++index];
      if (value === undefined || value === '') return { ok: false, error: `${name} needs a value` };
      if (name === '--format') {
        if (!isOutputFormat(value)) {
          return { ok: false, error: `unknown format "${value}" (use text or json)` };
        }
        format = value;
      } else {
        if (!isProfileId(value)) {
          return {
            ok: false,
            error: `unknown profile "${value}" (use one of: ${PROFILE_IDS.join(', ')})`,
          };
        }
        profile = value;
      }
    } else return { ok: false, error: `unknown option ${name}` };
  }

  if (help) return { ok: true, value: { command: 'help' } };
  if (version) return { ok: true, value: { command: 'version' } };
  if (command === undefined)
    return { ok: false, error: 'no command given (try: kubewire check FILE...)' };
  if (command !== 'check')
    return { ok: false, error: `unknown command "${command}" (the command is check)` };
  if (paths.length === 0) return { ok: false, error: 'no files given to check' };
  return { ok: true, value: { command: 'check', format, profile, paths } };
}

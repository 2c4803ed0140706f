import type { Rule } from './types';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  description: 'The text must be valid YAML.',
  help:
    'kubewire reads the manifest as YAML: indentation with spaces (never tabs), one key per line, ' +
    'each key once per map, and brackets and quotes closed. Until the YAML reads, nothing else can be checked.',
  docsUrl: 'https://yaml.org/spec/1.2.2/',
  check: ({ manifest }) =>
    manifest.syntaxErrors.map((error) => ({
      severity: 'error',
      message: `The YAML cannot be read here: ${error.message}.`,
      doc: error.docIndex,
      path: [],
      offset: [error.offset, Math.max(error.offset + 1, error.offset)],
    })),
};

import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { manifestObjects } from '../rules/context';
import { applyEdits } from '../yaml/edit';
import { parseManifest } from '../yaml/parse';
import { connectionCommands, type DiagramConnection } from './connect';
import { changedLines } from '../../testing/line-diff';

function connect(connection: DiagramConnection): string | null {
  const commands = connectionCommands(connection, manifestObjects(parseManifest(EXAMPLE_MANIFEST)));
  if (!commands) return null;
  const result = applyEdits(EXAMPLE_MANIFEST, commands);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe('connectionCommands', () => {
  it('points an Ingress backend at a Service port by its name', () => {
    const text = connect({
      sourceDoc: 0,
      sourceHandle: 'spec.rules.0.http.paths.0.backend',
      targetDoc: 1,
      targetHandle: 'in:spec.ports.1',
    });
    expect(text && changedLines(EXAMPLE_MANIFEST, text)).toEqual({
      removed: ['                  name: grpc'],
      added: ['                  name: http-metrics'],
    });
  });

  it('points a Service port at a container port by its name', () => {
    const text = connect({
      sourceDoc: 1,
      sourceHandle: 'out:spec.ports.1',
      targetDoc: 2,
      targetHandle: 'spec.template.spec.containers.0.ports.0',
    });
    expect(text && changedLines(EXAMPLE_MANIFEST, text)).toEqual({
      removed: ['      targetPort: http-metrics'],
      added: ['      targetPort: grpc'],
    });
  });

  it('uses the number of a port that has no name', () => {
    const text = EXAMPLE_MANIFEST.replace(
      '    - name: http-metrics\n      port: 9093',
      '    - port: 9093',
    );
    const commands = connectionCommands(
      {
        sourceDoc: 0,
        sourceHandle: 'spec.rules.0.http.paths.0.backend',
        targetDoc: 1,
        targetHandle: 'in:spec.ports.1',
      },
      manifestObjects(parseManifest(text)),
    );
    const result = applyEdits(text, commands ?? []);
    expect(result.ok && result.text).toContain(
      '                port:\n                  number: 9093\n',
    );
  });

  it('refuses connections that mean nothing', () => {
    expect(
      connect({ sourceDoc: 2, sourceHandle: 'pods', targetDoc: 0, targetHandle: 'in' }),
    ).toBeNull();
    expect(
      connect({
        sourceDoc: 0,
        sourceHandle: 'spec.rules.0.http.paths.0.backend',
        targetDoc: 2,
        targetHandle: 'pods',
      }),
    ).toBeNull();
    expect(
      connect({
        sourceDoc: 1,
        sourceHandle: 'out:spec.ports.0',
        targetDoc: 2,
        targetHandle: 'spec.template.spec.containers.0.ports.9',
      }),
    ).toBeNull();
  });
});

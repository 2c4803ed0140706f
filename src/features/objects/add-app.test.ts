import { describe, expect, it } from 'vitest';
import { checkManifest, EXAMPLE_MANIFEST, parseManifest, switchProfile } from '../../core';
import { addApp } from './add-app';

function errorsOf(text: string) {
  return checkManifest(parseManifest(text)).diagnostics.filter((d) => d.severity === 'error');
}

describe('addApp', () => {
  it('adds a second server behind the example Ingress, split by gRPC service path', () => {
    const result = addApp(EXAMPLE_MANIFEST, { name: 'greeter', grpcService: 'helloworld.Greeter' });
    if (!result.ok) throw new Error(result.reason);
    expect(result).toMatchObject({ name: 'greeter', routed: 'ingress' });
    const kinds = parseManifest(result.text).documents.map((doc) => `${doc.kind} ${doc.name}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['Service greeter', 'Deployment greeter', 'Ingress ingress']),
    );
    expect(result.text).toContain('path: /helloworld.Greeter');
    expect(errorsOf(result.text)).toEqual([]);
    // The example's Service and Deployment are still there, as written.
    expect(result.text).toContain(
      EXAMPLE_MANIFEST.slice(EXAMPLE_MANIFEST.indexOf('---')).trimEnd(),
    );
  });

  it('adds a rule to the GRPCRoute under the Gateway API profile', () => {
    const gateway = switchProfile(EXAMPLE_MANIFEST, 'gateway-api');
    if (!gateway.ok) throw new Error(gateway.reason);
    const result = addApp(gateway.text, { name: 'greeter', grpcService: 'helloworld.Greeter' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.routed).toBe('route');
    expect(result.text).toContain('service: helloworld.Greeter');
    expect(errorsOf(result.text)).toEqual([]);
  });

  it('without a gRPC service adds the objects only, with a name that does not clash', () => {
    const result = addApp(EXAMPLE_MANIFEST, { name: 'server', grpcService: ' ' });
    if (!result.ok) throw new Error(result.reason);
    expect(result).toMatchObject({ name: 'server-2', routed: null });
    expect(errorsOf(result.text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { buildContext } from '../rules/context';
import { checkManifest } from '../rules/run';
import { parseManifest } from '../yaml/parse';
import { ingressBackends } from './backends';
import { detectProfile } from './detect';
import { planSwitch, switchProfile } from './switch';
import { GRPC_ROUTE_MANIFEST, SETTINGS_CONFIG_MAP, SPLIT_BY_SERVICE } from './switch-fixtures';
import { methodMatchOf } from './switch-gateway';
import { PROFILE_IDS, type ProfileId } from './types';

function switched(text: string, to: ProfileId): string {
  const result = switchProfile(text, to);
  if (!result.ok) throw new Error(`switch to ${to} failed: ${result.reason}`);
  return result.text;
}

function errorsOf(text: string, profile: ProfileId): string[] {
  return checkManifest(parseManifest(text), { profile }, true)
    .diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
    .map((d) => `${d.ruleId} on ${d.kind ?? ''} ${d.name ?? ''}: ${d.message}`);
}

/** Every Ingress path as `host path pathType -> service:port`, port names resolved. */
function routing(text: string): string[] {
  const context = buildContext(parseManifest(text));
  return context.ingresses.flatMap(({ object, ingress }) =>
    ingressBackends(context, object).map((view) => {
      const [, , r, , , p] = view.backendPath;
      const rule = typeof r === 'number' ? ingress.rules[r] : undefined;
      const path = typeof p === 'number' ? rule?.paths[p] : undefined;
      const port = view.servicePort?.port.port ?? '?';
      return `${rule?.host ?? '*'} ${path?.path ?? ''} ${path?.pathType ?? ''} -> ${view.backend.serviceName ?? ''}:${port}`;
    }),
  );
}

function objectsOf(text: string, kind: string): unknown[] {
  return parseManifest(text)
    .documents.filter((doc) => doc.kind === kind)
    .map((doc) => doc.object);
}

const SOURCES = {
  example: EXAMPLE_MANIFEST,
  'split by service': SPLIT_BY_SERVICE,
  GRPCRoute: GRPC_ROUTE_MANIFEST,
} as const;

describe('switchProfile: the acceptance of every profile', () => {
  for (const [name, source] of Object.entries(SOURCES)) {
    for (const to of PROFILE_IDS) {
      it(`${name} → ${to}: no errors, and the result is detected as ${to}`, () => {
        const text = switched(source, to);
        expect(errorsOf(text, to), text).toEqual([]);
        expect(detectProfile(parseManifest(text))).toBe(to);
      });
    }
  }
});

describe('switchProfile keeps what no controller owns', () => {
  it('keeps the unrelated ConfigMap byte-for-byte and the comments of the kept objects', () => {
    for (const to of PROFILE_IDS) {
      const text = switched(SPLIT_BY_SERVICE, to);
      expect(text.endsWith(SETTINGS_CONFIG_MAP), to).toBe(true);
      expect(text, to).toContain('    app: cart # the cart pods\n');
      expect(text, to).toContain('# One unnamed port: fine for most controllers');
      if (to !== 'gateway-api') {
        expect(text, to).toContain(
          'cert-manager.io/cluster-issuer: letsencrypt # issues api-example-com',
        );
        expect(text.startsWith('# Cart and Catalog behind api.example.com'), to).toBe(true);
      }
    }
  });

  it('leaves the example’s Deployment and everything after its Ingress untouched', () => {
    const service = EXAMPLE_MANIFEST.indexOf('apiVersion: v1\nkind: Service');
    for (const to of PROFILE_IDS) {
      const text = switched(EXAMPLE_MANIFEST, to);
      const deployment = EXAMPLE_MANIFEST.slice(
        EXAMPLE_MANIFEST.indexOf('---\napiVersion: apps/v1'),
      );
      expect(text.endsWith(deployment), to).toBe(true);
      // Only GKE and Traefik annotate the Service.
      if (to !== 'gke' && to !== 'traefik')
        expect(text.endsWith(EXAMPLE_MANIFEST.slice(service)), to).toBe(true);
    }
  });

  it('keeps CRLF line ends in the documents it writes', () => {
    const text = switched(EXAMPLE_MANIFEST.replace(/\n/g, '\r\n'), 'gateway-api');
    expect(text).toContain('kind: GRPCRoute\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('switchProfile is idempotent', () => {
  it('changes nothing when the manifest already has the profile', () => {
    expect(switched(EXAMPLE_MANIFEST, 'okteto-nginx')).toBe(EXAMPLE_MANIFEST);
    expect(switched(SPLIT_BY_SERVICE, 'nginx')).toBe(SPLIT_BY_SERVICE);
    expect(switched(GRPC_ROUTE_MANIFEST, 'gateway-api')).toBe(GRPC_ROUTE_MANIFEST);
  });

  it('leaves nothing for a second switch to do, even without asking the detection', () => {
    for (const [name, source] of Object.entries(SOURCES)) {
      for (const to of PROFILE_IDS) {
        const once = switched(source, to);
        expect(switched(once, to), `${name} → ${to}`).toBe(once);
        expect(planSwitch(buildContext(parseManifest(once)), to), `${name} → ${to}`).toEqual([]);
      }
    }
  });
});

describe('switchProfile round trips', () => {
  it('okteto → gateway-api → okteto gives the example’s routing back', () => {
    const gateway = switched(EXAMPLE_MANIFEST, 'gateway-api');
    const back = switched(gateway, 'okteto-nginx');
    expect(routing(back)).toEqual(routing(EXAMPLE_MANIFEST));
    expect(routing(back)).toEqual(['* / Prefix -> server:9000']);
    expect(objectsOf(back, 'Ingress')).toEqual([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: {
          name: 'ingress',
          annotations: {
            'dev.okteto.com/generate-host': 'true',
            'nginx.ingress.kubernetes.io/backend-protocol': 'GRPC',
          },
        },
        spec: {
          ingressClassName: 'nginx',
          rules: [
            {
              http: {
                paths: [
                  {
                    path: '/',
                    pathType: 'Prefix',
                    backend: { service: { name: 'server', port: { number: 9000 } } },
                  },
                ],
              },
            },
          ],
        },
      },
    ]);
    const service = EXAMPLE_MANIFEST.indexOf('---\napiVersion: v1\nkind: Service');
    expect(back.endsWith(EXAMPLE_MANIFEST.slice(service))).toBe(true);
    expect(parseManifest(back).documents.map((doc) => doc.kind)).toEqual([
      'Ingress',
      'Service',
      'Deployment',
    ]);
  });

  it('nginx → gateway-api → nginx keeps hosts, TLS and the split by gRPC service', () => {
    const back = switched(switched(SPLIT_BY_SERVICE, 'gateway-api'), 'nginx');
    expect(routing(back)).toEqual(routing(SPLIT_BY_SERVICE));
    expect(routing(back)).toEqual([
      'api.example.com /shop.v1.Cart Prefix -> cart:50051',
      'api.example.com /shop.v1.Catalog/ListProducts Exact -> catalog:50052',
    ]);
    expect(objectsOf(back, 'Ingress')[0]).toMatchObject({
      metadata: { name: 'api', namespace: 'shop' },
      spec: { tls: [{ hosts: ['api.example.com'], secretName: 'api-example-com' }] },
    });
  });

  it('gateway-api → nginx → gateway-api keeps the route’s hosts, matches and backends', () => {
    const back = switched(switched(GRPC_ROUTE_MANIFEST, 'nginx'), 'gateway-api');
    const spec = (object: unknown) => (object as { spec: Record<string, unknown> }).spec;
    const [original] = objectsOf(GRPC_ROUTE_MANIFEST, 'GRPCRoute');
    const [rebuilt] = objectsOf(back, 'GRPCRoute');
    expect(spec(rebuilt).hostnames).toEqual(spec(original).hostnames);
    expect(spec(rebuilt).rules).toEqual(spec(original).rules);
    expect(objectsOf(back, 'Gateway')[0]).toMatchObject({
      metadata: { name: 'greeter', namespace: 'shop' },
      spec: {
        listeners: [
          {
            protocol: 'HTTPS',
            port: 443,
            hostname: 'grpc.example.com',
            tls: { certificateRefs: [{ name: 'grpc-example-com' }] },
          },
        ],
      },
    });
  });
});

describe('what each profile writes', () => {
  const annotations = (object: unknown) =>
    (object as { metadata?: { annotations?: Record<string, string> } }).metadata?.annotations;

  it('okteto-nginx ⇄ nginx: generate-host goes, a TLS Secret comes, and back', () => {
    const nginx = switched(EXAMPLE_MANIFEST, 'nginx');
    const [ingress] = objectsOf(nginx, 'Ingress');
    expect(annotations(ingress)).toEqual({
      'nginx.ingress.kubernetes.io/backend-protocol': 'GRPC',
      'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
    });
    expect(ingress).toMatchObject({ spec: { tls: [{ secretName: 'ingress-tls' }] } });
    const okteto = switched(nginx, 'okteto-nginx');
    expect(okteto).not.toContain('tls:');
    expect(annotations(objectsOf(okteto, 'Ingress')[0])).toMatchObject({
      'dev.okteto.com/generate-host': 'true',
    });
  });

  it('traefik: h2c on every backend Service, no nginx annotation on the Ingress', () => {
    const text = switched(SPLIT_BY_SERVICE, 'traefik');
    expect(objectsOf(text, 'Service').map(annotations)).toEqual([
      { 'traefik.ingress.kubernetes.io/service.serversscheme': 'h2c' },
      { 'traefik.ingress.kubernetes.io/service.serversscheme': 'h2c' },
    ]);
    const [ingress] = objectsOf(text, 'Ingress');
    expect(annotations(ingress)).toEqual({ 'cert-manager.io/cluster-issuer': 'letsencrypt' });
    expect(ingress).toMatchObject({ spec: { ingressClassName: 'traefik' } });
  });

  it('gke: names the unnamed port and maps the backend ports to HTTP2; leaving removes the map', () => {
    const text = switched(SPLIT_BY_SERVICE, 'gke');
    expect(objectsOf(text, 'Service').map(annotations)).toEqual([
      { 'cloud.google.com/app-protocols': '{"grpc":"HTTP2"}' },
      { 'cloud.google.com/app-protocols': '{"grpc":"HTTP2"}' },
    ]);
    expect(text).toContain('    - port: 50052\n      name: grpc\n      targetPort: 9090\n');
    const traefik = switched(text, 'traefik');
    expect(traefik).not.toContain('cloud.google.com/app-protocols');
  });

  it('alb: gRPC protocol version, an HTTPS listener, ip targets, internet-facing', () => {
    const [ingress] = objectsOf(switched(SPLIT_BY_SERVICE, 'alb'), 'Ingress');
    expect(annotations(ingress)).toEqual({
      'cert-manager.io/cluster-issuer': 'letsencrypt',
      'alb.ingress.kubernetes.io/backend-protocol-version': 'GRPC',
      'alb.ingress.kubernetes.io/listen-ports': '[{"HTTPS":443}]',
      'alb.ingress.kubernetes.io/scheme': 'internet-facing',
      'alb.ingress.kubernetes.io/target-type': 'ip',
    });
    const back = switched(switched(SPLIT_BY_SERVICE, 'alb'), 'nginx');
    expect(back).not.toContain('alb.ingress.kubernetes.io');
    // Nothing left in the map: it goes entirely rather than staying as `annotations: {}`.
    const traefik = switched(switched(GRPC_ROUTE_MANIFEST, 'alb'), 'traefik');
    expect(traefik).toContain(
      '  name: greeter\n  namespace: shop\nspec:\n  ingressClassName: traefik\n',
    );
  });

  it('replaces the deprecated class annotation by spec.ingressClassName', () => {
    const annotated = EXAMPLE_MANIFEST.replace('  ingressClassName: nginx\n', '').replace(
      '  annotations:\n',
      '  annotations:\n    kubernetes.io/ingress.class: "nginx"\n',
    );
    const text = switched(annotated, 'traefik');
    expect(text).not.toContain('kubernetes.io/ingress.class');
    expect(text).toContain('spec:\n  ingressClassName: traefik\n');
  });

  it('gateway-api: puts the Gateway and the GRPCRoute where the Ingress was', () => {
    const text = switched(SPLIT_BY_SERVICE, 'gateway-api');
    expect(parseManifest(text).documents.map((doc) => doc.kind)).toEqual([
      'Gateway',
      'GRPCRoute',
      'Service',
      'Service',
      'Deployment',
      'Deployment',
      'ConfigMap',
    ]);
    expect(objectsOf(text, 'GRPCRoute')[0]).toMatchObject({
      metadata: { name: 'api', namespace: 'shop' },
      spec: {
        parentRefs: [{ name: 'api' }],
        hostnames: ['api.example.com'],
        rules: [
          {
            matches: [{ method: { service: 'shop.v1.Cart' } }],
            backendRefs: [{ name: 'cart', port: 50051 }],
          },
          {
            matches: [{ method: { service: 'shop.v1.Catalog', method: 'ListProducts' } }],
            backendRefs: [{ name: 'catalog', port: 50052 }],
          },
        ],
      },
    });
  });

  it('keeps a Gateway that an HTTPRoute still uses, and avoids a name that is taken', () => {
    const httpRoute =
      '---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: web\n  namespace: shop\n' +
      'spec:\n  parentRefs:\n    - name: edge\n';
    const taken =
      '---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: greeter\n  namespace: shop\n' +
      'spec:\n  ingressClassName: nginx\n  tls:\n    - secretName: web\n  defaultBackend:\n    service:\n      name: cart\n      port:\n        number: 50051\n';
    const text = switched(GRPC_ROUTE_MANIFEST + httpRoute + taken, 'nginx');
    expect(parseManifest(text).documents.map((doc) => [doc.kind, doc.name])).toEqual([
      ['Gateway', 'edge'],
      ['Ingress', 'greeter-2'],
      ['Service', 'cart'],
      ['Service', 'catalog'],
      ['Deployment', 'cart'],
      ['Deployment', 'catalog'],
      ['ConfigMap', 'settings'],
      ['HTTPRoute', 'web'],
      ['Ingress', 'greeter'],
    ]);
  });

  it('routes no ALB action (a redirect named like a Service) through the GRPCRoute', () => {
    const withAction = SPLIT_BY_SERVICE.replace(
      '    nginx.ingress.kubernetes.io/backend-protocol: "GRPC"\n',
      '    alb.ingress.kubernetes.io/actions.ssl-redirect: \'{"Type": "redirect"}\'\n',
    ).replace(
      '          - path: /shop.v1.Cart\n',
      '          - path: /\n            pathType: Prefix\n            backend:\n              service:\n' +
        '                name: ssl-redirect\n                port:\n                  name: use-annotation\n' +
        '          - path: /shop.v1.Cart\n',
    );
    expect(routing(withAction)).toContain('api.example.com / Prefix -> ssl-redirect:?');
    const [route] = objectsOf(switched(withAction, 'gateway-api'), 'GRPCRoute');
    expect(JSON.stringify(route)).not.toContain('ssl-redirect');
    expect(route).toMatchObject({ spec: { rules: [{ backendRefs: [{ name: 'cart' }] }, {}] } });
  });

  it('refuses text that does not parse, and leaves a manifest without routing alone', () => {
    expect(switchProfile('kind: [', 'traefik')).toEqual({ ok: false, reason: 'syntax-error' });
    expect(switched(SETTINGS_CONFIG_MAP, 'gke')).toBe(SETTINGS_CONFIG_MAP);
  });
});

describe('methodMatchOf', () => {
  it('reads gRPC service and method paths, and leaves web paths alone', () => {
    expect(methodMatchOf('/pkg.Service')).toEqual({ service: 'pkg.Service' });
    expect(methodMatchOf('/pkg.Service/')).toEqual({ service: 'pkg.Service' });
    expect(methodMatchOf('/echo.EchoServer/*')).toEqual({ service: 'echo.EchoServer' });
    expect(methodMatchOf('/pkg.Service/Get')).toEqual({ service: 'pkg.Service', method: 'Get' });
    expect(methodMatchOf('/Greeter/SayHello')).toEqual({ service: 'Greeter', method: 'SayHello' });
    for (const path of ['/', '/api', '/api/v1', '/a.b/c/d', '/a-b.c', undefined]) {
      expect(methodMatchOf(path), String(path)).toBeUndefined();
    }
  });
});

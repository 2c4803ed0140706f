import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { parseManifest } from '../yaml/parse';
import { checkCommands, shellWord, type CheckGroup } from './commands';

function commands(text: string, profile?: Parameters<typeof checkCommands>[1]) {
  return checkCommands(parseManifest(text), profile).map((group) => [
    group.id,
    group.steps.map((step) => step.command),
  ]);
}

const NAMESPACED = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: prod
spec:
  ingressClassName: nginx
  tls:
    - hosts: [grpc.example.com, "*.example.com"]
      secretName: cert
  rules:
    - host: grpc.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: {name: api, port: {number: 80}}
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: prod}
spec:
  selector: {app: api}
  ports:
    - {name: http, port: 80, targetPort: 8080}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: prod}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
        - name: api
          image: ghcr.io/me/api:1.0
          ports: [{containerPort: 8080}]
`;

describe('the commands that check a manifest works', () => {
  it('are exact for the built-in example on Okteto', () => {
    expect(commands(EXAMPLE_MANIFEST, 'okteto-nginx')).toEqual([
      ['deploy', ['kubectl apply -k .', 'okteto deploy']],
      ['rollout', ['kubectl rollout status deployment/server']],
      [
        'inside',
        ['kubectl port-forward svc/server 9000:9000', 'grpcurl -plaintext localhost:9000 list'],
      ],
      ['public', ['okteto endpoints', 'grpcurl ingress-<namespace>.<okteto-domain>:443 list']],
      ['troubleshoot', ['kubectl get endpoints server']],
    ]);
  });

  it('carry the values the explanations need', () => {
    const groups: CheckGroup[] = checkCommands(parseManifest(EXAMPLE_MANIFEST), 'okteto-nginx');
    const steps = groups.flatMap((group) => group.steps);
    expect(steps).toContainEqual({
      kind: 'port-forward',
      command: 'kubectl port-forward svc/server 9000:9000',
      service: 'server',
      namespace: null,
      port: 9000,
      localPort: 9000,
    });
    expect(steps).toContainEqual({
      kind: 'okteto-endpoints',
      command: 'okteto endpoints',
      ingress: 'ingress',
      placeholder: 'ingress-<namespace>.<okteto-domain>',
    });
    expect(steps).toContainEqual({
      kind: 'endpoints',
      command: 'kubectl get endpoints server',
      service: 'server',
      namespace: null,
    });
  });

  it('add -n for a namespace, use the hosts, and forward a low port from a high one', () => {
    expect(commands(NAMESPACED, 'nginx')).toEqual([
      ['deploy', ['kubectl apply -k .']],
      ['rollout', ['kubectl rollout status deployment/api -n prod']],
      [
        'inside',
        ['kubectl port-forward svc/api 8080:80 -n prod', 'grpcurl -plaintext localhost:8080 list'],
      ],
      ['public', ['grpcurl grpc.example.com:443 list', 'grpcurl <subdomain>.example.com:443 list']],
      ['troubleshoot', ['kubectl get endpoints api -n prod']],
    ]);
  });

  it('apply through envsubst when the manifests have ${VAR} placeholders', () => {
    const text = EXAMPLE_MANIFEST.replace(
      'image: okteto.dev/codingpot-pr12er-server',
      'image: ${OKTETO_BUILD_SERVER_IMAGE}',
    );
    const [deploy] = checkCommands(parseManifest(text), 'okteto-nginx');
    expect(deploy?.steps).toEqual([
      {
        kind: 'apply-envsubst',
        command: 'kubectl kustomize . | envsubst | kubectl apply -f -',
        variables: ['OKTETO_BUILD_SERVER_IMAGE'],
      },
      { kind: 'okteto-deploy', command: 'okteto deploy', variables: ['OKTETO_BUILD_SERVER_IMAGE'] },
    ]);
  });

  it('show the Ingress address when it has no host, and -insecure for a GRPCS backend', () => {
    const text = EXAMPLE_MANIFEST.replace('dev.okteto.com/generate-host: "true"', 'x: "y"').replace(
      'backend-protocol: "GRPC"',
      'backend-protocol: "GRPCS"',
    );
    const groups = commands(text, 'nginx');
    expect(groups).toContainEqual([
      'inside',
      ['kubectl port-forward svc/server 9000:9000', 'grpcurl -insecure localhost:9000 list'],
    ]);
    expect(groups).toContainEqual([
      'public',
      ['kubectl get ingress ingress', 'grpcurl <ingress-address>:443 list'],
    ]);
  });

  it('follow a GRPCRoute to its Service port and its hostnames or Gateway', () => {
    const route = (hostnames: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: {name: r}
spec:
  ${hostnames}
  parentRefs: [{name: gw, namespace: infra}]
  rules: [{backendRefs: [{name: server, port: 9093}]}]
`;
    const [, service, deployment] = EXAMPLE_MANIFEST.split('---\n');
    const base = `${service ?? ''}---\n${deployment ?? ''}`;
    expect(
      commands(`${route('hostnames: [grpc.example.com]')}---\n${base}`, 'gateway-api'),
    ).toEqual([
      ['deploy', ['kubectl apply -k .']],
      ['rollout', ['kubectl rollout status deployment/server']],
      [
        'inside',
        ['kubectl port-forward svc/server 9093:9093', 'grpcurl -plaintext localhost:9093 list'],
      ],
      ['public', ['grpcurl grpc.example.com:443 list']],
      ['troubleshoot', ['kubectl get endpoints server']],
    ]);
    expect(commands(`${route('')}---\n${base}`, 'gateway-api')).toContainEqual([
      'public',
      ['kubectl get gateway gw -n infra', 'grpcurl <gateway-address>:443 list'],
    ]);
  });

  it('check every selecting Service directly when nothing routes to one yet', () => {
    const [, service, deployment] = EXAMPLE_MANIFEST.split('---\n');
    expect(commands(`${service ?? ''}---\n${deployment ?? ''}`)).toContainEqual([
      'inside',
      ['kubectl port-forward svc/server 9000:9000', 'grpcurl -plaintext localhost:9000 list'],
    ]);
  });

  it('quote names from the manifest that a shell would read as code', () => {
    const text = EXAMPLE_MANIFEST.replace(/name: server$/gm, "name: server; rm -rf ~ 'x'").replace(
      /namespace: .*/g,
      '',
    );
    const all = commands(text).flatMap(([, list]) => list);
    expect(all).toContain(`kubectl rollout status 'deployment/server; rm -rf ~ '\\''x'\\'''`);
    expect(shellWord('$(reboot)')).toBe(`'$(reboot)'`);
    expect(shellWord('a.b-c')).toBe('a.b-c');
  });

  it('give nothing for a manifest without objects', () => {
    expect(commands('')).toEqual([]);
    expect(commands('# nothing yet\n')).toEqual([]);
  });
});

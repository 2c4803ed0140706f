/**
 * Realistic generated manifests for the benchmark: N objects as Ingress → Service → Deployment
 * triples that link by port name and selector, like `helm template` output of many gRPC apps.
 * Every seventh app has a targetPort typo, so the Problems list has real broken links to show.
 * Run directly to write the files into the system's temp directory:
 * `npx tsx bench/generate.ts 30 300 1000`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pad = (n: number) => String(n).padStart(3, '0');

/** The name of the i-th app (0-based). */
export const appName = (i: number) => `app-${pad(i + 1)}`;

function ingress(name: string): string {
  return `# Source: ${name}/templates/ingress.yaml
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
    app.kubernetes.io/part-of: shop
  annotations:
    nginx.ingress.kubernetes.io/backend-protocol: "GRPC"
    nginx.ingress.kubernetes.io/ssl-redirect: "true"
    nginx.ingress.kubernetes.io/proxy-read-timeout: "3600"
spec:
  ingressClassName: nginx
  tls:
    - hosts:
        - ${name}.example.com
      secretName: ${name}-tls
  rules:
    - host: ${name}.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${name}
                port:
                  name: grpc
`;
}

function service(name: string, typo: boolean): string {
  return `# Source: ${name}/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  labels:
    app: ${name}
    app.kubernetes.io/part-of: shop
spec:
  selector:
    app: ${name}
  ports:
    - name: grpc
      port: 9000
      protocol: TCP
      targetPort: ${typo ? 'gprc' : 'grpc'}
    - name: http-metrics
      port: 9093
      protocol: TCP
      targetPort: http-metrics
`;
}

function deployment(name: string, i: number): string {
  return `# Source: ${name}/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app: ${name}
    app.kubernetes.io/part-of: shop
spec:
  replicas: ${String(1 + (i % 3))}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
        app.kubernetes.io/part-of: shop
      annotations:
        prometheus.io/scrape: "true"
        prometheus.io/port: "9093"
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
      containers:
        - name: server
          image: registry.example.com/shop/${name}:1.${String(i % 20)}.${String(i % 7)}
          imagePullPolicy: IfNotPresent
          args: ["--grpc-port=9000", "--metrics-port=9093", "--log-format=json"]
          ports:
            - name: grpc
              containerPort: 9000
              protocol: TCP
            - name: http-metrics
              containerPort: 9093
              protocol: TCP
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
            limits:
              cpu: 500m
              memory: 256Mi
          env:
            - name: GRPC_PORT
              value: "9000"
            - name: METRICS_PORT
              value: "9093"
            - name: SERVICE_NAME
              value: ${name}
          readinessProbe:
            grpc:
              port: 9000
            initialDelaySeconds: 5
          livenessProbe:
            grpc:
              port: 9000
            initialDelaySeconds: 15
            periodSeconds: 30
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
`;
}

function configMap(name: string): string {
  return `# Source: shop/templates/configmap.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
data:
  LOG_LEVEL: info
`;
}

/**
 * A manifest of exactly `objects` objects: ⌊objects/3⌋ linked triples, then ConfigMaps (which
 * kubewire keeps but does not model) for the remainder.
 */
export function generateManifest(objects: number): string {
  const parts: string[] = [];
  const apps = Math.floor(objects / 3);
  for (let i = 0; i < apps; i++) {
    const name = appName(i);
    parts.push(ingress(name), service(name, i % 7 === 6), deployment(name, i));
  }
  for (let i = apps * 3; i < objects; i++) parts.push(configMap(`shop-config-${String(i)}`));
  return parts.join('---\n');
}

/** Writes `generated-<n>.yaml` for each n into `dir`; returns the paths. */
export async function writeManifests(dir: string, sizes: readonly number[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  return Promise.all(
    sizes.map(async (n) => {
      const path = join(dir, `generated-${String(n)}.yaml`);
      await writeFile(path, generateManifest(n));
      return path;
    }),
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const sizes = process.argv.slice(2).map(Number);
  const paths = await writeManifests(join(tmpdir(), 'kubewire-bench-manifests'), sizes);
  for (const path of paths) console.log(path);
}

/**
 * Manifests for the object rules' tests: one valid Service + Deployment pair, built so that a
 * test changes exactly the field it is about (every other rule stays quiet on the rest).
 */

export interface ServerParts {
  serviceName?: string;
  servicePorts?: string;
  containerName?: string;
  containerPorts?: string;
  labels?: string;
}

const DEFAULT_SERVICE_PORTS = `
    - name: grpc
      port: 9000
      protocol: TCP
      targetPort: grpc`;

const DEFAULT_CONTAINER_PORTS = `
            - name: grpc
              containerPort: 9000
              protocol: TCP`;

export function serverManifest(parts: ServerParts = {}): string {
  const labels = parts.labels ?? 'app: server';
  return `apiVersion: v1
kind: Service
metadata:
  name: ${parts.serviceName ?? 'server'}
spec:
  selector:
    ${labels}
  ports:${parts.servicePorts ?? DEFAULT_SERVICE_PORTS}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: server
spec:
  selector:
    matchLabels:
      ${labels}
  template:
    metadata:
      labels:
        ${labels}
    spec:
      containers:
        - name: ${parts.containerName ?? 'server'}
          image: example/server:1.0
          ports:${parts.containerPorts ?? DEFAULT_CONTAINER_PORTS}
`;
}

/** An Ingress in front of Service `server`, with the given backend `service:` body. */
export function ingressManifest(service: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress
spec:
  ingressClassName: nginx
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:${service}
`;
}

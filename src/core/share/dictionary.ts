/**
 * The preset dictionary of share links, format v=1 (RFC 1951 allows one: the compressor and the
 * decompressor start with this text in their window). It is the skeleton of the objects kubewire
 * is about — an Ingress, a Service and a Deployment for a gRPC server, with no names or values
 * of anyone's own — so the repeated structure of a manifest costs almost nothing in a link.
 *
 * It is part of the format: changing one byte breaks every link made before, so it never changes
 * within v=1. A link made WITHOUT it (by any zlib, as the README shows) opens just the same,
 * because such a stream never refers to the dictionary.
 */
export const SHARE_DICTIONARY_TEXT = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: 
  annotations:
    dev.okteto.com/generate-host: "true"
    nginx.ingress.kubernetes.io/backend-protocol: "GRPC"
    nginx.ingress.kubernetes.io/ssl-redirect: "true"
spec:
  ingressClassName: nginx
  rules:
    - host: 
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: 
                port:
                  name: grpc
                  number: 
---
apiVersion: v1
kind: Service
metadata:
  name: 
  labels:
    app: 
spec:
  selector:
    app: 
  ports:
    - name: grpc
      port: 
      protocol: TCP
      targetPort: grpc
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: 
  labels:
    app: 
spec:
  replicas: 1
  selector:
    matchLabels:
      app: 
  template:
    metadata:
      labels:
        app: 
    spec:
      containers:
        - name: 
          image: 
          imagePullPolicy: IfNotPresent
          ports:
            - name: grpc
              containerPort: 
              protocol: TCP
          resources:
            requests:
              cpu: 
              memory: 
            limits:
              cpu: 
              memory: 
          env:
            - name: 
              value: 
          readinessProbe:
            grpc:
              port: 
            exec:
              command: ["/bin/grpc_health_probe", "-addr=:
            initialDelaySeconds: 
          livenessProbe:
            periodSeconds: 
`;

export const SHARE_DICTIONARY = new TextEncoder().encode(SHARE_DICTIONARY_TEXT);

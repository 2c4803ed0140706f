/**
 * Manifests the profile-switch tests start from, besides the built-in example: two Services
 * behind one host split by gRPC service path, and a Gateway with a GRPCRoute. Each carries an
 * unrelated ConfigMap and comments that every switch must keep.
 */

/** A container that passes the object rules, listening on `port` under the name `grpc`. */
function deployment(name: string, port: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: ghcr.io/example/${name}:1.4.2
          ports:
            - name: grpc
              containerPort: ${port}
          readinessProbe:
            grpc:
              port: ${port}
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
            limits:
              memory: 256Mi
`;
}

/** Kept byte-for-byte by every switch. */
export const SETTINGS_CONFIG_MAP = `# Not routed anywhere: no switch may touch this.
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  LOG_LEVEL: debug # while we chase the checkout bug
`;

export const SPLIT_BY_SERVICE = `# Cart and Catalog behind api.example.com, split by gRPC service.
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  namespace: shop
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt # issues api-example-com
    nginx.ingress.kubernetes.io/backend-protocol: "GRPC"
spec:
  ingressClassName: nginx
  tls:
    - hosts:
        - api.example.com
      secretName: api-example-com
  rules:
    - host: api.example.com
      http:
        paths:
          - path: /shop.v1.Cart
            pathType: Prefix
            backend:
              service:
                name: cart
                port:
                  name: grpc
          - path: /shop.v1.Catalog/ListProducts
            pathType: Exact
            backend:
              service:
                name: catalog
                port:
                  number: 50052
---
apiVersion: v1
kind: Service
metadata:
  name: cart
  namespace: shop
spec:
  selector:
    app: cart # the cart pods
  ports:
    - name: grpc
      port: 50051
      targetPort: grpc
---
# One unnamed port: fine for most controllers, but GKE maps ports by name.
apiVersion: v1
kind: Service
metadata:
  name: catalog
  namespace: shop
spec:
  selector:
    app: catalog
  ports:
    - port: 50052
      targetPort: 9090
---
${deployment('cart', 50051)}---
${deployment('catalog', 9090)}---
${SETTINGS_CONFIG_MAP}`;

export const GRPC_ROUTE_MANIFEST = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
  namespace: shop
spec:
  gatewayClassName: example
  listeners:
    - name: https
      protocol: HTTPS
      port: 443
      hostname: grpc.example.com
      tls:
        certificateRefs:
          - kind: Secret
            name: grpc-example-com
---
# Greeter calls go to the greeter pods; everything else to the fallback.
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: greeter
  namespace: shop
spec:
  parentRefs:
    - name: edge
  hostnames:
    - grpc.example.com
  rules:
    - matches:
        - method:
            service: helloworld.Greeter
      backendRefs:
        - name: cart
          port: 50051
    - backendRefs:
        - name: catalog
          port: 50052
---
apiVersion: v1
kind: Service
metadata:
  name: cart
  namespace: shop
spec:
  selector:
    app: cart
  ports:
    - name: grpc
      port: 50051
      targetPort: grpc
---
apiVersion: v1
kind: Service
metadata:
  name: catalog
  namespace: shop
spec:
  selector:
    app: catalog
  ports:
    - port: 50052
      targetPort: 9090
---
${deployment('cart', 50051)}---
${deployment('catalog', 9090)}---
${SETTINGS_CONFIG_MAP}`;

/**
 * The built-in example: the gRPC server of the Okteto tutorial our users start from
 * (codingpot/pr12er, k8s/kkweon-okteto), with its mistakes corrected:
 * - `requests.memory: 10m` (10 millibytes) became `10Mi`;
 * - the class moved from the deprecated `kubernetes.io/ingress.class` annotation to
 *   `spec.ingressClassName`;
 * - the placeholder host is gone, because Okteto generates the host itself;
 * - the `${GITHUB_API_KEY}` variable is left out, because it only works behind `envsubst`.
 */
export const EXAMPLE_MANIFEST = `# kubewire example: a gRPC server on Okteto behind ingress-nginx.
# Ingress "ingress" -> Service "server" (port grpc) -> Deployment "server" (container port grpc).
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress
  annotations:
    # Okteto replaces the host with <ingress>-<namespace>.<your Okteto domain>, served over HTTPS.
    dev.okteto.com/generate-host: "true"
    # Without this, ingress-nginx talks HTTP/1.1 to the pod and every gRPC call fails.
    nginx.ingress.kubernetes.io/backend-protocol: "GRPC"
    nginx.ingress.kubernetes.io/ssl-redirect: "true"
spec:
  ingressClassName: nginx
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: server
                port:
                  name: grpc
---
apiVersion: v1
kind: Service
metadata:
  name: server
  labels:
    app: server
spec:
  selector:
    app: server
  ports:
    - name: grpc
      port: 9000
      protocol: TCP
      targetPort: grpc
    - name: http-metrics
      port: 9093
      protocol: TCP
      targetPort: http-metrics
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: server
  labels:
    app: server
spec:
  replicas: 1
  selector:
    matchLabels:
      app: server
  template:
    metadata:
      labels:
        app: server
    spec:
      containers:
        - name: server
          image: okteto.dev/codingpot-pr12er-server
          imagePullPolicy: IfNotPresent
          ports:
            - name: grpc
              containerPort: 9000
              protocol: TCP
            - name: http-metrics
              containerPort: 9093
              protocol: TCP
          resources:
            requests:
              cpu: 10m
              memory: 10Mi
            limits:
              cpu: 1000m
              memory: 2Gi
          env:
            - name: PR12ER_GRPC_PORT
              value: "9000"
            - name: PR12ER_PROMETHEUS_PORT
              value: "9093"
          readinessProbe:
            exec:
              command: ["/bin/grpc_health_probe", "--addr=:9000"]
            initialDelaySeconds: 10
          livenessProbe:
            exec:
              command: ["/bin/grpc_health_probe", "--addr=:9000"]
            initialDelaySeconds: 20
            periodSeconds: 60
`;

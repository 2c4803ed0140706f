/**
 * A Deployment `server` with one container `server`, for rule tests: the caller gives the
 * container's further lines (resources, ports, probes), already indented for the container.
 */
export function serverDeployment(containerLines: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: server
spec:
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
          image: server:1.0
${containerLines}`;
}

/** Strings of the repo-ready export (ZIP) and the "How to check it works" panel. */
export const enExport = {
  'export.zip.button': 'Download ZIP',
  'export.zip.title':
    'Download the manifests as a folder for your repository: one file per app, a kustomization.yaml, and okteto.yaml for Okteto',
  'export.zip.syntaxErrors':
    'The YAML has errors: the ZIP keeps each broken part as written, in a file of its own.',
  'export.zip.done': 'Saved {file}: unzip it in your repository and run kubectl apply -k .',

  'export.checks.button': 'How to check it works',
  'export.checks.title': 'How to check it works',
  'export.checks.intro':
    'Commands made for this manifest: its names, namespaces, ports and hosts. Run them in the folder where you unzipped Download ZIP, with kubectl pointed at your cluster.',
  'export.checks.empty':
    'Nothing to check yet: this manifest has no objects. Add a Deployment, a Service and an Ingress.',
  'export.checks.close': 'Close',
  'export.checks.copy': 'Copy',
  'export.checks.copyCommand': 'Copy command: {command}',
  'export.checks.copied': 'Copied',
  'export.checks.copyFailed': 'Could not copy: select the command and copy it yourself.',

  'export.checks.group.deploy': 'Deploy',
  'export.checks.group.rollout': 'Wait until the pods are ready',
  'export.checks.group.inside': 'Call the server directly, past the Ingress',
  'export.checks.group.public': 'Call it through the Ingress, as your users will',
  'export.checks.group.troubleshoot': 'When a call fails',

  'export.checks.step.apply':
    'Creates or updates every object of the files listed in kustomization.yaml.',
  'export.checks.step.apply-envsubst':
    'The manifests use {variables}: export them first; envsubst fills them in, then kubectl creates or updates every object.',
  'export.checks.step.okteto-deploy':
    'On Okteto, does the same through okteto.yaml, from the folder of the files.',
  'export.checks.step.okteto-deploy-variables':
    'On Okteto, does the same through okteto.yaml; Okteto sets {variables} when it can (okteto.yaml builds the images they name).',
  'export.checks.step.rollout':
    'Waits until {kind} {name} has all its pods ready. If it times out, a pod does not start or its readiness probe fails: kubectl describe pod shows why.',
  'export.checks.step.port-forward':
    'Forwards port {localPort} on your computer to port {port} of Service {service}. Leave it running in its own terminal while you run the next command.',
  'export.checks.step.grpcurl-local':
    'Lists the gRPC services of the server through the port-forward, without TLS. If this works but the call through the Ingress fails, the problem is in the Ingress. grpcurl list needs server reflection; without it, grpcurl says so, and the server did answer.',
  'export.checks.step.grpcurl-local-tls':
    'Lists the gRPC services of the server through the port-forward. The Ingress talks TLS to the pod (GRPCS), so grpcurl does too, without checking the pod’s certificate.',
  'export.checks.step.okteto-endpoints':
    'Prints the public addresses Okteto made. Okteto generates the host of Ingress {ingress}: put it in place of {placeholder} in the next command.',
  'export.checks.step.ingress-address':
    'Shows the address of Ingress {ingress} in its ADDRESS column. The Ingress has no host, so it answers on that address: put it in place of {placeholder} in the next command.',
  'export.checks.step.gateway-address':
    'Shows the address of Gateway {gateway}. The GRPCRoute has no hostnames, so it answers on that address: put it in place of {placeholder} in the next command.',
  'export.checks.step.grpcurl-public':
    'The same call through {host} on port 443, over TLS and HTTP/2, as your users will make it. A certificate error means the Ingress has no certificate for this host.',
  'export.checks.step.grpcurl-public-placeholder':
    'The same call through the public host, on port 443, over TLS and HTTP/2, as your users will make it. Replace {host} first.',
  'export.checks.step.endpoints':
    'Lists the addresses of the pods behind Service {service}: the pods it sends calls to.',
  'export.checks.endpointsEmpty':
    'An empty result (ENDPOINTS shows <none>) means the Service selector matches no ready pod: the selector’s labels differ from the pods’ labels, or the pods are not ready because their readiness probe fails.',
} as const;

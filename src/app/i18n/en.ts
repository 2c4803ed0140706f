/**
 * Every user-visible string of the UI. English is the reference catalogue; other languages
 * (Korean next) provide the same keys. `{name}` placeholders are filled by `t()`.
 */
import { enExport } from './en-export';
import { enProfiles } from './en-profiles';

export const en = {
  ...enProfiles,
  ...enExport,
  'app.title': 'kubewire',
  'app.tagline': 'Ingress → Service → Deployment for your gRPC server, checked before you deploy',
  'app.skipToYaml': 'Skip to the YAML editor',
  'app.close': 'Close',
  'app.loadFailed': 'This part of kubewire could not be loaded. Reload the page and try again.',

  'panel.forms': 'Objects',
  'panel.diagram': 'Diagram',
  'panel.yaml': 'YAML',
  'diagram.loading': 'Loading the diagram…',
  'diagram.ariaLabel': 'Diagram of the links between the objects',
  'diagram.empty':
    'No Ingress, Service or Deployment yet: the links between them will be drawn here.',
  'diagram.node': '{kind} {name}',
  'diagram.missing': 'not in the manifests',
  'diagram.broken': 'broken',
  'diagram.capped':
    'The diagram shows the first {shown} of {total} objects, so that a big manifest stays quick.',
  'diagram.showAll': 'Show all {total}',
  'diagram.legend':
    'Solid green: the link resolves. Dashed red: it does not; hover it or read the Problems list.',

  'problems.title': 'Problems',
  'problems.summary': 'Errors: {errors} · Warnings: {warnings} · Advice: {infos}',
  'problems.none': 'No problems found: every link resolves and every object is valid.',
  'problems.checking': 'Checking the manifest…',
  'reading.status': 'Reading the manifest…',
  'yaml.writing': 'The file is still being written into the editor: a moment, then type.',
  'problems.severity.error': 'Error',
  'problems.severity.warning': 'Warning',
  'problems.severity.info': 'Advice',
  'problems.location': '{object}, line {line}',
  'problems.locationNoObject': 'line {line}',
  'problems.show': 'Show: {message}',
  'problems.fix': 'Fix: {title}',
  'problems.learnMore': 'Learn more about {rule} (opens its documentation in a new tab)',
  'problems.learnMoreShort': 'Learn more',
  'problems.fixFailed': 'The quick fix could not be applied ({reason}).',

  'import.open': 'Open files',
  'import.dropHint': 'Drop YAML files to open them',
  'import.title': 'Open {count} file(s)',
  'import.intro': 'Your current manifest is kept until you choose what to do with these files.',
  'import.fileOk': '{name}: {count} object(s)',
  'import.fileSyntax':
    '{name}: YAML error at line {line}, column {column}: {message}. It opens, and the error is marked in the YAML pane.',
  'import.refused.too-large': '{name} is {size} MB, more than kubewire opens (10 MB); not opened.',
  'import.refused.binary': '{name} is not a text file; not opened.',
  'import.refused.not-utf8': '{name} is not UTF-8 text; not opened.',
  'import.refused.empty': '{name} is empty; nothing to open.',
  'import.replace': 'Replace the current manifest',
  'import.add': 'Add to the current manifest',
  'import.cancel': 'Cancel',
  'import.nothing': 'Nothing was opened.',
  'import.done': 'Opened {files} file(s): {objects} object(s).',
  'import.dismiss': 'Dismiss',
  'forms.fromFile': 'from {file}',

  'download.button': 'Download YAML',
  'download.done': 'Saved {file}.',

  'yaml.ariaLabel': 'YAML manifest editor',
  'yaml.loading': 'Loading the YAML editor…',
  'yaml.syntaxError': 'YAML syntax error at line {line}, column {column}: {message}',
  'yaml.frozen':
    'The YAML has a syntax error at line {line}, column {column}: {message}. The forms show your last valid manifest and wait until the YAML reads again; nothing has been thrown away.',

  'forms.empty': 'This manifest has no objects yet. Type or paste YAML in the YAML pane.',
  'forms.object': '{kind} {name}',
  'forms.unnamed': '(no name)',
  'forms.collapsedMany':
    '{count} objects: their forms start collapsed to keep the page quick. Open the ones you want to edit.',
  'forms.passthrough':
    'kubewire keeps this {kind} exactly as written and includes it in the download. Edit it in the YAML pane.',
  'forms.emptyDocument': 'An empty document (only comments or a separator).',
  'forms.add': 'Add',
  'forms.remove': 'Remove {what}',
  'forms.editFailed.key-exists': 'That key is already used in this map.',
  'forms.editFailed.empty-key': 'A key cannot be empty.',
  'forms.editFailed.other': 'This change could not be applied to the YAML ({reason}).',
  'forms.notANumber': 'Enter a whole number.',
  'forms.none': '(not set)',

  'kind.Ingress': 'Ingress',
  'kind.Service': 'Service',
  'kind.Deployment': 'Deployment',

  'meta.name': 'Name',
  'meta.name.help.Deployment':
    'The Deployment’s name; lowercase letters, digits and “-”. Pods are named after it.',
  'meta.name.help.Service':
    'Other objects reach this Service by this name: the Ingress backend must use it exactly.',
  'meta.name.help.Ingress': 'The Ingress’s name; with Okteto it becomes part of the public host.',
  'meta.namespace': 'Namespace',
  'meta.namespace.help':
    'Leave empty to use the namespace you apply to. Linked objects must share a namespace.',
  'meta.labels': 'Labels',
  'meta.labels.help': 'Key–value tags on this object; selectors find objects by them.',
  'meta.annotations': 'Annotations',
  'meta.annotations.help':
    'Settings for tools and controllers, e.g. telling ingress-nginx to speak gRPC.',

  'map.key': 'Key',
  'map.value': 'Value',
  'map.entry': '{map} entry {key}',
  'map.add': 'Add to {map}',

  'deployment.replicas': 'Replicas',
  'deployment.replicas.help': 'How many copies of the pod run at once.',
  'deployment.matchLabels': 'Selector (matchLabels)',
  'deployment.matchLabels.help':
    'Which pods this Deployment manages; must match the pod template labels below.',
  'deployment.templateLabels': 'Pod template labels',
  'deployment.templateLabels.help':
    'Labels every pod gets; the Service selector must match these to send traffic.',
  'deployment.containers': 'Containers',
  'deployment.container': 'Container {name}',
  'deployment.addContainer': 'Add container',

  'container.name': 'Container name',
  'container.name.help': 'A short lowercase name for this container, unique in the pod.',
  'container.image': 'Image',
  'container.image.help': 'The container image to run, e.g. ghcr.io/you/server:1.0.',
  'container.imagePullPolicy': 'Image pull policy',
  'container.imagePullPolicy.help':
    'When nodes download the image; IfNotPresent reuses a cached :latest forever.',
  'container.ports': 'Container ports',
  'container.ports.help':
    'Ports your server listens on; a Service targetPort refers to one by name or number.',
  'container.port': 'Port {name}',
  'container.addPort': 'Add port',
  'port.name': 'Port name',
  'port.name.help.container':
    'Up to 15 lowercase letters, digits or “-”; the Service targetPort can use this name.',
  'port.containerPort': 'Container port',
  'port.containerPort.help': 'The port number your server listens on inside the container.',
  'port.protocol': 'Protocol',
  'port.protocol.help': 'TCP for gRPC and HTTP. gRPC is not a protocol value here.',
  'container.env': 'Environment variables',
  'container.env.help': 'Settings passed to your program, such as the port to listen on.',
  'container.addEnv': 'Add environment variable',
  'env.name': 'Variable name',
  'env.name.help': 'The name your program reads, e.g. GRPC_PORT.',
  'env.value': 'Variable value',
  'env.value.help': 'Always text: numbers are written in quotes.',
  'env.fromReference': 'Set from a Secret, ConfigMap or field; edit it in the YAML pane.',
  'env.entry': 'Environment variable {name}',
  'container.resources': 'Resources',
  'resources.requests.cpu': 'CPU request',
  'resources.requests.cpu.help': 'CPU reserved for the container: 100m is a tenth of a core.',
  'resources.requests.memory': 'Memory request',
  'resources.requests.memory.help': 'Memory reserved: use Mi or Gi (10m would mean 0.01 bytes).',
  'resources.limits.cpu': 'CPU limit',
  'resources.limits.cpu.help': 'The most CPU the container may use; it is slowed down above it.',
  'resources.limits.memory': 'Memory limit',
  'resources.limits.memory.help':
    'The most memory the container may use; it is restarted above it.',

  'probe.readinessProbe': 'Readiness probe',
  'probe.readinessProbe.help': 'Traffic is sent to the pod only while this check succeeds.',
  'probe.livenessProbe': 'Liveness probe',
  'probe.livenessProbe.help': 'The container is restarted when this check keeps failing.',
  'probe.startupProbe': 'Startup probe',
  'probe.startupProbe.help': 'Holds the other probes off until the server has started.',
  'probe.handler': '{probe} check',
  'probe.handler.help': 'How the kubelet checks the container.',
  'probe.handler.none': 'None',
  'probe.handler.exec': 'Run a command (exec)',
  'probe.handler.httpGet': 'HTTP GET',
  'probe.handler.tcpSocket': 'TCP connect',
  'probe.handler.grpc': 'Native gRPC health check',
  'probe.command': 'Command',
  'probe.command.help': 'The program and its arguments, one per field; exit code 0 means healthy.',
  'probe.commandPart': 'Command part {index}',
  'probe.addCommandPart': 'Add argument',
  'probe.path': 'HTTP path',
  'probe.path.help': 'The path requested; any 2xx or 3xx answer means healthy.',
  'probe.port': 'Probe port',
  'probe.port.help.named': 'A container port number or name.',
  'probe.port.help.grpc':
    'A port number only: the native gRPC probe cannot use a port name. Your server must implement grpc.health.v1.',
  'probe.grpcService': 'gRPC service name',
  'probe.grpcService.help': 'Optional service name sent in the health check request.',
  'probe.initialDelaySeconds': 'Initial delay (s)',
  'probe.initialDelaySeconds.help': 'Seconds to wait after start before the first check.',
  'probe.periodSeconds': 'Period (s)',
  'probe.periodSeconds.help': 'Seconds between checks (default 10).',
  'probe.timeoutSeconds': 'Timeout (s)',
  'probe.timeoutSeconds.help': 'Seconds before one check counts as failed (default 1).',
  'probe.failureThreshold': 'Failure threshold',
  'probe.failureThreshold.help': 'Failures in a row before the probe gives up (default 3).',
  'probe.successThreshold': 'Success threshold',
  'probe.successThreshold.help': 'Successes in a row to count as healthy again (default 1).',

  'service.type': 'Service type',
  'service.type.help':
    'ClusterIP keeps the Service inside the cluster; the Ingress makes it public.',
  'service.selector': 'Selector',
  'service.selector.help':
    'Traffic goes to pods that carry all of these labels; must match the pod template labels.',
  'service.ports': 'Service ports',
  'service.ports.help':
    'Ports the Service offers; the Ingress backend refers to one by name or number.',
  'service.port': 'Service port {name}',
  'service.addPort': 'Add service port',
  'servicePort.name': 'Port name',
  'servicePort.name.help': 'The name an Ingress backend uses to pick this port; e.g. grpc.',
  'servicePort.port': 'Port',
  'servicePort.port.help': 'The port number clients and the Ingress connect to on the Service.',
  'servicePort.targetPort': 'Target port',
  'servicePort.targetPort.help':
    'The container port that receives the traffic: its name (e.g. grpc) or its number.',
  'servicePort.appProtocol': 'App protocol',
  'servicePort.appProtocol.help':
    'Optional hint of what the port speaks, e.g. kubernetes.io/h2c for plaintext gRPC.',

  'ingress.className': 'Ingress class',
  'ingress.className.help':
    'Which ingress controller serves this Ingress, e.g. nginx (Okteto) or traefik.',
  'ingress.tls': 'TLS',
  'ingress.tls.help':
    'HTTPS for these hosts with a certificate from a Secret; ingress-nginx needs it for gRPC.',
  'ingress.tlsEntry': 'TLS entry {index}',
  'ingress.addTls': 'Add TLS entry',
  'tls.hosts': 'TLS hosts',
  'tls.hosts.help': 'Host names the certificate covers, separated by commas.',
  'tls.secretName': 'Certificate Secret',
  'tls.secretName.help': 'A kubernetes.io/tls Secret in the same namespace.',
  'ingress.rules': 'Rules',
  'ingress.rules.help': 'Which host and paths go to which Service.',
  'ingress.rule': 'Rule {index}',
  'ingress.addRule': 'Add rule',
  'rule.host': 'Host',
  'rule.host.help': 'The public host name; leave empty for any host (Okteto generates one).',
  'rule.paths': 'Paths',
  'rule.path': 'Path {path}',
  'rule.addPath': 'Add path',
  'path.path': 'Path',
  'path.path.help':
    'URL prefix to match; gRPC calls look like /package.Service/Method, so / is common.',
  'path.pathType': 'Path type',
  'path.pathType.help': 'Prefix matches everything below the path; Exact only the path itself.',
  'backend.service': 'Backend Service',
  'backend.service.help': 'The name of the Service that receives the traffic.',
  'backend.portMode': 'Refer to the Service port by',
  'backend.portMode.help': 'By the Service port’s name or its port number (not the container’s).',
  'backend.portMode.name': 'Name',
  'backend.portMode.number': 'Number',
  'backend.portName': 'Service port name',
  'backend.portName.help': 'Must equal the name of one of the Service’s ports.',
  'backend.portNumber': 'Service port number',
  'backend.portNumber.help': 'Must equal the port (not targetPort) of one of the Service’s ports.',
  // The YAML pane as an editor: completion, hover and Format Document.
  'yaml.format.button': 'Format',
  'yaml.format.label': 'Format YAML',
  'yaml.format.done': 'Formatted: every document is indented the same way.',
  'yaml.format.unchanged': 'The YAML is already formatted.',
  'yaml.format.syntaxError':
    'Fix the YAML syntax error first: only YAML that reads can be formatted.',
  'yaml.format.refused':
    'Not formatted: the result would not have read back as the same manifest, so nothing changed.',
  'yaml.hover.type': 'Type: {type}',
  'yaml.hover.required': 'Type: {type}, required',
  'yaml.completion.required': '{type}, required',
  // Undo and redo of the manifest, from any pane.
  'history.group': 'Undo history',
  'history.undo': 'Undo',
  'history.redo': 'Redo',
  'history.undo.tooltip': 'Undo ({shortcut})',
  'history.redo.tooltip': 'Redo ({shortcut})',
  'history.undo.shortcut': 'Ctrl+Z',
  'history.undo.shortcut.apple': '⌘Z',
  'history.redo.shortcut': 'Ctrl+Y or Ctrl+Shift+Z',
  'history.redo.shortcut.apple': '⇧⌘Z',
  // Share links, autosave and links that cannot be opened.
  'share.button': 'Copy share link',
  'share.copied': 'Link copied: whoever opens it sees this manifest exactly as it is now.',
  'share.tooLarge':
    'This manifest is too large for a share link (at most {size} MB of text). Download it instead.',
  'share.manual.title': 'Share link',
  'share.manual.help':
    'The browser did not let kubewire copy the link. Select it and copy it yourself (Ctrl+C or ⌘C).',
  'share.manual.label': 'Link to this manifest',
  'share.manual.close': 'Close',
  'share.problem.title': 'This link could not be opened',
  'share.problem.malformed':
    'It is damaged or incomplete: perhaps it was cut off when it was copied.',
  'share.problem.unknown-version':
    'It was made by another version of kubewire, whose link format this one does not know.',
  'share.problem.too-large':
    'It holds more than kubewire opens from a link (at most {size} MB of text).',
  'share.problem.not-utf8': 'What it holds is not text, so it cannot be a manifest.',
  'share.problem.not-loaded':
    'Part of kubewire that reads links could not be loaded. The link is still in the address bar: reload the page to open it.',
  'share.problem.kept': 'Nothing was replaced: the editor shows the manifest you had.',
  'share.dismiss': 'Dismiss',
  'share.restore.previous-work':
    'You opened a shared link, so the editor shows the manifest from the link. The work you had before is kept until you dismiss this message.',
  'share.restore.previous-work.action': 'Restore previous work',
  'share.restore.linked':
    'Your previous work is back. The manifest from the link is kept until you dismiss this message.',
  'share.restore.linked.action': 'Show the linked manifest again',
  'share.restore.dismiss': 'Dismiss and forget the kept manifest',
  'share.autosave.storage':
    'Your work could not be saved in this browser (its storage is full or turned off). It stays here until you close the page: download it to keep it.',
  'share.autosave.unreadable':
    'The work saved in this browser could not be opened: part of kubewire did not load. It is kept as it was, and nothing you do now is saved over it. Reload the page to get it back.',
} as const;

export type MessageKey = keyof typeof en;

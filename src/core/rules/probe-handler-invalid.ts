import { PROBE_HANDLERS, PROBE_KINDS, type ProbeKind } from '../model/kinds';
import { isRecord } from '../model/read';
import type { RuleContext } from './context';
import { podContainers, RUNNING_CONTAINER_LISTS } from './pod-templates';
import type { Finding, Rule } from './types';

/** The timing fields, with the default the API server puts in place of an unset (or 0) value. */
const TIMING_DEFAULTS = {
  initialDelaySeconds: 0,
  periodSeconds: 10,
  timeoutSeconds: 1,
  successThreshold: 1,
  failureThreshold: 3,
} as const;

function handlerFindings(
  doc: number,
  path: Finding['path'],
  probe: Record<string, unknown>,
  label: string,
): Finding[] {
  const handlers = PROBE_HANDLERS.filter(
    (handler) => probe[handler] !== undefined && probe[handler] !== null,
  );
  if (handlers.length === 1) return [];
  if (handlers.length === 0) {
    return [
      {
        severity: 'error',
        message:
          `The ${label} has no way to check the container: give it exactly one of \`exec\`, ` +
          '`httpGet`, `tcpSocket` or `grpc`. The API server rejects a probe without one ("must ' +
          'specify a handler type"). For a gRPC server, `grpc: {port: <container port number>}` ' +
          'asks its grpc.health.v1 service.',
        doc,
        path,
      },
    ];
  }
  const [first, second] = handlers;
  return [
    {
      severity: 'error',
      message:
        `The ${label} has ${handlers.length} handlers (${handlers.map((handler) => `\`${handler}\``).join(', ')}); ` +
        `a probe runs exactly one, so the API server rejects it ("may not specify more than 1 handler ` +
        `type"). Keep \`${first ?? ''}\` or \`${second ?? ''}\` and remove the others.`,
      doc,
      path: [...path, second ?? ''],
      atKey: true,
    },
  ];
}

function timingFindings(
  doc: number,
  path: Finding['path'],
  probe: Record<string, unknown>,
  kind: ProbeKind,
  label: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const [field, fallback] of Object.entries(TIMING_DEFAULTS)) {
    const value = probe[field];
    // Only numbers: a string or a fraction here is a type error that `schema` reports.
    if (typeof value !== 'number') continue;
    const at = [...path, field];
    if (value < 0) {
      findings.push({
        severity: 'error',
        message: `\`${field}: ${value}\` of the ${label} is negative; the API server rejects it ("must be greater than or equal to 0").`,
        doc,
        path: at,
      });
    } else if (value === 0 && field !== 'initialDelaySeconds') {
      // Defaulting runs before validation, so 0 is quietly replaced rather than rejected.
      findings.push({
        severity: 'warning',
        message:
          `\`${field}: 0\` of the ${label} is not a valid setting: the API server quietly replaces it ` +
          `with the default ${fallback}. Write a value of at least 1, or remove the field to use the default.`,
        doc,
        path: at,
      });
    } else if (field === 'successThreshold' && value !== 1 && kind !== 'readinessProbe') {
      findings.push({
        severity: 'error',
        message:
          `\`successThreshold: ${value}\` on the ${label}: for liveness and startup probes it must be 1 ` +
          '(one success means the container is alive or has started), so the API server rejects it.',
        doc,
        path: at,
        fix: {
          title: 'Set successThreshold to 1',
          commands: [{ type: 'set', doc, path: at, value: 1 }],
        },
      });
    }
  }
  const grace = probe.terminationGracePeriodSeconds;
  const gracePath = [...path, 'terminationGracePeriodSeconds'];
  if (grace !== undefined && grace !== null && kind === 'readinessProbe') {
    findings.push({
      severity: 'error',
      message:
        'A readiness probe cannot have `terminationGracePeriodSeconds`: a failing readiness probe only ' +
        'takes the pod out of the Service, it never kills the container. The API server rejects it ' +
        '("must not be set for readinessProbes").',
      doc,
      path: gracePath,
      atKey: true,
      fix: {
        title: 'Remove terminationGracePeriodSeconds',
        commands: [{ type: 'delete', doc, path: gracePath }],
      },
    });
  } else if (typeof grace === 'number' && grace <= 0) {
    findings.push({
      severity: 'error',
      message: `\`terminationGracePeriodSeconds: ${grace}\` of the ${label} must be greater than 0 (seconds the container gets to stop after the probe fails).`,
      doc,
      path: gracePath,
    });
  }
  return findings;
}

function check({ objects }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const container of podContainers(objects, RUNNING_CONTAINER_LISTS)) {
    for (const kind of PROBE_KINDS) {
      const probe = container.container[kind];
      // `readinessProbe:` with nothing after it is null: half-written, and `schema` covers non-maps.
      if (!isRecord(probe)) continue;
      const path = [...container.path, kind];
      const label = `${kind} of ${container.label}`;
      findings.push(...handlerFindings(container.doc, path, probe, label));
      findings.push(...timingFindings(container.doc, path, probe, kind, label));
    }
  }
  return findings;
}

export const probeHandlerInvalid: Rule = {
  id: 'probe-handler-invalid',
  description: 'A probe needs exactly one handler and timing fields in range.',
  help:
    'A probe checks the container in exactly one way: `exec`, `httpGet`, `tcpSocket` or `grpc`. Its ' +
    'timing fields are whole seconds or counts: periodSeconds, timeoutSeconds and failureThreshold at ' +
    'least 1, none negative, and successThreshold exactly 1 on liveness and startup probes. A ' +
    'readiness probe cannot set terminationGracePeriodSeconds.',
  docsUrl:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#configure-probes',
  scope: 'object',
  check,
};

import type { EditCommand, Path } from '../yaml/edit';
import type { ProbeHandler } from './kinds';

/**
 * Typed edits that the forms (and later the diagram and quick fixes) dispatch. Each returns the
 * generic text commands that carry it out, so the text stays the single source of truth.
 */

/** A name not yet in `taken`: `base`, then `base-2`, `base-3`, … */
export function uniqueName(
  base: string,
  taken: Iterable<string | undefined> | ((name: string) => boolean),
): string {
  const isTaken = typeof taken === 'function' ? taken : Set.prototype.has.bind(new Set(taken));
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** A port number for a new port: one above the highest in use, or `fallback` for the first. */
export function nextPortNumber(inUse: readonly (number | undefined)[], fallback: number): number {
  const numbers = inUse.filter((port): port is number => port !== undefined);
  return numbers.length > 0 ? Math.max(...numbers) + 1 : fallback;
}

/** Sets a field, or removes it when the value is undefined (an emptied optional field). */
export function setField(doc: number, path: Path, value: unknown): EditCommand[] {
  return [{ type: 'set', doc, path, value }];
}

export function addListItem(doc: number, listPath: Path, item: unknown): EditCommand[] {
  return [{ type: 'append', doc, path: listPath, value: item }];
}

export function removeListItem(doc: number, listPath: Path, index: number): EditCommand[] {
  return [{ type: 'delete', doc, path: [...listPath, index] }];
}

/** Adds an entry to a string map (labels, annotations, selector) under a key not yet used. */
export function addMapEntry(
  doc: number,
  mapPath: Path,
  existingKeys: readonly string[],
  base = 'key',
  value = '',
): EditCommand[] {
  return [{ type: 'set', doc, path: [...mapPath, uniqueName(base, existingKeys)], value }];
}

export function renameMapKey(doc: number, mapPath: Path, from: string, to: string): EditCommand[] {
  return [{ type: 'renameKey', doc, path: mapPath, from, to }];
}

export function removeMapEntry(doc: number, mapPath: Path, key: string): EditCommand[] {
  return [{ type: 'delete', doc, path: [...mapPath, key] }];
}

/**
 * Points an Ingress backend at a Service port by name or by number. Exactly one of the two
 * may be set, so the other is removed in the same step.
 */
export function setBackendPort(
  doc: number,
  backendPath: Path,
  port: { name: string } | { number: number },
  current: { name?: string | undefined; number?: number | undefined },
): EditCommand[] {
  const portPath = [...backendPath, 'service', 'port'];
  const commands: EditCommand[] = [];
  if ('name' in port) {
    if (current.number !== undefined)
      commands.push({ type: 'delete', doc, path: [...portPath, 'number'] });
    commands.push({ type: 'set', doc, path: [...portPath, 'name'], value: port.name });
  } else {
    if (current.name !== undefined)
      commands.push({ type: 'delete', doc, path: [...portPath, 'name'] });
    commands.push({ type: 'set', doc, path: [...portPath, 'number'], value: port.number });
  }
  return commands;
}

/** What a new probe handler starts with, chosen to work for the container's first port. */
export function defaultProbeHandler(
  handler: ProbeHandler,
  firstPort: { name?: string | undefined; number?: number | undefined },
): unknown {
  const number = firstPort.number ?? 8080;
  const byName = firstPort.name ?? number;
  switch (handler) {
    case 'exec':
      return { command: ['/bin/grpc_health_probe', `-addr=:${number}`] };
    case 'httpGet':
      return { path: '/healthz', port: byName };
    case 'tcpSocket':
      return { port: byName };
    case 'grpc':
      // The native gRPC probe only takes a port number, never a name.
      return { port: number };
  }
}

/** Switches a probe to another handler (or removes the probe), keeping its timing fields. */
export function setProbeHandler(
  doc: number,
  probePath: Path,
  handler: ProbeHandler | 'none',
  existing: readonly ProbeHandler[],
  firstPort: { name?: string | undefined; number?: number | undefined },
): EditCommand[] {
  if (handler === 'none') return [{ type: 'delete', doc, path: probePath }];
  const commands: EditCommand[] = existing
    .filter((other) => other !== handler)
    .map((other) => ({ type: 'delete', doc, path: [...probePath, other] }));
  if (!existing.includes(handler)) {
    commands.push({
      type: 'set',
      doc,
      path: [...probePath, handler],
      value: defaultProbeHandler(handler, firstPort),
    });
  }
  return commands;
}

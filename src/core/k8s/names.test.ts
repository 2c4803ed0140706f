import { describe, expect, it } from 'vitest';
import {
  dns1035Label,
  dns1123Label,
  dns1123Subdomain,
  ianaPortName,
  isValidPortNumber,
  labelKey,
  labelValue,
} from './names';

describe('Kubernetes name syntax', () => {
  it('DNS-1123 labels and subdomains', () => {
    expect(dns1123Label('server')).toEqual([]);
    expect(dns1123Label('Server')).not.toEqual([]);
    expect(dns1123Label('a'.repeat(64))).toContain('must be no more than 63 characters');
    expect(dns1123Subdomain('grpc.example.com')).toEqual([]);
    expect(dns1123Subdomain('-grpc')).not.toEqual([]);
  });

  it('DNS-1035 labels, as Service names must be', () => {
    expect(dns1035Label('server')).toEqual([]);
    expect(dns1035Label('1server')).not.toEqual([]);
    expect(dns1035Label('my.server')).not.toEqual([]);
  });

  it('label keys with and without a prefix, and label values', () => {
    expect(labelKey('app.kubernetes.io/name')).toEqual([]);
    expect(labelKey('app')).toEqual([]);
    expect(labelKey('a/b/c')).not.toEqual([]);
    expect(labelKey('Example.com/app')).toEqual([expect.stringMatching(/^prefix part/)]);
    expect(labelValue('')).toEqual([]);
    expect(labelValue('grpc-server_1.0')).toEqual([]);
    expect(labelValue('-bad')).not.toEqual([]);
  });

  it('IANA port names', () => {
    expect(ianaPortName('grpc')).toEqual([]);
    expect(ianaPortName('http-metrics')).toEqual([]);
    expect(ianaPortName('prometheus-metrics')).toEqual(['must be 1 to 15 characters']);
    expect(ianaPortName('9000')).toEqual(['must contain at least one letter (a-z)']);
    expect(ianaPortName('GRPC')).not.toEqual([]);
    expect(ianaPortName('a--b')).toEqual(['must not contain two hyphens in a row']);
  });

  it('port numbers', () => {
    expect(isValidPortNumber(9000)).toBe(true);
    expect(isValidPortNumber(0)).toBe(false);
    expect(isValidPortNumber(65536)).toBe(false);
  });
});

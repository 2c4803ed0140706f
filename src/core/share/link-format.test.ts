import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareHash } from './codec';
import { carriesManifest, MAX_SHARE_HASH_LENGTH } from './link-format';

describe('carriesManifest: whether a hash needs the DEFLATE code to be read', () => {
  const hashes = [
    '',
    '#',
    '#top',
    '#section=2&x',
    '#v=1',
    '#m=AAAA',
    '#v=1&m=AAAA',
    '#v=9&m=AA',
    '#v=1&m=%%%',
    '#v=1&v=1&m=AA',
    '#v',
    encodeShareHash('apiVersion: v1\nkind: Service\n'),
    `#${'x'.repeat(MAX_SHARE_HASH_LENGTH + 1)}`,
  ];

  it('is false exactly where decoding would say the hash is no share link', () => {
    for (const hash of hashes)
      expect(carriesManifest(hash), hash.slice(0, 40)).toBe(
        (decodeShareHash(hash) as { problem?: string }).problem !== 'no-manifest',
      );
  });

  it('is true for a link and false for an ordinary anchor', () => {
    expect(carriesManifest(encodeShareHash('kind: Service\n'))).toBe(true);
    expect(carriesManifest('#top')).toBe(false);
    expect(carriesManifest('')).toBe(false);
  });
});

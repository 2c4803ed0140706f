/** The length of the built-in example's share link, and the raw-DEFLATE floor beside it. */
import { deflateSync } from 'fflate';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ShareFigures {
  url: string;
  urlLength: number;
  /** Bytes of raw DEFLATE (level 9) of the UTF-8 text. */
  deflateBytes: number;
  /** Characters of those bytes in unpadded base64url. */
  deflateBase64Length: number;
  textBytes: number;
  encoder: 'src/core/share/codec.ts' | 'bench (fflate)';
}

export const SHARE_ORIGIN = 'http://localhost:5173/';

export async function shareFigures(root: string, text: string): Promise<ShareFigures> {
  const bytes = new TextEncoder().encode(text);
  const deflated = deflateSync(bytes, { level: 9 });
  const base64 = Buffer.from(deflated).toString('base64url');
  // The app's own encoder when it exists (it is being written alongside this benchmark).
  const codec = join(root, 'src/core/share/codec.ts');
  let hash = `#v=1&m=${base64}`;
  let encoder: ShareFigures['encoder'] = 'bench (fflate)';
  if (existsSync(codec)) {
    const module = (await import(codec)) as { encodeShareHash?: (text: string) => string };
    if (module.encodeShareHash) {
      hash = module.encodeShareHash(text);
      encoder = 'src/core/share/codec.ts';
    }
  }
  const url = SHARE_ORIGIN + hash;
  return {
    url,
    urlLength: url.length,
    deflateBytes: deflated.length,
    deflateBase64Length: base64.length,
    textBytes: bytes.length,
    encoder,
  };
}

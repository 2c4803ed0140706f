/**
 * The share link's DEFLATE code (./core/share/codec.ts and fflate): not needed to show the
 * first form unless the page was opened with a link, so it loads on first need — before the
 * first render for a link (main.tsx), else when the address bar is first written, a moment
 * after the page opens.
 */
type Codec = typeof import('../core/share/codec');

let codec: Codec | null = null;
let pending: Promise<Codec | null> | null = null;

/** The codec if it has loaded, else null. */
export function loadedCodec(): Codec | null {
  return codec;
}

/**
 * Loads the codec once; null if it could not be loaded. A later call asks again, though a
 * browser that keeps a failed module load (Chromium does) answers with the same failure.
 */
export function loadCodec(): Promise<Codec | null> {
  pending ??= import('../core/share/codec').then(
    (module) => (codec = module),
    () => {
      pending = null;
      return null;
    },
  );
  return pending;
}

import { timeSlicer, type Slicer } from '../core/slices';

/**
 * Past this many characters, work on the whole text (reading, checking, saving it) is done in
 * slices: a 1,000-line manifest is ~30 kB, and 64 kB takes a few tens of ms to read.
 */
export const BIG_TEXT = 64 * 1024;

/**
 * Gives the thread back for one task: a message to ourselves, which (unlike `setTimeout(0)`,
 * clamped to 4 ms once nested) runs right after the tasks already queued, input among them.
 * Where there is no `MessageChannel`, a timer does it.
 */
let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

export function nextPageTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node (tests) would otherwise stay alive for the open port; browsers have no `unref`.
    (channel.port1 as { unref?: () => void }).unref?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/** Long work on the page (reading a big manifest) in slices of a few ms. */
export const pageSlicer: Slicer = timeSlicer(nextPageTask);

import { useEffect } from 'react';
import { useManifest } from '../../state/store';
import { fieldDomId } from './fields/field-diagnostics';

/**
 * When a problem, node or edge is chosen, focus the form field it is about: the field itself,
 * else the nearest field above it in the path, else the object's heading. `expand` opens the
 * object's section first.
 */
export function useFocusSelection(expand: (doc: number) => void): void {
  const selection = useManifest((state) => state.selection);
  useEffect(() => {
    if (!selection) return;
    expand(selection.doc);
    // Wait a frame: the section may just have been expanded.
    const frame = requestAnimationFrame(() => {
      // The field itself, else the first field inside it (a selector's first key), else the
      // nearest field above it in the path.
      for (let length = selection.path.length; length > 0; length--) {
        const id = fieldDomId(selection.doc, selection.path.slice(0, length));
        const element =
          document.getElementById(id) ??
          document.getElementById(`${id}-key`) ??
          document.querySelector<HTMLElement>(`[id^="${id}-"]`);
        if (element) {
          element.scrollIntoView({ block: 'center' });
          element.focus({ preventScroll: true });
          return;
        }
      }
      const heading = document.getElementById(`object-${String(selection.doc)}-summary`);
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [selection, expand]);
}

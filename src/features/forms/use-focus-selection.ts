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
      for (let length = selection.path.length; length >= 0; length--) {
        const id = fieldDomId(selection.doc, selection.path.slice(0, length));
        const element = document.getElementById(id) ?? document.getElementById(`${id}-key`);
        if (element && length > 0) {
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

import { useReactFlow } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';

/**
 * Fits the view again when objects are added or removed (a second server, a profile switch):
 * `fitView` on ReactFlow only fits the first render. `count` is the objects drawn, without the
 * placeholders of missing ones, so that typing (which makes and unmakes those) does not move
 * the view.
 */
export const FitOnCountChange = memo(function FitOnCountChange({ count }: { count: number }) {
  const { fitView } = useReactFlow();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A frame later, so that React Flow has measured the new nodes.
    const frame = requestAnimationFrame(() => void fitView({ padding: 0.1 }));
    return () => cancelAnimationFrame(frame);
  }, [count, fitView]);
  return null;
});

import { useEffect, useState } from 'react';

/**
 * False for the first render, true once the browser has painted it: a frame
 * (requestAnimationFrame) and then a task (setTimeout) later. For secondary parts
 * of a screen that must not hold back its first paint.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

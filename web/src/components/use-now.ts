import { useEffect, useState } from 'react';

/**
 * The current time in milliseconds, read when the component mounts and again every `everyMs`:
 * rendering stays pure (the clock is read in state, not during render), and a page left open
 * still notices a deadline passing.
 */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

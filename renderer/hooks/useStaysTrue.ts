import { useState } from 'react';

/** False until `value` is first true, then true for good: for parts made only once they are first wanted. */
export function useStaysTrue(value: boolean): boolean {
  const [once, setOnce] = useState(value);
  if (value && !once) setOnce(true);
  return once || value;
}

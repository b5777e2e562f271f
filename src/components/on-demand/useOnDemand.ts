import { useEffect, useState } from 'react';

/**
 * A library module a widget needs only once the reader acts (the checker, the upgrade): it is
 * imported the first time `wanted` is true, and kept for every later render and widget. Until
 * then the widget shows what was worked out when the page was built. If the import fails (the
 * reader went offline after the page loaded), `failed` is true and the widget says so.
 */
const loaded = new Map<() => Promise<unknown>, unknown>();

export function useOnDemand<M>(load: () => Promise<M>, wanted: boolean): { module: M | undefined; failed: boolean } {
  const [module, setModule] = useState<M | undefined>(() => loaded.get(load) as M | undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || module !== undefined) return;
    let active = true;
    load()
      .then((m) => {
        loaded.set(load, m);
        if (active) setModule(m);
      })
      .catch(() => active && setFailed(true));
    return () => {
      active = false;
    };
  }, [wanted, module, load]);
  return { module: module ?? (loaded.get(load) as M | undefined), failed };
}

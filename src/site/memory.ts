// Rendering tens of thousands of pages leaves garbage that V8 promotes and
// then lets pile up: at 100,000 dispatches the build's heap grew from 1.8 to
// 3.2 GiB before V8 ran a full collection. A full collection whenever the
// heap has grown by a budget since the last one keeps the peak near the data
// the build actually holds, for a few collections' time.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Returns a check to call between batches of work: it collects once the heap has grown by `bytes`. */
export function garbageBudget(bytes: number): () => void {
  let floor = getHeapStatistics().used_heap_size;
  return () => {
    if (getHeapStatistics().used_heap_size - floor < bytes) return;
    collectGarbage();
    floor = getHeapStatistics().used_heap_size;
  };
}

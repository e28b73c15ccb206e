/** elkjs for the topology tests, counting how often a drawing asked it for a layout. */
import { elkLayout, type LayoutGraph } from "../../../src/docs/svg/topology.ts";

/** elkjs, counting its calls. */
export function counted(): { layout: LayoutGraph; calls: () => number } {
  let calls = 0;
  return {
    layout: (graph) => {
      calls++;
      return elkLayout(graph);
    },
    calls: () => calls,
  };
}

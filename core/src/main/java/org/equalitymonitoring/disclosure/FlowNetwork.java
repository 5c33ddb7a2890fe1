package org.equalitymonitoring.disclosure;

import java.util.Arrays;

/**
 * A directed network of arcs with whole-number capacities in both directions, for the maximum flows
 * of a {@link SuppressionAudit}: built once per table, its capacities set again for each
 * suppression pattern.
 *
 * <p>Arc {@code a} joins its tail to its head with two residual edges: {@code 2a} from tail to head
 * and {@code 2a + 1} back, each the other's reverse, so that pushing flow along one frees as much
 * on the other. A maximum flow follows shortest augmenting paths (Edmonds–Karp) and stops as soon
 * as it reaches the limit it is given: the audit mostly needs to know only whether a few units can
 * flow, which a path or two shows. Package-private helper; not thread-safe.
 */
final class FlowNetwork {
  private final int[] edgeTail;
  private final int[] edgeHead;
  private final long[] capacity;
  private final long[] residual;

  /**
   * The edges leaving node {@code n} are {@code outgoing[firstOutgoing[n] ..]}: only those of arcs
   * with some capacity, so that a search does not wade through the many arcs without any.
   */
  private final int[] firstOutgoing;

  private final int[] outgoing;
  private final int[] pathEdge;
  private final int[] queue;

  /** Whether {@link #outgoing} lists the edges for the capacities as they are set. */
  private boolean indexed;

  /**
   * @param nodes the number of nodes, numbered from 0
   * @param tails the tail node of each arc
   * @param heads the head node of each arc, never its tail
   */
  FlowNetwork(int nodes, int[] tails, int[] heads) {
    int edges = 2 * tails.length;
    edgeTail = new int[edges];
    edgeHead = new int[edges];
    for (int a = 0; a < tails.length; a++) {
      edgeTail[2 * a] = tails[a];
      edgeHead[2 * a] = heads[a];
      edgeTail[2 * a + 1] = heads[a];
      edgeHead[2 * a + 1] = tails[a];
    }
    capacity = new long[edges];
    residual = new long[edges];
    firstOutgoing = new int[nodes + 1];
    outgoing = new int[edges];
    pathEdge = new int[nodes];
    queue = new int[nodes];
  }

  /**
   * Sets the capacities of an arc.
   *
   * @param arc the arc
   * @param forward how much more can flow from its tail to its head, {@code >= 0}
   * @param backward how much more can flow from its head to its tail, {@code >= 0}
   */
  void setCapacity(int arc, long forward, long backward) {
    capacity[2 * arc] = forward;
    capacity[2 * arc + 1] = backward;
    indexed = false;
  }

  /** Lists the edges leaving each node, of the arcs with capacity either way. */
  private void index() {
    Arrays.fill(firstOutgoing, 0);
    for (int e = 0; e < capacity.length; e++) {
      if (capacity[e] > 0 || capacity[e ^ 1] > 0) {
        firstOutgoing[edgeTail[e] + 1]++;
      }
    }
    int nodes = firstOutgoing.length - 1;
    for (int n = 0; n < nodes; n++) {
      firstOutgoing[n + 1] += firstOutgoing[n];
    }
    int[] next = Arrays.copyOf(firstOutgoing, nodes);
    for (int e = 0; e < capacity.length; e++) {
      if (capacity[e] > 0 || capacity[e ^ 1] > 0) {
        outgoing[next[edgeTail[e]]++] = e;
      }
    }
    indexed = true;
  }

  /**
   * How much more can flow along an arc, in one direction, round a cycle through the rest of the
   * network: the least of the arc's capacity that way, the limit, and the maximum flow from the
   * arc's far end back to its near end without the arc. Leaves the capacities as they were.
   *
   * @param arc the arc
   * @param forward {@code true} for tail to head, {@code false} for head to tail
   * @param limit the most that is of interest
   * @return the extra flow, at most {@code limit}; 0 if {@code limit <= 0}
   */
  long extraFlow(int arc, boolean forward, long limit) {
    if (!indexed) {
      index();
    }
    int edge = forward ? 2 * arc : 2 * arc + 1;
    long wanted = Math.min(limit, capacity[edge]);
    int from = edgeHead[edge];
    int to = edgeTail[edge];
    System.arraycopy(capacity, 0, residual, 0, capacity.length);
    long flow = 0;
    while (flow < wanted && findPath(from, to, arc)) {
      long push = wanted - flow;
      for (int n = to; n != from; n = edgeTail[pathEdge[n]]) {
        push = Math.min(push, residual[pathEdge[n]]);
      }
      for (int n = to; n != from; n = edgeTail[pathEdge[n]]) {
        residual[pathEdge[n]] -= push;
        residual[pathEdge[n] ^ 1] += push;
      }
      flow += push;
    }
    return flow;
  }

  /**
   * A shortest path of edges with capacity left, by breadth-first search; into {@link #pathEdge}.
   */
  private boolean findPath(int from, int to, int without) {
    Arrays.fill(pathEdge, -1);
    int head = 0;
    int tail = 0;
    queue[tail++] = from;
    while (head < tail) {
      int node = queue[head++];
      for (int i = firstOutgoing[node]; i < firstOutgoing[node + 1]; i++) {
        int e = outgoing[i];
        int next = edgeHead[e];
        if (residual[e] > 0 && next != from && pathEdge[next] < 0 && e >> 1 != without) {
          pathEdge[next] = e;
          if (next == to) {
            return true;
          }
          queue[tail++] = next;
        }
      }
    }
    return false;
  }
}

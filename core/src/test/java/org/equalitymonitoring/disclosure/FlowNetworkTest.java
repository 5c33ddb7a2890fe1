package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowNetworkTest {
  /**
   * Nodes 0..3; arcs 0: 0 → 1, 1: 1 → 3, 2: 0 → 2, 3: 2 → 3, 4: 3 → 0 (the arc whose extra flow is
   * asked for), 5: 2 → 1.
   */
  private static FlowNetwork diamond() {
    return new FlowNetwork(4, new int[] {0, 1, 0, 2, 3, 2}, new int[] {1, 3, 2, 3, 0, 1});
  }

  @Test
  void extraFlowIsTheSumOfDisjointPathsBack() {
    // Around arc 4 (3 → 0) forward means 0 back to 3: 0 → 1 → 3 carries min(5, 3) = 3 and
    // 0 → 2 → 3 carries min(2, 4) = 2, 5 in all, below the arc's own capacity 100.
    FlowNetwork network = diamond();
    network.setCapacity(0, 5, 0);
    network.setCapacity(1, 3, 0);
    network.setCapacity(2, 2, 0);
    network.setCapacity(3, 4, 0);
    network.setCapacity(4, 100, 0);

    assertThat(network.extraFlow(4, true, 1000)).isEqualTo(5);
    // The same again: a flow leaves the capacities as they were.
    assertThat(network.extraFlow(4, true, 1000)).isEqualTo(5);
    // Stopped at the limit, and at the arc's own capacity.
    assertThat(network.extraFlow(4, true, 4)).isEqualTo(4);
    assertThat(network.extraFlow(4, true, 0)).isZero();
    network.setCapacity(4, 1, 0);
    assertThat(network.extraFlow(4, true, 1000)).isEqualTo(1);
    // Backward (0 → 3) there is no capacity on the arc at all.
    assertThat(network.extraFlow(4, false, 1000)).isZero();
  }

  @Test
  void aPathMayUseAnArcAgainstItsDirectionButNeverTheArcItself() {
    // Only arc 0 (0 → 1), arc 5 backward (1 → 2, as arc 5 is 2 → 1) and arc 3 (2 → 3) lead from 0
    // to 3: min(6, 7, 9) = 6; without arc 5, nothing. Arc 4 backward would go straight from 0 to 3
    // with 50, but it is the
    // arc asked about.
    FlowNetwork network = diamond();
    network.setCapacity(0, 6, 0);
    network.setCapacity(3, 9, 0);
    network.setCapacity(4, 1000, 50);
    assertThat(network.extraFlow(4, true, 1000)).isZero();

    network.setCapacity(5, 0, 7);
    assertThat(network.extraFlow(4, true, 1000)).isEqualTo(6);
  }

  @Test
  void aPathTakenFirstIsUndoneWhenThatLetsMoreFlow() {
    // s = 0, a = 1, b = 2, t = 3, c = 4, d = 5; unit arcs 0: s → a, 1: a → b, 2: b → t, 3: s → c,
    // 4: c → b, 5: a → d, 6: d → t, and arc 7: t → s asked about (capacity 10). The first path
    // found is s → a → b → t; the second, s → c → b → a → d → t, sends a unit back along a → b.
    // Two units in all (the cut {s → a, s → c} has capacity 2); without the undo, only one.
    FlowNetwork network =
        new FlowNetwork(6, new int[] {0, 1, 2, 0, 4, 1, 5, 3}, new int[] {1, 2, 3, 4, 2, 5, 3, 0});
    for (int arc = 0; arc < 7; arc++) {
      network.setCapacity(arc, 1, 0);
    }
    network.setCapacity(7, 10, 10);

    assertThat(network.extraFlow(7, true, 10)).isEqualTo(2);
    // Against arc 7 (s → t directly is the arc itself) nothing leads from t back to s.
    assertThat(network.extraFlow(7, false, 10)).isZero();
  }
}

// chainsInConflict: which simplified border chains meet where the full borders did not. Shared end points
// (junctions, and the vertices between a chain's own segments) are how chains meet; anything else is a
// conflict, and so is a chain that collapsed onto another or onto a point.
#include "chain_conflicts.hpp"

#include <gtest/gtest.h>

namespace {

using geodata::Point;
using Chains = std::vector<std::vector<Point>>;

std::vector<bool> conflicts(const Chains& chains) { return geodata::chainsInConflict(chains); }

} // namespace

TEST(ChainConflicts, ChainsMeetingAtJunctionsAreFine) {
    // Three borders out of one junction, and a chain with a bend.
    EXPECT_EQ(conflicts({{{0, 0}, {10, 0}}, {{0, 0}, {0, 10}}, {{0, 0}, {-5, -5}, {-10, 0}}}),
              (std::vector<bool>{false, false, false}));
}

TEST(ChainConflicts, CrossingChainsAreBothInConflict) {
    EXPECT_EQ(conflicts({{{0, 0}, {10, 10}}, {{0, 10}, {10, 0}}, {{20, 20}, {30, 20}}}),
              (std::vector<bool>{true, true, false}));
}

TEST(ChainConflicts, AnEndOnAnotherChainIsAConflict) {
    // A T: the second chain ends in the middle of the first, where the first has no vertex.
    EXPECT_EQ(conflicts({{{0, 0}, {10, 0}}, {{5, 0}, {5, 10}}}), (std::vector<bool>{true, true}));
}

TEST(ChainConflicts, OverlappingOrCollapsedChainsAreConflicts) {
    // Two borders between the same junctions that became one segment (a thin unit gone).
    EXPECT_EQ(conflicts({{{0, 0}, {10, 0}}, {{10, 0}, {0, 0}}}), (std::vector<bool>{true, true}));
    // Running out of a shared junction in the same direction.
    EXPECT_EQ(conflicts({{{0, 0}, {10, 0}}, {{0, 0}, {5, 0}}}), (std::vector<bool>{true, true}));
    // A chain folding back on itself.
    EXPECT_EQ(conflicts({{{0, 0}, {10, 0}, {4, 0}}}), (std::vector<bool>{true}));
    // A chain from a junction back to it, simplified to a point.
    EXPECT_EQ(conflicts({{{3, 3}, {3, 3}}, {{0, 0}, {10, 0}}}), (std::vector<bool>{true, false}));
}

TEST(ChainConflicts, NonAdjacentSegmentsOfOneChainMustNotTouch) {
    // A chain that crosses itself.
    EXPECT_EQ(conflicts({{{0, 0}, {10, 0}, {10, 10}, {5, -5}}}), (std::vector<bool>{true}));
}

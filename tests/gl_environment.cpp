// Keeps one OpenGL context alive for the whole test process when a display exists. Without it,
// SFML 2.5 makes a transient context (and an X connection) for every texture created with no
// context active, and the X server runs out of client slots after a few hundred.
#include "bundled_dataset.hpp"

#include <SFML/Window/Context.hpp>
#include <gtest/gtest.h>
#include <memory>

namespace {

class GlEnvironment : public ::testing::Environment {
  public:
    void SetUp() override {
        if (fixtures::hasDisplay()) m_context = std::make_unique<sf::Context>();
    }
    void TearDown() override { m_context.reset(); }

  private:
    std::unique_ptr<sf::Context> m_context;
};

[[maybe_unused]] const auto* const kRegistered = ::testing::AddGlobalTestEnvironment(new GlEnvironment);

} // namespace

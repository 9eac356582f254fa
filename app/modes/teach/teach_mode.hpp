#pragma once
// Teach: the explorer with the teaching tools beside it: compare two years (side by side or as a
// ghost), follow the lineage as an alluvial diagram, take a quiz on the map.
#include "modes/explorer_base.hpp"
#include "modes/teach/teach.hpp"

namespace app {

class TeachMode : public ExplorerBase {
  public:
    explicit TeachMode(const Atlas& atlas) : m_teach(atlas) {}
    [[nodiscard]] AppMode kind() const override { return AppMode::Teach; }
    void dataChanged(ModeContext& ctx) override { m_teach = TeachState(ctx.atlas); }
    bool tapUnit(const geodata::UnitVersion& unit, ModeContext& ctx) override;
    void panels(ModeContext& ctx, UiIntent& intent) override;
    void apply(const UiIntent& intent, ModeContext& ctx) override;
    [[nodiscard]] ModeFrame frame(const ModeContext& ctx) const override;
    [[nodiscard]] FrameLook look(const ModeContext& ctx) const override;

    [[nodiscard]] const TeachState& state() const { return m_teach; }

  private:
    TeachState m_teach;
    std::vector<sf::FloatRect> m_covered; // the teaching panels as last drawn
};

} // namespace app

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
    void enter(ModeContext& ctx) override;
    void dataChanged(ModeContext& ctx) override;
    void update(double dt, ModeContext& ctx) override;
    bool tapUnit(const geodata::UnitVersion& unit, ModeContext& ctx) override;
    void panels(ModeContext& ctx, UiIntent& intent) override;
    void apply(const UiIntent& intent, ModeContext& ctx) override;
    [[nodiscard]] ModeFrame frame(const ModeContext& ctx) const override;
    [[nodiscard]] FrameLook look(const ModeContext& ctx) const override;

    [[nodiscard]] const TeachState& state() const { return m_teach; }

  private:
    TeachState m_teach;
    std::vector<sf::FloatRect> m_covered; // the teaching panels as last drawn
    std::optional<int> m_heldYear;        // the tool's year as last handed to playback

    /// The year a tool shows (the quiz's map, the later year of a comparison) is playback's year, so the
    /// map, the year card and the timeline read the same.
    void holdYear(ModeContext& ctx);
};

} // namespace app

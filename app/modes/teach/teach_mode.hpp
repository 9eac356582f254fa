#pragma once
// Teach: the explorer with the teaching tools beside it: compare two years (side by side or as a
// ghost), follow the lineage as an alluvial diagram, take a quiz on the map.
#include "modes/explorer_base.hpp"
#include "modes/teach/alluvial_layout.hpp"
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
    [[nodiscard]] float panelFontPixels(const ModeContext& ctx) const override;

    [[nodiscard]] const TeachState& state() const { return m_teach; }
    /// Where the family tree went in the last frame (no columns when it is not shown).
    [[nodiscard]] const AlluvialLayout& familyTree() const { return m_chart; }

  private:
    TeachState m_teach;
    std::vector<sf::FloatRect> m_covered; // the teaching panels as last drawn
    AlluvialLayout m_chart;               // the family tree as last laid out
    std::optional<int> m_heldYear;        // the tool's year as last handed to playback
    bool m_ghostShown = false;            // old borders over new (and their key) were on the last frame

    /// The year a tool shows (the quiz's map, the later year of a comparison) is playback's year, so the
    /// map, the year card and the timeline read the same.
    void holdYear(ModeContext& ctx);
    /// Lays out the family tree below `top` (the view bar); in portrait above `teachBox`.
    void placeFamilyTree(const ModeContext& ctx, float top, const sf::FloatRect* teachBox);
};

} // namespace app

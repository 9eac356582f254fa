#pragma once
// Draws one moment of the map into any sf::RenderTarget (a window, or a RenderTexture in tests and
// exports). It reads no clock and keeps no state about time: everything it shows is in MapFrame.
#include "geodata/transition.hpp"
#include "render/camera.hpp"
#include "render/label_cache.hpp"
#include "render/label_layout.hpp"
#include "render/map_mesh.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace render {

class MapImage;

/// A thematic fill for one unit version (a population choropleth, say) instead of its palette colour.
struct UnitFill {
    sf::Color colour;
    bool noData = false; // drawn hatched over `colour`: "no figure", never a guess
};

struct MapFrame {
    int year = 0; // the year shown (toYear during a transition)
    std::optional<geodata::Transition> transition;
    Camera camera;
    std::optional<int> selectedUnit; // UnitVersion id drawn with a heavy outline
    bool labels = true;
    float textScale = 1.0F; // projector-size text multiplies this
    /// Where in the target the map goes, in pixels; empty = all of it. Set the camera's viewport to its size.
    sf::FloatRect area;
    /// Draw this earlier year's vanished borders over the map (teaching: "ghost" comparison).
    std::optional<int> ghostYear;
    /// Indexed by UnitVersion id; empty = every unit in its own palette colour.
    std::vector<UnitFill> fills;
    /// Boxes in target pixels that overlays (year card, caption, badges, open panels) cover this frame:
    /// no unit name is placed under them.
    std::vector<sf::FloatRect> obstacles;
};

/// What the last draw() drew, for tests and benchmarks.
struct DrawStats {
    size_t level = 0;          // index into MapMesh::levels
    size_t units = 0;          // unit fills drawn (a unit drawn twice in a cross-fade counts twice)
    size_t context = 0;        // context features drawn
    size_t borderPieces = 0;   // border pieces drawn
    size_t fillCalls = 0;      // draw calls for the unit fills (neighbours in the buffer share one)
    size_t borderCalls = 0;    // draw calls for the borders
    bool reused = false;       // the map and its labels were copied from an image, not drawn
    bool wholePicture = false; // and the decoration over them too
};

/// Widths in pixels of the lines the map draws: borders and the context's coast, the earlier year's
/// borders in a comparison (ghost), the selected unit's outline.
inline constexpr float kBorderWidth = 1.0F;
inline constexpr float kGhostWidth = 2.0F;
inline constexpr float kSelectionWidth = 3.0F;

/// How far (in pixels) a simplified border may lie from the true one in a transition frame; 1 when still.
inline constexpr double kMovingErrorPixels = 2.0;

/// How the renderer picks geometry; the defaults are what the app wants.
struct DetailSettings {
    bool culling = true;       // skip what lies outside the view
    bool levelOfDetail = true; // simplified geometry when zoomed out (else always level 0)
    bool reuseImage = true;    // copy the last map back when it would be drawn the same (map_image.hpp)
};

class MapRenderer {
  public:
    /// `font` may be null: then no labels are drawn (pixel tests, headless exports without fonts).
    MapRenderer(const geodata::Dataset& dataset, const sf::Font* font);
    ~MapRenderer();
    /// What a caller draws over the map and its labels (captions, the year card, legends). `key` must
    /// name everything that drawing depends on besides the map itself: when the map and the key are
    /// as in the last frame, the last picture is copied back whole and `draw` is not called.
    struct Decoration {
        std::string key;
        std::function<void(sf::RenderTarget&)> draw;
    };
    void draw(sf::RenderTarget& target, const MapFrame& frame, const Decoration& decoration = {});
    [[nodiscard]] const MapMesh& mesh() const { return m_mesh; }
    /// Opacity of a border group in this frame, 0–1 (for tests and exports alike).
    [[nodiscard]] float borderOpacity(const geodata::BorderGroup& group, const MapFrame& frame) const;
    /// The fill a unit code is drawn with (stable for a dataset).
    [[nodiscard]] sf::Color fillColour(const std::string& code) const;
    void setDetail(DetailSettings settings) { m_detail = settings; }
    [[nodiscard]] const DrawStats& lastDraw() const { return m_stats; }
    /// Which names to keep when not all fit, by UnitVersion id, higher first (render/label_priority.hpp).
    /// Empty (the default) = by area.
    void setLabelPriority(std::vector<double> byUnitId);
    /// Where the last frame drawn put each valid unit's name (also when its picture was copied back);
    /// empty when it drew no labels.
    [[nodiscard]] const std::vector<PlacedLabel>& lastLabels() const { return *m_lastLabels; }
    /// The names' text size in pixels for a frame in a map area of `area` pixels.
    [[nodiscard]] static unsigned labelTextSize(const MapFrame& frame, sf::Vector2f area);

  private:
    [[nodiscard]] bool onScreen(const geodata::Bounds& bounds) const;

    /// One item of a batch to draw, with the colour it has this frame.
    struct Shown {
        size_t item = 0;
        sf::Color colour;
    };
    /// Unit fills drawn together: the old map, then (mid-transition) the new units over it.
    struct FillPhase {
        std::vector<Shown> fills;
        std::vector<std::pair<size_t, float>> hatched; // UnitVersion id, opacity: "no data" stripes
    };
    // Decide what the frame shows (every list below), without drawing.
    void planContext(const MapFrame& frame);
    void planFills(const MapFrame& frame);
    void planBorders(const MapFrame& frame);
    void planGhost(const MapFrame& frame);
    /// Everything the map and its labels depend on, to tell whether they look like the last frame's.
    void sign(const sf::RenderTarget& target, const sf::View& world, const MapFrame& frame);
    void drawPlanned(sf::RenderTarget& target, const MapFrame& frame);
    void drawHatch(sf::RenderTarget& target, const geodata::UnitVersion& unit, float opacity);
    void drawGhost(sf::RenderTarget& target);
    void drawSelection(sf::RenderTarget& target, const MapFrame& frame);
    /// The names' layout for this frame: the cached one when its inputs are the same, else a new one.
    const std::vector<PlacedLabel>& layoutLabels(const MapFrame& frame, sf::Vector2f area);
    void drawLabels(sf::RenderTarget& target, const MapFrame& frame);
    /// Sets every item's colour, then draws them in order: runs of opaque items without blending
    /// (the same pixels, and llvmpipe need not read the image back), the others blended.
    /// Returns the number of draw calls.
    /// `strokeWidth` > 0: the batch holds strokes (render/stroke.hpp), drawn that many pixels wide.
    size_t drawBatch(sf::RenderTarget& target, MeshBatch& batch, const std::vector<Shown>& shown,
                     float strokeWidth = 0);

    const geodata::Dataset& m_dataset;
    const sf::Font* m_font;
    MapMesh m_mesh;
    DetailSettings m_detail;
    // Set at the start of each draw: the level drawn and the part of the map in view.
    MeshLevel* m_level = nullptr;
    geodata::Bounds m_visible;
    DrawStats m_stats;
    sf::Texture m_hatch;             // diagonal stripes for "no data"
    geodata::Bounds m_contextBounds; // where the context layer ends: its land fades out before
    std::map<std::string, sf::Color> m_fills;
    std::optional<LabelCache> m_labels; // when there is a font
    std::vector<double> m_labelPriority;
    uint32_t m_labelPriorityVersion = 0; // counts setLabelPriority calls, for the layout's key
    // The last two layouts with what they were made from: playback holds a year for seconds, and a
    // transition switches between two years' names, so neither lays names out every frame.
    struct CachedLayout {
        std::vector<uint32_t> key;
        std::vector<PlacedLabel> labels;
    };
    std::array<CachedLayout, 2> m_layouts;
    size_t m_nextLayout = 0;
    std::vector<uint32_t> m_layoutKey;
    std::vector<LabelInput> m_labelInputs;
    std::vector<PlacedLabel> m_noLabels;
    const std::vector<PlacedLabel>* m_lastLabels = &m_noLabels;
    std::vector<sf::Vertex> m_leaders; // strokes, this frame's
    std::vector<sf::Vertex> m_dots;    // discs at the leaders' units
    // The selected unit's outline, built when the selection (or the level) changes.
    std::pair<size_t, int> m_outlineOf{0, -1}; // level, UnitVersion id
    std::vector<sf::Vertex> m_outline;
    // This frame's plan, reused every frame so drawing allocates nothing once warm.
    std::vector<Shown> m_context;
    FillPhase m_phases[2];
    std::vector<Shown> m_borders;
    std::vector<size_t> m_ghostPieces;
    std::vector<uint32_t> m_signature;
    std::vector<size_t> m_run;
    std::vector<sf::Vertex> m_ghost;
    std::unique_ptr<MapImage> m_image;   // the last map with its labels
    std::unique_ptr<MapImage> m_picture; // the same with the decoration over it
    std::vector<uint32_t> m_pictureSignature;
};

} // namespace render

#pragma once

// Our own Dear ImGui 1.86 platform + renderer backend for SFML 2.5 (Debian ships no ImGui-SFML).
// Input is purely event driven and time is passed in, so tests can drive it without a real window.

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Window/Event.hpp>
#include <array>
#include <cfloat>
#include <imgui.h>
#include <memory>
#include <string>
#include <vector>

namespace render {

inline constexpr const char* kDefaultFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/// The panels' headline font (a quiz's verdict, its score) is this many times the panels' font.
inline constexpr float kLargeFontScale = 2.0F;
/// The headline font of the current ImGui context, rasterised at its own size (crisp, not scaled up); the
/// panels' font where none was built.
[[nodiscard]] ImFont* largeUiFont();

/// Whether loadFont() loads a glyph for `codepoint`: the panels show any other character as '?'.
[[nodiscard]] bool uiFontCovers(char32_t codepoint);

class ImGuiSfml {
  public:
    // Creates a fresh ImGui context. Every method makes its context current, so several instances may
    // coexist. No GL work happens before render() uploads the font texture, so input works headless.
    ImGuiSfml();
    ~ImGuiSfml();
    ImGuiSfml(const ImGuiSfml&) = delete;
    ImGuiSfml& operator=(const ImGuiSfml&) = delete;

    // Replaces the atlas with this TTF at pixelSize (Latin-1 plus common typographic punctuation);
    // earlier ImFont pointers become invalid. Falls back to ImGui's built-in font (warning on stderr)
    // and returns false if the file can't be loaded. Called mid-frame, the rebuild waits for newFrame().
    bool loadFont(const std::string& ttfPath = kDefaultFontPath, float pixelSize = 18.0f);
    // Re-rasterises the current font (DejaVu Sans if none was loaded) at a new pixel size, for crisp
    // projector-size text rather than a blurry FontGlobalScale. Deferred likewise when mid-frame.
    void setFontPixelSize(float pixelSize);
    float fontPixelSize() const { return m_fontPixelSize; }

    void processEvent(const sf::Event& event);
    // Makes this context current, feeds buffered input, and starts an ImGui frame.
    void newFrame(sf::Vector2u displaySize, float dtSeconds);
    // Ends the frame (ImGui::Render) and draws it onto any target: window or sf::RenderTexture.
    void render(sf::RenderTarget& target);

    bool wantsMouse() const { return m_io->WantCaptureMouse; }
    /// Whether a window of the last frame takes the mouse at `point`. wantsMouse() is ImGui's answer from
    /// the last frame, for the pointer where it was then; a finger lands with no hover before it, so a
    /// press is judged by where it is.
    [[nodiscard]] bool hasWindowAt(sf::Vector2f point) const;
    bool wantsKeyboard() const { return m_io->WantCaptureKeyboard; }
    ImGuiContext* context() const { return m_context; }

    // ImTextureID convention of this backend: a pointer to an sf::Texture (uvs are normalised).
    static ImTextureID textureId(const sf::Texture& texture) {
        return const_cast<void*>(static_cast<const void*>(&texture));
    }

  private:
    void makeCurrent() const;
    bool rebuildFonts();
    void ensureFonts(); // applies a pending rebuild; builds the default font if none was loaded
    void uploadFontTexture();
    ImTextureID fontTextureId() { return &m_fontTexture; }
    void setMouseButton(int button, bool down);
    void renderDrawData(sf::RenderTarget& target, const ImDrawData& data);

    ImGuiContext* m_context = nullptr;
    ImGuiIO* m_io = nullptr; // lives inside m_context
    std::string m_fontPath;
    float m_fontPixelSize = 13.0f;
    bool m_fontRebuildPending = false;
    bool m_fontTextureDirty = true;
    // Created on first render(): even constructing an sf::Texture opens an X display in SFML 2.5.
    // The atlas TexID is the address of this slot, resolved to the texture at draw time.
    std::unique_ptr<sf::Texture> m_fontTexture;

    // 1.86 has no input queue: a press and release between two frames would be lost, so a press is
    // latched until the next newFrame() has shown it to ImGui.
    ImVec2 m_mousePos{-FLT_MAX, -FLT_MAX};
    std::array<bool, 5> m_mouseHeld{};
    std::array<bool, 5> m_mouseJustPressed{};
    int m_touchFinger = -1;
    bool m_touchReleased = false;
    bool m_hidePointer = false;

    std::vector<sf::Vertex> m_vertices; // reused per draw list to avoid per-frame allocation
};

} // namespace render

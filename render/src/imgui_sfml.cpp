#include "render/imgui_sfml.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/View.hpp>
#include <SFML/OpenGL.hpp>
#include <SFML/Window/Keyboard.hpp>
#include <algorithm>
#include <fstream>
#include <imgui_internal.h>
#include <iostream>
#include <iterator>
#include <utility>
#include <vector>

namespace render {
namespace {

// Basic Latin + Latin-1 (Å Ä Ö é …), en/em dash through the ellipsis (includes ‘ ’ “ ” •), euro, arrows,
// minus, the geometric shapes for play/step buttons and PIN dots (▶ ◀ ● ○), and the check and cross marks
// of the quiz's answers (✓ ✗).
constexpr ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x2013, 0x2026, 0x20AC, 0x20AC, 0x2190, 0x2193,
                                    0x2212, 0x2212, 0x25A0, 0x25FF, 0x2713, 0x2717, 0};

// Reads the whole file into an ImGui-owned buffer (the atlas frees it). We load it ourselves because
// AddFontFromFileTTF asserts (aborts) on a missing file instead of returning null.
ImFont* addTtfFont(ImFontAtlas& atlas, const std::string& path, float pixelSize) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return nullptr;
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // Cheap sanity check (TrueType/OpenType/collection magic) so garbage can't reach ImGui's asserts.
    if (bytes.size() < 12) return nullptr;
    const std::string magic(bytes.data(), 4);
    if (magic != std::string("\0\1\0\0", 4) && magic != "OTTO" && magic != "true" && magic != "ttcf")
        return nullptr;
    void* data = IM_ALLOC(bytes.size());
    std::copy(bytes.begin(), bytes.end(), static_cast<char*>(data));
    return atlas.AddFontFromMemoryTTF(data, static_cast<int>(bytes.size()), pixelSize, nullptr, kGlyphRanges);
}

sf::Color toSfColor(ImU32 c) {
    return {static_cast<sf::Uint8>(c >> IM_COL32_R_SHIFT), static_cast<sf::Uint8>(c >> IM_COL32_G_SHIFT),
            static_cast<sf::Uint8>(c >> IM_COL32_B_SHIFT), static_cast<sf::Uint8>(c >> IM_COL32_A_SHIFT)};
}

} // namespace

ImFont* largeUiFont() {
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    return atlas.Fonts.Size > 1 ? atlas.Fonts[1] : ImGui::GetFont();
}

bool uiFontCovers(char32_t codepoint) {
    for (const ImWchar* range = kGlyphRanges; range[0] != 0; range += 2)
        if (codepoint >= range[0] && codepoint <= range[1]) return true;
    return false;
}

ImGuiSfml::ImGuiSfml() {
    m_context = ImGui::CreateContext();
    makeCurrent();
    m_io = &ImGui::GetIO();
    m_io->IniFilename = nullptr; // kiosk: no imgui.ini littering the working directory
    m_io->BackendPlatformName = "tidsatlas_sfml";
    m_io->BackendRendererName = "tidsatlas_sfml";
    // We expand indices per command ourselves, so any VtxOffset is fine.
    m_io->BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;

    // 1.86 keyboard API: KeysDown[] indexed by our native key codes (sf::Keyboard::Key), KeyMap maps.
    using K = sf::Keyboard;
    // clang-format off
    const std::pair<ImGuiKey, K::Key> keyMap[] = {
        {ImGuiKey_Tab, K::Tab}, {ImGuiKey_LeftArrow, K::Left}, {ImGuiKey_RightArrow, K::Right},
        {ImGuiKey_UpArrow, K::Up}, {ImGuiKey_DownArrow, K::Down}, {ImGuiKey_PageUp, K::PageUp},
        {ImGuiKey_PageDown, K::PageDown}, {ImGuiKey_Home, K::Home}, {ImGuiKey_End, K::End},
        {ImGuiKey_Insert, K::Insert}, {ImGuiKey_Delete, K::Delete}, {ImGuiKey_Backspace, K::Backspace},
        {ImGuiKey_Space, K::Space}, {ImGuiKey_Enter, K::Enter}, {ImGuiKey_Escape, K::Escape},
        {ImGuiKey_A, K::A}, {ImGuiKey_C, K::C}, {ImGuiKey_V, K::V},
        {ImGuiKey_X, K::X}, {ImGuiKey_Y, K::Y}, {ImGuiKey_Z, K::Z}};
    // clang-format on
    for (const auto& [imguiKey, sfKey] : keyMap) m_io->KeyMap[imguiKey] = sfKey;
    // SFML does not distinguish keypad Enter; KeyMap stays -1 (unmapped) for it.
}

ImGuiSfml::~ImGuiSfml() { ImGui::DestroyContext(m_context); }

void ImGuiSfml::makeCurrent() const { ImGui::SetCurrentContext(m_context); }

bool ImGuiSfml::loadFont(const std::string& ttfPath, float pixelSize) {
    makeCurrent();
    m_fontPath = ttfPath;
    m_fontPixelSize = pixelSize;
    if (m_io->Fonts->Locked) { // inside a frame: the atlas may not change until the frame ends
        m_fontRebuildPending = true;
        return static_cast<bool>(std::ifstream(ttfPath));
    }
    return rebuildFonts();
}

void ImGuiSfml::setFontPixelSize(float pixelSize) {
    if (m_fontPath.empty()) m_fontPath = kDefaultFontPath;
    m_fontPixelSize = pixelSize;
    m_fontRebuildPending = true;
    makeCurrent();
    if (!m_io->Fonts->Locked) ensureFonts();
}

bool ImGuiSfml::rebuildFonts() {
    m_fontRebuildPending = false;
    ImFontAtlas& atlas = *m_io->Fonts;
    atlas.Clear();
    // The panels' font first (ImGui's default), then the same face at kLargeFontScale for headlines.
    bool ok = addTtfFont(atlas, m_fontPath, m_fontPixelSize) != nullptr &&
              addTtfFont(atlas, m_fontPath, m_fontPixelSize * kLargeFontScale) != nullptr && atlas.Build();
    if (!ok) {
        std::cerr << "warning: could not load font '" << m_fontPath << "', using ImGui's built-in font\n";
        atlas.Clear();
        for (const float scale : {1.0F, kLargeFontScale}) {
            ImFontConfig config;
            config.SizePixels = m_fontPixelSize * scale;
            atlas.AddFontDefault(&config);
        }
        atlas.Build();
    }
    atlas.SetTexID(fontTextureId());
    m_fontTextureDirty = true;
    return ok;
}

void ImGuiSfml::ensureFonts() {
    if (m_fontRebuildPending) rebuildFonts();
    if (!m_io->Fonts->IsBuilt()) { // no loadFont() call: use the built-in font
        m_io->Fonts->Build();
        m_io->Fonts->SetTexID(fontTextureId());
        m_fontTextureDirty = true;
    }
}

void ImGuiSfml::uploadFontTexture() {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    m_io->Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    const sf::Vector2u size(static_cast<unsigned>(width), static_cast<unsigned>(height));
    if (!m_fontTexture) m_fontTexture = std::make_unique<sf::Texture>();
    if (m_fontTexture->getSize() != size && !m_fontTexture->create(size.x, size.y)) {
        std::cerr << "error: could not create the " << width << "x" << height << " ImGui font texture\n";
        return;
    }
    m_fontTexture->update(pixels);
    m_fontTexture->setSmooth(true); // ImGui's baked AA lines and the white pixel expect bilinear sampling
    m_fontTextureDirty = false;
}

void ImGuiSfml::setMouseButton(int button, bool down) {
    if (button < 0 || button >= static_cast<int>(m_mouseHeld.size())) return;
    m_mouseHeld[button] = down;
    if (down) m_mouseJustPressed[button] = true;
}

bool ImGuiSfml::hasWindowAt(sf::Vector2f point) const {
    const ImVec2 at(point.x, point.y);
    // As ImGui finds the hovered window: drawn last frame, not a window that lets the mouse through (a
    // tooltip, an overlay), the implicit "Debug" window only when something was put in it.
    for (const ImGuiWindow* window : m_context->Windows)
        if (window->Active && !window->Hidden && !window->IsFallbackWindow &&
            (window->Flags & ImGuiWindowFlags_NoMouseInputs) == 0 && window->OuterRectClipped.Contains(at))
            return true;
    return false;
}

void ImGuiSfml::processEvent(const sf::Event& event) {
    makeCurrent();
    const auto pointerAt = [this](int x, int y) {
        m_mousePos = ImVec2(static_cast<float>(x), static_cast<float>(y));
        m_hidePointer = false;
    };
    switch (event.type) {
    case sf::Event::MouseMoved:
        pointerAt(event.mouseMove.x, event.mouseMove.y);
        break;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased:
        pointerAt(event.mouseButton.x, event.mouseButton.y);
        setMouseButton(event.mouseButton.button, event.type == sf::Event::MouseButtonPressed);
        break;
    case sf::Event::MouseWheelScrolled: // SFML and ImGui agree: positive = up / left
        pointerAt(event.mouseWheelScroll.x, event.mouseWheelScroll.y);
        if (event.mouseWheelScroll.wheel == sf::Mouse::HorizontalWheel)
            m_io->MouseWheelH += event.mouseWheelScroll.delta;
        else
            m_io->MouseWheel += event.mouseWheelScroll.delta;
        break;
    case sf::Event::MouseLeft:
        if (std::none_of(m_mouseHeld.begin(), m_mouseHeld.end(), [](bool b) { return b; }))
            m_mousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        break;
    // The kiosk is touch only: the first finger down acts as the left mouse button.
    case sf::Event::TouchBegan:
        if (m_touchFinger >= 0) break;
        m_touchFinger = static_cast<int>(event.touch.finger);
        m_touchReleased = false;
        pointerAt(event.touch.x, event.touch.y);
        setMouseButton(0, true);
        break;
    case sf::Event::TouchMoved:
        if (static_cast<int>(event.touch.finger) == m_touchFinger) pointerAt(event.touch.x, event.touch.y);
        break;
    case sf::Event::TouchEnded:
        if (static_cast<int>(event.touch.finger) != m_touchFinger) break;
        pointerAt(event.touch.x, event.touch.y);
        setMouseButton(0, false);
        m_touchFinger = -1;
        m_touchReleased = true;
        break;
    case sf::Event::TextEntered:
        // Control characters (backspace, return, tab) reach ImGui through the key events instead.
        if (event.text.unicode >= 0x20 && event.text.unicode != 0x7F)
            m_io->AddInputCharacter(event.text.unicode);
        break;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased: {
        const int code = event.key.code;
        if (code < 0 || code >= static_cast<int>(std::size(m_io->KeysDown))) break;
        m_io->KeysDown[code] = event.type == sf::Event::KeyPressed;
        // Derived from key state: SFML's event modifier flags lag behind on X11 (state before the event).
        const auto down = [this](sf::Keyboard::Key a, sf::Keyboard::Key b) {
            return m_io->KeysDown[a] || m_io->KeysDown[b];
        };
        m_io->KeyCtrl = down(sf::Keyboard::LControl, sf::Keyboard::RControl);
        m_io->KeyShift = down(sf::Keyboard::LShift, sf::Keyboard::RShift);
        m_io->KeyAlt = down(sf::Keyboard::LAlt, sf::Keyboard::RAlt);
        m_io->KeySuper = down(sf::Keyboard::LSystem, sf::Keyboard::RSystem);
        break;
    }
    case sf::Event::LostFocus:
        m_io->AddFocusEvent(false); // ImGui releases its keys in the next NewFrame
        m_mouseHeld.fill(false);
        m_touchFinger = -1;
        break;
    case sf::Event::GainedFocus:
        m_io->AddFocusEvent(true);
        break;
    case sf::Event::Resized: // newFrame() sets it again; this keeps io right for queries before then
        m_io->DisplaySize =
            ImVec2(static_cast<float>(event.size.width), static_cast<float>(event.size.height));
        break;
    default:
        break;
    }
}

void ImGuiSfml::newFrame(sf::Vector2u displaySize, float dtSeconds) {
    makeCurrent();
    ensureFonts();
    m_io->DisplaySize = ImVec2(static_cast<float>(displaySize.x), static_cast<float>(displaySize.y));
    m_io->DeltaTime = std::max(dtSeconds, 1e-6f); // ImGui asserts on a zero or negative step

    // After a finger lifts, ImGui sees one frame with the release (so the click lands), then the
    // pointer disappears: a touch screen has no hover, and a stuck highlight looks broken.
    if (m_hidePointer) m_mousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    m_hidePointer = false;
    m_io->MousePos = m_mousePos;
    for (std::size_t i = 0; i < m_mouseHeld.size(); ++i) {
        m_io->MouseDown[i] = m_mouseHeld[i] || m_mouseJustPressed[i];
        m_mouseJustPressed[i] = false;
    }
    if (m_touchReleased && !m_io->MouseDown[0]) {
        m_touchReleased = false;
        m_hidePointer = true;
    }
    ImGui::NewFrame();
}

void ImGuiSfml::render(sf::RenderTarget& target) {
    makeCurrent();
    ImGui::Render();
    if (m_fontTextureDirty) uploadFontTexture();
    if (const ImDrawData* data = ImGui::GetDrawData(); data && data->Valid) renderDrawData(target, *data);
}

void ImGuiSfml::renderDrawData(sf::RenderTarget& target, const ImDrawData& data) {
    const sf::Vector2u targetSize = target.getSize();
    if (data.DisplaySize.x <= 0 || data.DisplaySize.y <= 0 || targetSize.x == 0 || targetSize.y == 0) return;
    const ImVec2 origin = data.DisplayPos;
    // Display coordinates → target pixels, in case ImGui's display size differs from the target.
    const ImVec2 scale(static_cast<float>(targetSize.x) / data.DisplaySize.x,
                       static_cast<float>(targetSize.y) / data.DisplaySize.y);

    const sf::View previousView = target.getView();
    const sf::View imguiView(sf::FloatRect(origin.x, origin.y, data.DisplaySize.x, data.DisplaySize.y));
    target.setView(imguiView);
    if (!target.setActive(true)) return;
    // SFML 2.5 knows nothing about scissoring, so we save and restore that GL state ourselves.
    const GLboolean scissorWasEnabled = glIsEnabled(GL_SCISSOR_TEST);
    GLint previousBox[4] = {};
    glGetIntegerv(GL_SCISSOR_BOX, previousBox);
    glEnable(GL_SCISSOR_TEST);

    sf::RenderStates states(sf::BlendAlpha);
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        m_vertices.resize(static_cast<std::size_t>(list.IdxBuffer.Size));
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) {
                    target.setActive(true); // callbacks may issue raw GL on the target's context
                    cmd.UserCallback(&list, &cmd);
                    target.resetGLStates();
                }
                target.setView(imguiView);
                target.setActive(true);
                glEnable(GL_SCISSOR_TEST);
                continue;
            }
            const float x0 = std::max((cmd.ClipRect.x - origin.x) * scale.x, 0.0f);
            const float y0 = std::max((cmd.ClipRect.y - origin.y) * scale.y, 0.0f);
            const float x1 =
                std::min((cmd.ClipRect.z - origin.x) * scale.x, static_cast<float>(targetSize.x));
            const float y1 =
                std::min((cmd.ClipRect.w - origin.y) * scale.y, static_cast<float>(targetSize.y));
            if (x1 <= x0 || y1 <= y0 || cmd.ElemCount == 0) continue;
            // GL's scissor origin is bottom-left for both windows and SFML's (flipped) render textures.
            glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(targetSize.y) - y1),
                      static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));

            const auto* texture = cmd.TextureId == fontTextureId()
                                      ? m_fontTexture.get()
                                      : static_cast<const sf::Texture*>(cmd.TextureId);
            const sf::Vector2f texSize = texture ? sf::Vector2f(texture->getSize()) : sf::Vector2f(1, 1);
            const ImDrawIdx* indices = list.IdxBuffer.Data + cmd.IdxOffset;
            const ImDrawVert* vertices = list.VtxBuffer.Data + cmd.VtxOffset;
            for (unsigned i = 0; i < cmd.ElemCount; ++i) {
                const ImDrawVert& v = vertices[indices[i]];
                // SFML draws with pixel texture coordinates; ImGui's are normalised.
                m_vertices[i] = sf::Vertex({v.pos.x, v.pos.y}, toSfColor(v.col),
                                           {v.uv.x * texSize.x, v.uv.y * texSize.y});
            }
            states.texture = texture;
            target.draw(m_vertices.data(), cmd.ElemCount, sf::Triangles, states);
        }
    }

    target.setActive(true);
    if (!scissorWasEnabled) glDisable(GL_SCISSOR_TEST);
    glScissor(previousBox[0], previousBox[1], previousBox[2], previousBox[3]);
    target.setView(previousView);
}

} // namespace render
